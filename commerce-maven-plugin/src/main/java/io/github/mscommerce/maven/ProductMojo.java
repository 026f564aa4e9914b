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
 * Shows one product's policy value (commerce.productId) or one offer type's (commerce.offerType), like
 * Get-MSCommerceProductPolicy. Works without a project.
 */
@Mojo(name = "product", requiresProject = false, threadSafe = true)
public class ProductMojo extends AbstractCommerceMojo {

  /** A product id such as CFQ7TTC0LH2H (list them with commerce:products). */
  @Parameter(property = PropertyNames.PRODUCT_ID) private String productId;
  /** An offer type such as SaaS, instead of a product. */
  @Parameter(property = PropertyNames.OFFER_TYPE) private String offerType;

  @Inject
  public ProductMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected TaskResult run(CommerceTasks tasks) {
    return tasks.product(Optional.ofNullable(productId), Optional.ofNullable(offerType));
  }
}
