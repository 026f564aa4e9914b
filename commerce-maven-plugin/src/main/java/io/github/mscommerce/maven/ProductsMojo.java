package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.Goals;
import io.github.mscommerce.core.frontend.PropertyNames;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lists every product with its policy value as a table, like Get-MSCommerceProductPolicies; with
 * commerce.scope=OfferType, the third-party offer types instead. Works without a project.
 */
@Mojo(name = Goals.PRODUCTS, requiresProject = false, threadSafe = true)
public class ProductsMojo extends AbstractCommerceMojo {

  /** product (default) or OfferType. */
  @Parameter(property = PropertyNames.SCOPE) private String scope;
}
