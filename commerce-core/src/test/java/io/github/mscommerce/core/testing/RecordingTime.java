package io.github.mscommerce.core.testing;

import io.github.mscommerce.core.http.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A time source whose sleeps return at once but move its clock forward, and are recorded for assertions. */
public final class RecordingTime implements TimeSource {

  private final List<Duration> sleeps = new ArrayList<>();
  private Duration slept = Duration.ZERO;

  @Override
  public synchronized Instant now() {
    return Instant.now().plus(slept);
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    slept = slept.plus(duration);
  }

  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
