package io.github.mscommerce.emulator.tokens;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which access tokens (by {@code jti}) the emulator issued and whether an admin expired them. Access tokens
 * are self-contained JWTs, so this is the only way to take back tokens a client already holds.
 */
public final class TokenLedger {

  /** Entries are pruned once a token is past its own {@code exp} (it is rejected for that anyway). */
  private static final int PRUNE_THRESHOLD = 10_000;

  private final Clock clock;
  private final Map<String, Instant> live = new ConcurrentHashMap<>();
  private final Map<String, Instant> expired = new ConcurrentHashMap<>();
  private final IssuedTokenValues values = new IssuedTokenValues();

  public TokenLedger(Clock clock) {
    this.clock = clock;
  }

  public synchronized void issued(String jti, Instant expiresOn) {
    if (live.size() + expired.size() > PRUNE_THRESHOLD) {
      Instant now = clock.instant();
      live.values().removeIf(exp -> exp.isBefore(now));
      expired.values().removeIf(exp -> exp.isBefore(now));
    }
    live.put(jti, expiresOn);
  }

  /** Keeps the signed token itself, for {@link #issuedValues()}; never logged or journaled. */
  public void issuedValue(String token) {
    values.add(token);
  }

  /** The access tokens issued since start-up or the last {@link #forgetAll()}, oldest first. */
  public List<String> issuedValues() {
    return values.all();
  }

  /** Every token issued so far becomes expired. */
  public synchronized void expireAll() {
    expired.putAll(live);
    live.clear();
  }

  /** Forgets every token issued so far: they are unknown from now on, as at start-up. */
  public synchronized void forgetAll() {
    live.clear();
    expired.clear();
    values.clear();
  }

  public synchronized Status status(String jti) {
    if (jti != null && live.containsKey(jti)) {
      return Status.LIVE;
    }
    return jti != null && expired.containsKey(jti) ? Status.EXPIRED : Status.UNKNOWN;
  }

  /** Where a token stands. */
  public enum Status { LIVE, EXPIRED, UNKNOWN }
}
