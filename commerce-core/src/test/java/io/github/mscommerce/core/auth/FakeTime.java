package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.http.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when the code under test sleeps, and remembers each sleep instead of waiting. */
final class FakeTime implements TimeSource {

  private final List<Duration> sleeps = new ArrayList<>();
  private Instant now = Instant.parse("2026-01-15T10:00:00Z");

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
