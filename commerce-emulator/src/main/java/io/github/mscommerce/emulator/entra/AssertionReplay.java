package io.github.mscommerce.emulator.entra;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code jti}s of certificate assertions that were exchanged for a token; a second use is refused. A {@code jti}
 * is recorded only once a token was issued, because MSAL resends the identical assertion when it retries a 5xx.
 */
public final class AssertionReplay {

  private final Clock clock;
  private final Map<String, Instant> used = new ConcurrentHashMap<>();

  public AssertionReplay(Clock clock) {
    this.clock = clock;
  }

  public boolean wasUsed(String jti) {
    return used.containsKey(jti);
  }

  /** @param expires after this instant the assertion is refused as expired anyway, so it can be forgotten */
  public void markUsed(String jti, Instant expires) {
    Instant now = clock.instant();
    used.values().removeIf(expiry -> expiry.isBefore(now.minusSeconds(600)));
    used.put(jti, expires);
  }

  public void clear() {
    used.clear();
  }
}
