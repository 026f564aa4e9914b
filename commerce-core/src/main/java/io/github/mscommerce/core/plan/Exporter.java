package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.OfferTypePolicy;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.ProductPolicy;
import io.github.mscommerce.core.client.CommerceClient;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tenant's current values as a desired-state document, every item explicit, so applying it later restores them. */
public final class Exporter {

  private Exporter() {}

  /**
   * One request for the products, and one more for the offer types when asked for.
   *
   * @param includeOfferTypes also export the third-party offer types
   */
  public static DesiredState export(CommerceClient client, boolean includeOfferTypes) {
    TenantItems tenant = TenantItems.read(client, true, includeOfferTypes);
    Map<String, PolicyValue> products = new LinkedHashMap<>();
    for (ProductPolicy product : tenant.products()) {
      products.put(product.id(), product.policyValue());
    }
    Map<String, PolicyValue> offerTypes = new LinkedHashMap<>();
    for (OfferTypePolicy offerType : tenant.offerTypes()) {
      offerTypes.put(offerType.id(), offerType.policyValue());
    }
    return DesiredState.explicit(client.policyId(), products, offerTypes);
  }
}
