package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.http.TimeSource;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The last token MSAL handed out, served again without entering MSAL while MSAL itself would serve it from its cache
 * (more than five minutes left). Every MSAL call, even a cache hit, starts a task on a new thread on a small machine;
 * parallel PUTs would queue behind that. Fetching stays behind one lock, so parallel callers with nothing reusable
 * share one token request.
 */
final class ReusableToken {

  /** MSAL's own rule: a cached access token is used only while it expires more than five minutes from now. */
  private static final Duration MSAL_REFRESH_MARGIN = Duration.ofMinutes(5);

  private final TimeSource time;
  private volatile AccessToken last;

  ReusableToken(TimeSource time) {
    this.time = time;
  }

  AccessToken get(boolean forceRefresh, Supplier<AccessToken> fetch) {
    if (!forceRefresh) {
      AccessToken reusable = reusable();
      if (reusable != null) {
        return reusable;
      }
    }
    synchronized (this) {
      if (!forceRefresh) {
        AccessToken fetchedMeanwhile = reusable();
        if (fetchedMeanwhile != null) {
          return fetchedMeanwhile;
        }
      }
      AccessToken fresh = fetch.get();
      last = fresh;
      return fresh;
    }
  }

  private AccessToken reusable() {
    AccessToken token = last;
    return token != null && token.expiresOn().isAfter(time.now().plus(MSAL_REFRESH_MARGIN)) ? token : null;
  }
}
