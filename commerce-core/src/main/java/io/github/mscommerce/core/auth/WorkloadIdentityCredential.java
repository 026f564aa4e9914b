package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.TokenCredential;
import com.microsoft.aad.msal4j.ClientCredentialFactory;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Workload identity federation: an app registration that trusts an external identity provider (Kubernetes, GitHub
 * Actions, a CI system's OIDC issuer) signs in with that provider's token as its client assertion. The token file is read
 * again on every network call, since the platform rotates it; a cached Entra ID token needs no read.
 */
public final class WorkloadIdentityCredential implements TokenCredential {

  private final String description;
  private final ConfidentialClientTokens tokens;

  public WorkloadIdentityCredential(Authority authority, String clientId, Path tokenFile, CredentialOptions options) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(tokenFile, "tokenFile");
    Objects.requireNonNull(options, "options");
    String checkedId = ClientIds.require(clientId, "client id");
    FederatedTokenFile file = new FederatedTokenFile(tokenFile);
    this.description = "federated token from " + tokenFile + " for app " + checkedId + " in tenant "
        + authority.tenantId();
    // MSAL calls back only when it goes to the network, so a cache hit reads nothing.
    this.tokens = new ConfidentialClientTokens(authority, checkedId,
        ClientCredentialFactory.createFromCallback(file::read), options);
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
    return "WorkloadIdentityCredential[" + description + "]";
  }
}
