package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.PropertyNames;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that act on a selection of products or offer types. */
public abstract class AbstractSelectionMojo extends AbstractCommerceMojo {

  /** Product ids, comma-separated, such as CFQ7TTC0LH2H,CFQ7TTC0H9MP. */
  @Parameter(property = PropertyNames.PRODUCT_IDS) private String productIds;
  /** Product name patterns, comma-separated, matching whole names ignoring case: * any text, ? one character. */
  @Parameter(property = PropertyNames.PRODUCT_NAMES) private String productNames;
  /** Offer types, comma-separated, such as SaaS. */
  @Parameter(property = PropertyNames.OFFER_TYPES) private String offerTypes;
  /** true selects every product, including ones released later. */
  @Parameter(property = PropertyNames.ALL) private String all;
}
