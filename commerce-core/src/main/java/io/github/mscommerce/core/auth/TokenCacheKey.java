package io.github.mscommerce.core.auth;

import java.util.Locale;
import java.util.Objects;

/**
 * Which tokens of the JVM's cache a credential may use: those of the same authority (host and port, tenant), the same
 * client and the same credential (its fingerprint, never its secret).
 *
 * @param authority {@code https://login.microsoftonline.com/<tenant>}, or where managed identity tokens come from
 */
record TokenCacheKey(String authority, String clientId, CredentialFingerprint fingerprint) {

  TokenCacheKey {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /** Host, tenant and client ignore case, as Entra ID does. */
  static TokenCacheKey of(Authority authority, String clientId, CredentialFingerprint fingerprint) {
    return new TokenCacheKey((authority.host() + "/" + authority.tenantId()).toLowerCase(Locale.ROOT),
        clientId.toLowerCase(Locale.ROOT), fingerprint);
  }

  @Override
  public String toString() {
    return "TokenCacheKey[" + authority + ", client " + clientId + "]";
  }
}
