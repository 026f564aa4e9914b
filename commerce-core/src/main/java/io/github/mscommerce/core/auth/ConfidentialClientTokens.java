package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.TokenCredential;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IClientCredential;
import java.util.Set;

/**
 * The app-only (client credentials) grant shared by the secret, certificate and federated credentials: one MSAL
 * application for the credential's lifetime, behind the JVM's {@link SharedTokens}, which serve every call until the
 * token nears expiry.
 */
final class ConfidentialClientTokens implements TokenSource {

  private final Authority authority;
  private final ConfidentialClientApplication app;
  private final TokenAcquirer acquirer;
  private final ReusableToken reusable;

  /** @param fingerprint tells this credential's tokens from other credentials' of the same app in {@link SharedTokens} */
  ConfidentialClientTokens(Authority authority, String clientId, IClientCredential credential,
      CredentialFingerprint fingerprint, CredentialOptions options) {
    ConfidentialClientApplication.Builder builder =
        MsalBuilders.forAuthority(ConfidentialClientApplication.builder(clientId, credential), authority,
            options.network());
    this.authority = authority;
    this.app = InstanceDiscoverySeeds.whileSeededUnchecked(authority, builder::build);
    this.acquirer = new TokenAcquirer(authority.host(), options);
    this.reusable = new ReusableToken(TokenCacheKey.of(authority, clientId, fingerprint), options.time());
  }

  /**
   * Parallel callers with a cold cache share one token request instead of each sending their own. MSAL's cache is
   * skipped: the shared entry is the cache (see {@link ReusableToken}).
   */
  @Override
  public AccessToken token(boolean forceRefresh, String credentialDescription) {
    ClientCredentialParameters parameters = ClientCredentialParameters.builder(Set.of(TokenCredential.SCOPE))
        .skipCache(true)
        .build();
    return reusable.get(forceRefresh,
        () -> acquirer.acquire(credentialDescription,
            () -> InstanceDiscoverySeeds.whileSeeded(authority, () -> app.acquireToken(parameters).get())));
  }

  @Override
  public void refused(AccessToken token) {
    reusable.refused(token);
  }
}
