package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;

/** Where a credential's tokens come from: one MSAL application, its retries, and its entry in {@link SharedTokens}. */
interface TokenSource {

  /** @param credentialDescription names the credential in events and messages; never holds a secret */
  AccessToken token(boolean forceRefresh, String credentialDescription);

  /** The service refused {@code token}: see {@link io.github.mscommerce.core.http.RefusedTokens}. */
  void refused(AccessToken token);
}
