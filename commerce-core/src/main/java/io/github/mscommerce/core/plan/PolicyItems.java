package io.github.mscommerce.core.plan;

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
}
