package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.TokenCredential;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalInteractionRequiredException;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.SilentParameters;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * A user signed in through a public client (device code, username/password): the first call signs in, later calls are
 * silent, served from MSAL's cache or renewed with the refresh token, so the user is asked only once. If the refresh
 * token stops working (revoked, expired), the user signs in again.
 */
final class PublicClientTokens implements TokenSource {

  private final Authority authority;
  private final PublicClientApplication app;
  private final TokenAcquirer acquirer;
  private final ReusableToken reusable;
  private final Function<PublicClientApplication, CompletableFuture<IAuthenticationResult>> signIn;
  private IAccount account;

  /** @param fingerprint tells this user's tokens from others' of the same public client in {@link SharedTokens} */
  PublicClientTokens(Authority authority, String publicClientId, CredentialFingerprint fingerprint,
      CredentialOptions options, Function<PublicClientApplication, CompletableFuture<IAuthenticationResult>> signIn) {
    PublicClientApplication.Builder builder =
        MsalBuilders.forAuthority(PublicClientApplication.builder(publicClientId), authority, options.network());
    this.authority = authority;
    this.app = InstanceDiscoverySeeds.whileSeededUnchecked(authority, builder::build);
    this.acquirer = new TokenAcquirer(authority.host(), options);
    this.reusable = new ReusableToken(TokenCacheKey.of(authority, publicClientId, fingerprint), options.time());
    this.signIn = signIn;
  }

  /** Synchronized: one sign-in at a time, and parallel callers wait for it instead of each prompting the user. */
  @Override
  public AccessToken token(boolean forceRefresh, String credentialDescription) {
    return reusable.get(forceRefresh, () -> signedIn(credentialDescription));
  }

  @Override
  public void refused(AccessToken token) {
    reusable.refused(token);
  }

  /**
   * Silent calls always refresh: nothing reusable was in the shared entry, and MSAL's cached token may be the one it
   * dropped. The refresh token keeps the user from being asked again.
   */
  private synchronized AccessToken signedIn(String credentialDescription) {
    return acquirer.acquire(credentialDescription, () -> InstanceDiscoverySeeds.whileSeeded(authority, () -> {
      IAuthenticationResult result = account == null ? signIn.apply(app).get() : silently();
      if (result.account() != null) {
        account = result.account();
      }
      return result;
    }));
  }

  /** The signed-in user's name, once there is one. */
  synchronized String username() {
    return account == null ? null : account.username();
  }

  private IAuthenticationResult silently() throws Exception {
    SilentParameters parameters = SilentParameters.builder(Set.of(TokenCredential.SCOPE), account)
        .forceRefresh(true)
        .build();
    try {
      return app.acquireTokenSilently(parameters).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof MsalInteractionRequiredException) {
        account = null;
        return signIn.apply(app).get();
      }
      throw e;
    }
  }
}
