package io.github.mscommerce.core.frontend;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which listed entry stands for which tenant GUID, so a tenant listed twice in two spellings (its GUID and its domain,
 * or two domains) runs once. A GUID entry claims its GUID before the run; a domain claims the GUID its token names
 * ({@code tid}) when it signs in. The entry that claims a GUID first runs, the other fails before any policy request.
 */
final class TenantIdentities {

  private final Map<String, TenantEntry> byGuid = new HashMap<>();

  TenantIdentities(List<TenantEntry> entries) {
    // The list has no textual duplicates, so each listed GUID is claimed once here.
    entries.forEach(entry -> entry.listedGuid().ifPresent(guid -> byGuid.put(guid, entry)));
  }

  /** The entry that already stands for {@code guid}, if another one does. */
  synchronized Optional<TenantEntry> claim(TenantEntry entry, Optional<String> guid) {
    if (guid.isEmpty()) {
      return Optional.empty();
    }
    TenantEntry first = byGuid.putIfAbsent(guid.get(), entry);
    return first == null || first.equals(entry) ? Optional.empty() : Optional.of(first);
  }
}
