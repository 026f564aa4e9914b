package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.InvalidSettingsException;
import com.microsoft.aad.msal4j.ClientCredentialFactory;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Workload identity federation: an app registration that trusts an external identity provider (Kubernetes, GitHub
 * Actions, a CI system's OIDC issuer) signs in with that provider's token as its client assertion. The platform rotates
 * that token, so the assertion is asked for again on every network call (a token file is read again each time); a cached
 * Entra ID token needs none.
 */
public final class WorkloadIdentityCredential extends TokenSourceCredential<ConfidentialClientTokens> {

  /** Far more than any projected token; a front end reading a token file passes this as its limit. */
  public static final long MAX_ASSERTION_BYTES = 64 * 1024;

  /**
   * @param sourceName where the assertion comes from, for messages and the description: a token file's path, or
   *     "credential 'github-oidc'"
   * @param assertion the external token as it is now (surrounding blanks are dropped); called on MSAL's thread for
   *     every token request, never for a cached token. It may throw an {@link InvalidSettingsException} (an unreadable
   *     file), which reaches the caller as it is.
   */
  public WorkloadIdentityCredential(Authority authority, String clientId, String sourceName, Supplier<String> assertion,
      CredentialOptions options) {
    super(parts(authority, clientId, sourceName, assertion, options));
  }

  private static Parts<ConfidentialClientTokens> parts(Authority authority, String clientId, String sourceName,
      Supplier<String> assertion, CredentialOptions options) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(assertion, "assertion");
    Objects.requireNonNull(options, "options");
    String checkedId = ClientIds.require(clientId, "client id");
    String description = "federated token from " + sourceName + " for app " + checkedId + " in tenant "
        + authority.tenantId();
    // MSAL calls back only when it goes to the network, so a cache hit reads nothing.
    return new Parts<>(description, new ConfidentialClientTokens(authority, checkedId,
        ClientCredentialFactory.createFromCallback(() -> current(sourceName, assertion)),
        CredentialFingerprint.ofFederatedSource(sourceName), options));
  }

  /** The assertion as it is now; never logged, never put in a message. */
  private static String current(String sourceName, Supplier<String> assertion) {
    String token = assertion.get();
    if (token == null || token.isBlank()) {
      throw new InvalidSettingsException("The federated token from " + sourceName + " is empty: the platform has not "
          + "written a token yet, or " + sourceName + " is not where it puts the token.");
    }
    return token.strip();
  }
}
