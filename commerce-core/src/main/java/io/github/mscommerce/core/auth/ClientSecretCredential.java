package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.TokenCredential;
import com.microsoft.aad.msal4j.ClientCredentialFactory;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.SecretValue;
import java.util.Objects;

/** An app registration signing in with a client secret (client credentials grant). */
public final class ClientSecretCredential implements TokenCredential {

  private final String description;
  private final ConfidentialClientTokens tokens;

  public ClientSecretCredential(Authority authority, String clientId, SecretValue clientSecret, CredentialOptions options) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(options, "options");
    String checkedId = ClientIds.require(clientId, "client id");
    if (clientSecret.isBlank()) {
      throw new InvalidSettingsException("The client secret from " + clientSecret.origin() + " is empty: give the "
          + "secret's Value (not its Secret ID) from Certificates & secrets of app " + checkedId + ".");
    }
    this.description = "client secret of app " + checkedId + " in tenant " + authority.tenantId() + " (from "
        + clientSecret.origin() + ")";
    this.tokens = new ConfidentialClientTokens(authority, checkedId,
        ClientCredentialFactory.createFromSecret(clientSecret.reveal()), options);
  }

  @Override
  public AccessToken token(boolean forceRefresh) {
    return tokens.token(forceRefresh, description);
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return "ClientSecretCredential[" + description + "]";
  }
}
