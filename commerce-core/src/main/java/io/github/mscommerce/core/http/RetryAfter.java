package io.github.mscommerce.core.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads an HTTP {@code Retry-After} header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
public final class RetryAfter {

  private RetryAfter() {}

  /** Longer than any wait a client accepts; a bigger number is read as this, so no arithmetic overflows. */
  private static final Duration FOREVER = Duration.ofDays(365 * 100);

  /**
   * Empty when absent or unreadable; a date in the past means "now" (zero). An absurd number of seconds is read as a
   * century: {@link RetryPolicy#delay} caps it anyway, and says so.
   */
  public static Optional<Duration> parse(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.trim();
    if (value.matches("\\d+")) {
      return Optional.of(value.length() > 10 ? FOREVER : min(Duration.ofSeconds(Long.parseLong(value)), FOREVER));
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration until = Duration.between(now, at);
      return Optional.of(until.isNegative() ? Duration.ZERO : min(until, FOREVER));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
