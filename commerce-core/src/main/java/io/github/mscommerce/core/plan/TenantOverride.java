package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.PolicyValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One tenant's exceptions to a desired state, from its entry under {@code "tenants"}:
 * {@code "fabrikam.onmicrosoft.com": {"products": {"CFQ7TTC0RM8K": "Enabled"}}}. Each item it lists replaces the
 * baseline's value for that item, its {@code default} (if any) replaces the baseline's default, and everything it does
 * not mention stays as the baseline says.
 *
 * @param tenant the key as written: a tenant GUID or domain
 * @param location {@code <source>:<line>:<column>} of the key, for warnings about a tenant that is not in the run
 * @param defaultValue replaces the baseline's {@code default} when present
 * @param products values by product id, in document order
 * @param offerTypes values by offer type, in document order
 * @param locations where each item of the entry is written, keyed as {@link DesiredStateDocument#location} keys them
 */
public record TenantOverride(String tenant, String location, Optional<PolicyValue> defaultValue,
    Map<String, PolicyValue> products, Map<String, PolicyValue> offerTypes, Map<String, String> locations) {

  public TenantOverride {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(defaultValue, "defaultValue");
    products = Collections.unmodifiableMap(new LinkedHashMap<>(products));
    offerTypes = Collections.unmodifiableMap(new LinkedHashMap<>(offerTypes));
    locations = Map.copyOf(locations);
  }

  /** The baseline with this tenant's exceptions, item by item; ids match ignoring case, as the tenant's do. */
  DesiredState applyTo(DesiredState baseline) {
    return new DesiredState(baseline.policyId(), defaultValue.or(baseline::defaultValue),
        merged(baseline.products(), products), merged(baseline.offerTypes(), offerTypes));
  }

  private static Map<String, PolicyValue> merged(Map<String, PolicyValue> baseline, Map<String, PolicyValue> own) {
    Map<String, PolicyValue> merged = new LinkedHashMap<>(baseline);
    own.forEach((id, value) -> {
      merged.keySet().removeIf(existing -> existing.equalsIgnoreCase(id));
      merged.put(id, value);
    });
    return merged;
  }
}
