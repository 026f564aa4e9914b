package io.github.mscommerce.maven;

import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.frontend.PropertyNames;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code commerce:start-emulator} leaves in the plugin context (one per project) for the later {@code commerce:}
 * goals of the same project: where the emulator listens, the PEM to trust, and its demo app (absent when a state file
 * replaced the demo tenant; the user then names the tenant and app of that file).
 */
record EmulatorConnection(String baseUrl, String trustCertificate, Optional<String> tenantId,
    Optional<String> clientId, Optional<SecretValue> clientSecret) {

  static final String ORIGIN = "commerce:start-emulator";
  private static final String CONTEXT_KEY = EmulatorConnection.class.getName();

  @SuppressWarnings({"unchecked", "rawtypes"})
  void putInto(Map context) {
    context.put(CONTEXT_KEY, this);
  }

  static Optional<EmulatorConnection> from(Map<?, ?> context) {
    return context == null ? Optional.empty()
        : Optional.ofNullable(context.get(CONTEXT_KEY)).map(EmulatorConnection.class::cast);
  }

  /** The non-secret settings as {@code commerce.*} properties, for other plugins (and later goals) of the project. */
  void exportTo(Properties properties) {
    properties.setProperty(PropertyNames.ENDPOINT, baseUrl);
    properties.setProperty(PropertyNames.AUTHORITY_HOST, baseUrl);
    properties.setProperty(PropertyNames.TRUST_CERTIFICATE, trustCertificate);
    tenantId.ifPresent(id -> properties.setProperty(PropertyNames.TENANT_ID, id));
    clientId.ifPresent(id -> properties.setProperty(PropertyNames.CLIENT_ID, id));
  }

  static void removeFrom(Map<?, ?> context) {
    if (context != null) {
      context.remove(CONTEXT_KEY);
    }
  }

  /** The emulator stands in for the service unless the user named another endpoint. */
  boolean servesEndpoint(Optional<String> endpoint) {
    return endpoint.map(e -> stripSlash(e).equalsIgnoreCase(baseUrl)).orElse(true);
  }

  private static String stripSlash(String url) {
    String trimmed = url.trim();
    return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}
