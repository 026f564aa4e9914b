package io.github.mscommerce.core.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.Test;

public class RequestLimitTest {

  @Test
  public void acquire_beyondTheCap_waitsUntilAPermitIsReleased() throws Exception {
    RequestLimit limit = RequestLimit.of(1);
    limit.acquire();
    AtomicBoolean second = new AtomicBoolean();
    Thread waiting = new Thread(() -> {
      try {
        limit.acquire();
        second.set(true);
        limit.release();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    waiting.start();
    waiting.join(200);
    assertFalse("the second request waits while the first is in flight", second.get());

    limit.release();
    waiting.join();

    assertTrue(second.get());
    assertEquals(1, limit.peakInFlight());
    assertEquals(2, limit.requests());
  }

  @Test
  public void acquire_interruptedWhileWaiting_throwsAndTakesNoPermit() throws Exception {
    RequestLimit limit = RequestLimit.of(1);
    limit.acquire();
    Thread.currentThread().interrupt();

    assertThrows(InterruptedException.class, limit::acquire);

    assertEquals(1, limit.requests());
  }

  @Test
  public void none_neverWaitsAndCountsNothing() throws Exception {
    for (int i = 0; i < 100; i++) {
      RequestLimit.NONE.acquire();
    }

    assertEquals(0, RequestLimit.NONE.requests());
    assertEquals(0, RequestLimit.NONE.maxInFlight());
  }

  @Test
  public void of_zero_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> RequestLimit.of(0));
  }
}
