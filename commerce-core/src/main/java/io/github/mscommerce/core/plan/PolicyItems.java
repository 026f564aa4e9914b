package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.Policy;
import io.github.mscommerce.core.PolicyItem;
import java.util.List;

/** Facts about a list of {@link PolicyItem}s, for reports and plans. */
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
    return items.get(0).policyId();
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
