package io.github.mscommerce.core.auth;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.SecretValue;
import java.util.Objects;

/** An app registration signing in with a client secret (client credentials grant). */
public final class ClientSecretCredential extends TokenSourceCredential<ConfidentialClientTokens> {

  public ClientSecretCredential(Authority authority, String clientId, SecretValue clientSecret, CredentialOptions options) {
    super(parts(authority, clientId, clientSecret, options));
  }

  private static Parts<ConfidentialClientTokens> parts(Authority authority, String clientId, SecretValue clientSecret,
      CredentialOptions options) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(options, "options");
    String checkedId = ClientIds.require(clientId, "client id");
    if (clientSecret.isBlank()) {
      throw new InvalidSettingsException("The client secret from " + clientSecret.origin() + " is empty: give the "
          + "secret's Value (not its Secret ID) from Certificates & secrets of app " + checkedId + ".");
    }
    String description = "client secret of app " + checkedId + " in tenant " + authority.tenantId() + " (from "
        + clientSecret.origin() + ")";
    return new Parts<>(description, new ConfidentialClientTokens(authority, checkedId,
        ClientCredentialFactory.createFromSecret(clientSecret.reveal()), CredentialFingerprint.ofSecret(clientSecret),
        options));
  }
}
