package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.TokenCredential;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.Suggestions;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An access token the caller already has (from {@code az account get-access-token}, another tool, a pipeline secret).
 * It cannot be renewed: when it expires, the caller must supply a new one.
 */
public final class StaticTokenCredential implements TokenCredential {

  private static final String BEARER_PREFIX = "bearer ";
  private static final java.util.regex.Pattern GUID =
      java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final AccessToken token;
  private final String description;

  /**
   * @param accessToken for the resource {@code aeb86249-8ea3-49e2-900b-54cc8e308f85}; a pasted "Bearer " prefix is
   *     dropped
   */
  public StaticTokenCredential(SecretValue accessToken) {
    Objects.requireNonNull(accessToken, "accessToken");
    String value = accessToken.reveal().strip();
    if (value.toLowerCase(Locale.ROOT).startsWith(BEARER_PREFIX)) {
      value = value.substring(BEARER_PREFIX.length()).strip();
    }
    if (value.isEmpty()) {
      throw new InvalidSettingsException("The access token from " + accessToken.origin() + " is empty: give a token "
          + "for the resource " + RESOURCE + ", e.g. from az account get-access-token --resource " + RESOURCE + ".");
    }
    if (value.chars().anyMatch(c -> c <= ' ' || c > '~')) {
      // A header value with a line break or a space would be refused by the HTTP client, or split the request.
      throw new InvalidSettingsException("The access token from " + accessToken.origin() + " contains spaces, line "
          + "breaks or other characters a token never has: give the token alone, on one line.");
    }
    Optional<Instant> expiry = JwtClaims.expiry(value);
    // Unknown expiry (an opaque token): the service decides when to refuse it.
    this.token = new AccessToken(SecretValue.of(value, accessToken.origin()), expiry.orElse(Instant.MAX));
    this.description = "access token from " + accessToken.origin()
        + expiry.map(at -> ", expiring " + at).orElse(", expiry unknown");
  }

  /**
   * A token given as a setting, checked before any request: one whose {@code exp} has passed, or whose {@code tid} names
   * another tenant than {@code tenantId}, would only be refused by the service (or, worse, act on the other tenant).
   *
   * @param tenantId the configured tenant; compared only when it is a GUID, as {@code tid} is (a domain cannot be)
   * @throws InvalidSettingsException naming where the token came from and the fix; never the token
   */
  public static StaticTokenCredential checked(SecretValue accessToken, String tenantId, String tenantSetting,
      Instant now, Suggestions suggestions) {
    StaticTokenCredential credential = new StaticTokenCredential(accessToken);
    String value = credential.token.value().reveal();
    Instant expiresOn = credential.token.expiresOn();
    if (expiresOn.isBefore(now)) {
      throw new InvalidSettingsException(suggestions.accessTokenExpired(accessToken.origin(), expiresOn));
    }
    Optional<String> tokenTenant = JwtClaims.tenant(value);
    if (tenantId != null && GUID.matcher(tenantId.trim()).matches() && tokenTenant.isPresent()
        && !tokenTenant.get().equalsIgnoreCase(tenantId.trim())) {
      throw new InvalidSettingsException(suggestions.accessTokenForOtherTenant(accessToken.origin(),
          tokenTenant.get(), tenantSetting, tenantId.trim()));
    }
    return credential;
  }

  /** The same token every time: there is nothing to refresh it with. */
  @Override
  public AccessToken token(boolean forceRefresh) {
    return token;
  }

  @Override
  public boolean canRefresh() {
    return false;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return "StaticTokenCredential[" + description + "]";
  }
}
