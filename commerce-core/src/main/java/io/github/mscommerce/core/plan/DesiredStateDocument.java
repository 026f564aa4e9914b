package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.ItemKind;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A desired state as read from a file, with where each item is written ({@code desired-state.json:4:5}), so a problem
 * only the tenant's listing reveals (an id it does not have) is still reported at its line and column.
 *
 * <p>A file for many tenants also carries per-tenant exceptions ({@code "tenants"}): {@link #forTenant} gives one
 * tenant's state, the baseline with that tenant's exceptions. {@link #state()} is the baseline.
 *
 * @param tenants each tenant's exceptions, keyed by the tenant as written, in document order
 */
public record DesiredStateDocument(DesiredState state, Map<String, String> locations,
    Map<String, TenantOverride> tenants) {

  public DesiredStateDocument {
    Objects.requireNonNull(state, "state");
    locations = Map.copyOf(locations);
    tenants = Collections.unmodifiableMap(new LinkedHashMap<>(tenants));
  }

  /** A document without per-tenant exceptions. */
  public DesiredStateDocument(DesiredState state, Map<String, String> locations) {
    this(state, locations, Map.of());
  }

  /** {@code <source>:<line>:<column>} of an item's key, any casing of the id. */
  public Optional<String> location(ItemKind kind, String id) {
    return Optional.ofNullable(locations.get(key(kind, id)));
  }

  /**
   * The exceptions written for a tenant: under the name it is run as (GUID or domain, any casing), or else under its
   * GUID, once sign-in has told it (a token's {@code tid}).
   */
  public Optional<TenantOverride> overrideFor(String tenant, Optional<String> tenantGuid) {
    Optional<TenantOverride> byName = named(tenant);
    return byName.isPresent() ? byName : tenantGuid.flatMap(this::named);
  }

  /**
   * The state for one tenant: the baseline with its exceptions (each item's location is its exception's, if it has
   * one), and no per-tenant exceptions left.
   */
  public DesiredStateDocument forTenant(Optional<TenantOverride> exceptions) {
    if (exceptions.isEmpty()) {
      return new DesiredStateDocument(state, locations);
    }
    Map<String, String> merged = new HashMap<>(locations);
    merged.putAll(exceptions.get().locations());
    return new DesiredStateDocument(exceptions.get().applyTo(state), merged);
  }

  private Optional<TenantOverride> named(String tenant) {
    return tenants.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(tenant.trim()))
        .map(Map.Entry::getValue).findFirst();
  }

  static String key(ItemKind kind, String id) {
    return kind.name() + " " + id.toUpperCase(Locale.ROOT);
  }
}
