package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.OfferTypePolicy;
import io.github.mscommerce.core.ProductPolicy;
import io.github.mscommerce.core.client.CommerceClient;
import java.util.List;

/**
 * The tenant's products and offer types, read with as few requests as the caller needs: the product listing and the
 * offer-type listing are separate requests, and the offer types are read only when asked for.
 */
public record TenantItems(List<ProductPolicy> products, List<OfferTypePolicy> offerTypes) {

  public TenantItems {
    products = List.copyOf(products);
    offerTypes = List.copyOf(offerTypes);
  }

  public static TenantItems read(CommerceClient client, boolean withProducts, boolean withOfferTypes) {
    return new TenantItems(withProducts ? client.productPolicies() : List.of(),
        withOfferTypes ? client.offerTypePolicies() : List.of());
  }
}
