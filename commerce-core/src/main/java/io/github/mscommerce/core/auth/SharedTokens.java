package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.internal.LruCache;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The access tokens of every MSAL credential in this JVM, shared by all its tasks: a second Maven goal, Jenkins step or
 * parallel branch whose credential has equal inputs (same authority, client and {@link CredentialFingerprint}) uses the
 * token the first one got instead of signing in again. Each MSAL application's own cache belongs to one credential
 * object, so without this every task would start cold.
 *
 * <p>An entry leaves when its token is refused by the service (HTTP 401) or pushed out by newer entries; a token is
 * served only while MSAL itself would serve it (more than five minutes left). A long-lived Jenkins controller relies on
 * exactly that, never on {@link #clear()}. A caller-supplied token ({@link StaticTokenCredential}) is never cached here.
 */
public final class SharedTokens {

  /** Far more credentials than a JVM uses at once; rotated secrets leave old entries behind until they are pushed out. */
  static final int MAX_ENTRIES = 256;

  private static final LruCache<TokenCacheKey, Slot> SLOTS = new LruCache<>(MAX_ENTRIES);

  private SharedTokens() {}

  /**
   * Forgets every token, so the next request of every credential signs in ("cold"). For tests, which reset the emulator
   * (it then refuses the tokens it issued) and count token requests; production code never needs it.
   */
  public static void clear() {
    SLOTS.clear();
  }

  static Slot slot(TokenCacheKey key) {
    return SLOTS.computeIfAbsent(key, k -> new Slot());
  }

  /** One credential's token, and the lock under which it is fetched, so parallel callers share one request. */
  static final class Slot {
    final AtomicReference<AccessToken> token = new AtomicReference<>();
  }
}
