package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.Goals;
import io.github.mscommerce.core.frontend.PropertyNames;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows one product's policy value (commerce.productId) or one offer type's (commerce.offerType), like
 * Get-MSCommerceProductPolicy. Works without a project.
 */
@Mojo(name = Goals.PRODUCT, requiresProject = false, threadSafe = true)
public class ProductMojo extends AbstractCommerceMojo {

  /** A product id such as CFQ7TTC0LH2H (list them with commerce:products). */
  @Parameter(property = PropertyNames.PRODUCT_ID) private String productId;
  /** An offer type such as SaaS, instead of a product. */
  @Parameter(property = PropertyNames.OFFER_TYPE) private String offerType;
}
