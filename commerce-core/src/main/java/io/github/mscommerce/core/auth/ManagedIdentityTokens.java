package io.github.mscommerce.core.auth;

import com.microsoft.aad.msal4j.ManagedIdentityApplication;
import com.microsoft.aad.msal4j.ManagedIdentityId;
import com.microsoft.aad.msal4j.ManagedIdentityParameters;
import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.TokenCredential;
import java.net.URI;

/** Tokens of this host's managed identity, from the endpoint MSAL finds in the host's environment. */
final class ManagedIdentityTokens implements TokenSource {

  /** Where MSAL goes when no managed-identity variable is set: the instance metadata service. */
  private static final URI INSTANCE_METADATA = URI.create("http://169.254.169.254");

  private final ManagedIdentityApplication app;
  private final TokenAcquirer acquirer;
  private final ReusableToken reusable;

  /** @param identity names the identity for {@link SharedTokens}: "system-assigned" or the user-assigned client id */
  ManagedIdentityTokens(ManagedIdentityId id, String identity, CredentialOptions options) {
    URI endpoint = endpointForMessages();
    // No explicit proxy: the managed identity endpoint is on this host or link-local.
    this.app = MsalBuilders.network(ManagedIdentityApplication.builder(id), options.network().withoutExplicitProxy())
        .build();
    this.acquirer = new TokenAcquirer(endpoint, options);
    this.reusable = new ReusableToken(new TokenCacheKey("managed identity at " + endpoint, identity,
        CredentialFingerprint.ofManagedIdentity(identity)), options.time());
  }

  @Override
  public AccessToken token(boolean forceRefresh, String credentialDescription) {
    // Past MSAL's JVM-wide managed identity cache: the shared entry is the cache (see ReusableToken).
    ManagedIdentityParameters parameters = ManagedIdentityParameters.builder(TokenCredential.RESOURCE)
        .forceRefresh(true)
        .build();
    return reusable.get(forceRefresh,
        () -> acquirer.acquire(credentialDescription, () -> app.acquireTokenForManagedIdentity(parameters).get()));
  }

  @Override
  public void refused(AccessToken token) {
    reusable.refused(token);
  }

  /**
   * The endpoint MSAL will choose, for error messages only; MSAL reads the same variables itself, on every call
   * ({@code IDENTITY_ENDPOINT}: App Service, Functions, Container Apps, Arc; {@code MSI_ENDPOINT}: Cloud Shell).
   */
  private static URI endpointForMessages() {
    for (String variable : new String[] {"IDENTITY_ENDPOINT", "MSI_ENDPOINT"}) {
      String value = System.getenv(variable);
      if (value != null && !value.isBlank()) {
        try {
          return URI.create(value.trim());
        } catch (IllegalArgumentException e) {
          return INSTANCE_METADATA;
        }
      }
    }
    return INSTANCE_METADATA;
  }
}
