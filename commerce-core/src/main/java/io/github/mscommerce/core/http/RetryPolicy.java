package io.github.mscommerce.core.http;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a request again, and how long to wait first. Only throttling and passing failures are retried: 429, 502, 503,
 * 504, timeouts and lost responses (a connection dropped before the answer was complete), for GET and PUT alike, since
 * both are idempotent. A 500 and every other 4xx are not retried: they would fail the same way again. A 401 is not a
 * retry but a fresh token, once (see {@link HttpTransport}).
 *
 * @param maxRetries retries after the first attempt (0 = never retry)
 * @param initialDelay the first backoff; it doubles per retry, with 75–100 % jitter, never below this value
 * @param maxDelay the longest single backoff (a server's {@code Retry-After} may ask for more, within
 *     {@code maxElapsed})
 * @param maxElapsed the whole call, every attempt and wait included, must fit in this time; a {@code Retry-After} beyond
 *     it is capped to what is left (see {@link #nextWait})
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, Duration maxElapsed) {

  public static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);
  public static final int DEFAULT_MAX_RETRIES = 4;

  public RetryPolicy {
    if (maxRetries < 0 || maxRetries > 20) {
      throw new IllegalArgumentException("retries must be between 0 and 20, was " + maxRetries);
    }
    if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("need 0 < initialDelay <= maxDelay, was " + initialDelay + ", " + maxDelay);
    }
    if (maxElapsed.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("maxElapsed " + maxElapsed + " is shorter than one backoff");
    }
  }

  public static RetryPolicy defaults() {
    return withRetries(DEFAULT_MAX_RETRIES);
  }

  public static RetryPolicy withRetries(int maxRetries) {
    return new RetryPolicy(maxRetries, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(3));
  }

  /** Retry this status? Only when attempts are left. {@code attempt} counts from 1. */
  public boolean shouldRetry(int attempt, int status) {
    return attempt <= maxRetries && RETRYABLE_STATUSES.contains(status);
  }

  /** Retry after a timeout, or a connection that dropped before the answer was complete? */
  public boolean shouldRetryConnectionFailure(int attempt) {
    return attempt <= maxRetries;
  }

  /**
   * How long to wait before attempt {@code attempt + 1}: the server's hint when it gave one, else exponential backoff.
   * A hint is never taken below {@code initialDelay}: a date in the past, or 0, must not start a storm of retries.
   */
  public Duration delay(int attempt, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      return retryAfter.get().compareTo(initialDelay) < 0 ? initialDelay : retryAfter.get();
    }
    long base = initialDelay.toMillis() << Math.min(attempt - 1, 20);
    long capped = Math.min(base, maxDelay.toMillis());
    long jittered = (long) (capped * (0.75 + 0.25 * ThreadLocalRandom.current().nextDouble()));
    return Duration.ofMillis(Math.max(jittered, initialDelay.toMillis()));
  }

  /**
   * The wait before attempt {@code attempt + 1} of a call that has run for {@code elapsed}, or empty when none fits in
   * {@code maxElapsed}. A server's {@code Retry-After} beyond the budget (a day, a date years ahead) is capped to what
   * is left of it, and the wait says so: the call then tries once more at the end, rather than giving up at once or
   * hanging the build.
   */
  public Optional<Wait> nextWait(int attempt, Optional<Duration> retryAfter, Duration elapsed) {
    Duration delay = delay(attempt, retryAfter);
    Duration left = maxElapsed.minus(elapsed);
    if (delay.compareTo(left) <= 0) {
      return Optional.of(new Wait(delay, false));
    }
    if (retryAfter.isPresent() && left.compareTo(initialDelay) >= 0) {
      return Optional.of(new Wait(left, true));
    }
    return Optional.empty();
  }

  /** A wait, and whether it is shorter than the server asked for. */
  public record Wait(Duration delay, boolean capped) {}
}
