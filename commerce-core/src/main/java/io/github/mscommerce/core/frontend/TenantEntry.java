package io.github.mscommerce.core.frontend;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One tenant of a run over many, as the user listed it.
 *
 * @param tenant its GUID or domain as written (trimmed); names its before-state, export file and report entries
 * @param source where it is listed, for messages: {@code /work/tenants.txt:7}, or the setting itself
 */
record TenantEntry(String tenant, String source) {

  private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

  TenantEntry {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(source, "source");
  }

  /** The tenant's GUID in lower case when it is listed by GUID; a domain's GUID is known only after sign-in. */
  Optional<String> listedGuid() {
    return GUID.matcher(tenant).matches() ? Optional.of(tenant.toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /** Entra ID ignores the case of GUIDs and domains, so two spellings are one tenant. */
  String key() {
    return tenant.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return tenant + " (" + source + ")";
  }
}
