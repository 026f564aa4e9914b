package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.CommerceTasks;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.TaskResult;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Lists every product with its policy value as a table, like Get-MSCommerceProductPolicies; with
 * commerce.scope=OfferType, the third-party offer types instead. Works without a project.
 */
@Mojo(name = "products", requiresProject = false, threadSafe = true)
public class ProductsMojo extends AbstractCommerceMojo {

  /** product (default) or OfferType. */
  @Parameter(property = PropertyNames.SCOPE) private String scope;

  @Inject
  public ProductsMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected TaskResult run(CommerceTasks tasks) {
    return tasks.products(Optional.ofNullable(scope));
  }
}
