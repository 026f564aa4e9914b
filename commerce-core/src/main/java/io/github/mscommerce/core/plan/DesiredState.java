package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.Policy;
import io.github.mscommerce.core.PolicyValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The values a tenant should have: per product, per offer type, and optionally a default for every product not listed,
 * which is how products released after the document was written are caught. One schema serves apply, export and the
 * before-state of an apply; {@link DesiredStateJson} reads and writes it.
 *
 * @param policyId the policy the values belong to; {@code AllowSelfServicePurchase} when not given
 * @param defaultValue the value for every product not in {@code products}; offer types have no default
 * @param products values by product id, in document order
 * @param offerTypes values by offer type, in document order
 */
public record DesiredState(String policyId, Optional<PolicyValue> defaultValue, Map<String, PolicyValue> products,
    Map<String, PolicyValue> offerTypes) {

  public DesiredState {
    policyId = policyId == null || policyId.isBlank() ? Policy.ALLOW_SELF_SERVICE_PURCHASE : policyId;
    defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
    products = ordered(products);
    offerTypes = ordered(offerTypes);
  }

  /** Every item explicit, no default: the shape of an export and of a before-state. */
  public static DesiredState explicit(String policyId, Map<String, PolicyValue> products,
      Map<String, PolicyValue> offerTypes) {
    return new DesiredState(policyId, Optional.empty(), products, offerTypes);
  }

  private static Map<String, PolicyValue> ordered(Map<String, PolicyValue> values) {
    return values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
