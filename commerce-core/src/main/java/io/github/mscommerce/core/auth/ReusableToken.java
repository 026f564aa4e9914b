package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.http.TimeSource;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A credential's token in the JVM's {@link SharedTokens}, served again without entering MSAL while MSAL itself would serve
 * it from its cache (more than five minutes left). Every MSAL call, even a cache hit, starts a task on a new thread on a
 * small machine; parallel PUTs would queue behind that. Fetching stays behind the entry's lock, so parallel callers with
 * nothing reusable, in this task or another, share one token request.
 *
 * <p>When nothing is reusable, the fetch must go past MSAL's own cache (skip it, or force a refresh): the shared entry is
 * the cache, and a token it dropped (refused, cleared) may still sit in the MSAL application's.
 */
final class ReusableToken {

  /** MSAL's own rule: a cached access token is used only while it expires more than five minutes from now. */
  private static final Duration MSAL_REFRESH_MARGIN = Duration.ofMinutes(5);

  private final TokenCacheKey key;
  private final TimeSource time;

  ReusableToken(TokenCacheKey key, TimeSource time) {
    this.key = key;
    this.time = time;
  }

  AccessToken get(boolean forceRefresh, Supplier<AccessToken> fetch) {
    SharedTokens.Slot slot = SharedTokens.slot(key);
    if (!forceRefresh) {
      AccessToken reusable = reusable(slot);
      if (reusable != null) {
        return reusable;
      }
    }
    synchronized (slot) {
      if (!forceRefresh) {
        AccessToken fetchedMeanwhile = reusable(slot);
        if (fetchedMeanwhile != null) {
          return fetchedMeanwhile;
        }
      }
      AccessToken fresh = fetch.get();
      slot.token.set(fresh);
      return fresh;
    }
  }

  /** The service refused {@code token}: it leaves the shared entry, unless that already holds a newer one. */
  void refused(AccessToken token) {
    AccessToken current = SharedTokens.slot(key).token.get();
    if (current != null && current.value().reveal().equals(token.value().reveal())) {
      SharedTokens.slot(key).token.compareAndSet(current, null);
    }
  }

  private AccessToken reusable(SharedTokens.Slot slot) {
    AccessToken token = slot.token.get();
    return token != null && token.expiresOn().isAfter(time.now().plus(MSAL_REFRESH_MARGIN)) ? token : null;
  }
}
