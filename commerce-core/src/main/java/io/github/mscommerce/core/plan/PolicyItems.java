package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.OfferTypePolicy;
import io.github.mscommerce.core.Policy;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.ProductPolicy;
import java.util.List;

/** Facts about listed items that the {@link PolicyItem} interface does not expose. */
public final class PolicyItems {

  private PolicyItems() {}

  /**
   * The policy the items belong to, as the service reported it (the client's policy id when the service left it out);
   * {@code AllowSelfServicePurchase} for an empty list.
   */
  public static String policyIdOf(List<? extends PolicyItem> items) {
    if (items.isEmpty()) {
      return Policy.ALLOW_SELF_SERVICE_PURCHASE;
    }
    PolicyItem first = items.get(0);
    return first instanceof ProductPolicy
        ? ((ProductPolicy) first).policyId()
        : ((OfferTypePolicy) first).policyId();
  }

  /** "24 products", "1 offer type", or "28 items" for a mix, for report lines. */
  public static String count(List<? extends PolicyItem> items) {
    long products = items.stream().filter(item -> item.kind() == ItemKind.PRODUCT).count();
    int n = items.size();
    if (products == n) {
      return n + (n == 1 ? " product" : " products");
    }
    return products == 0 ? n + (n == 1 ? " offer type" : " offer types") : n + (n == 1 ? " item" : " items");
  }
}
