package io.github.mscommerce.emulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant as the admin API lists it: who it is, its current values and the apps registered there. A snapshot: it
 * does not change when the tenant does.
 *
 * @param tenantId the tenant id
 * @param domain its domain
 * @param generated whether it is one of the {@link GeneratedTenants}
 * @param productValues every product's current value, in catalogue order
 * @param offerTypeValues every offer type's current value, in catalogue order
 * @param apps the client id of each registered app and the policy service roles it holds (empty: no role), in
 *     registration order
 */
public record TenantInfo(String tenantId, String domain, boolean generated, Map<String, String> productValues,
                         Map<String, String> offerTypeValues, Map<String, List<String>> apps) {

  public TenantInfo {
    productValues = Collections.unmodifiableMap(new LinkedHashMap<>(productValues));
    offerTypeValues = Collections.unmodifiableMap(new LinkedHashMap<>(offerTypeValues));
    Map<String, List<String>> copy = new LinkedHashMap<>();
    apps.forEach((clientId, roles) -> copy.put(clientId, List.copyOf(roles)));
    apps = Collections.unmodifiableMap(copy);
  }

  /** The products whose value is {@code value}, in catalogue order. */
  public List<String> productsWithValue(String value) {
    return productValues.entrySet().stream().filter(entry -> entry.getValue().equals(value)).map(Map.Entry::getKey)
        .toList();
  }
}
