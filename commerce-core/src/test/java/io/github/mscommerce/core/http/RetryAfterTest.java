package io.github.mscommerce.core.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.Test;

public class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  @Test
  public void parse_readsDelaySeconds() {
    assertEquals(Optional.of(Duration.ofSeconds(7)), RetryAfter.parse("7", NOW));
  }

  @Test
  public void parse_readsAnHttpDateRelativeToNow() {
    assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse("Mon, 23 Nov 2026 12:01:30 GMT", NOW));
  }

  @Test
  public void parse_aDateInThePastMeansNow() {
    assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Mon, 23 Nov 2026 11:00:00 GMT", NOW));
  }

  @Test
  public void parse_ignoresAbsentOrUnreadableValues() {
    assertFalse(RetryAfter.parse(null, NOW).isPresent());
    assertFalse(RetryAfter.parse("soon", NOW).isPresent());
    assertFalse(RetryAfter.parse("-5", NOW).isPresent());
  }
}
