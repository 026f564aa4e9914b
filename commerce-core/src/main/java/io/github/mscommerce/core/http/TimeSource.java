package io.github.mscommerce.core.http;

import java.time.Duration;
import java.time.Instant;

/** The clock and the sleep of the retry loop, injectable so tests neither wait nor race the wall clock. */
public interface TimeSource {

  TimeSource SYSTEM = new TimeSource() {
    @Override
    public Instant now() {
      return Instant.now();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      Thread.sleep(duration.toMillis());
    }
  };

  Instant now();

  void sleep(Duration duration) throws InterruptedException;
}
