package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

/**
 * Sign-ins to one host and port (a thousand tenants of one emulator) run together; a sign-in to another port of the
 * host waits until they are done, so MSAL's entry for the host never changes under a running acquisition.
 */
public class InstanceDiscoverySeedsTest {

  private static final String HOST = "https://127.0.0.1:";

  private static Thread start(Runnable body) {
    Thread thread = new Thread(body);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  @Test
  public void whileSeeded_twoTenantsOfOnePort_runAtTheSameTime() throws Exception {
    CountDownLatch bothInside = new CountDownLatch(2);
    AtomicInteger sawTheOther = new AtomicInteger();
    Runnable signIn = () -> {
      try {
        InstanceDiscoverySeeds.whileSeeded(Authority.of(HOST + 40001, "tenant-" + Thread.currentThread().getId()
            + ".onmicrosoft.com"), () -> {
              bothInside.countDown();
              // True only if the other sign-in comes inside while this one is: impossible one at a time.
              if (bothInside.await(10, TimeUnit.SECONDS)) {
                sawTheOther.incrementAndGet();
              }
              return null;
            });
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
    Thread first = start(signIn);
    Thread second = start(signIn);
    first.join(30_000);
    second.join(30_000);

    assertEquals("both sign-ins were inside at once", 2, sawTheOther.get());
  }

  @Test
  public void whileSeeded_anotherPortOfTheHost_waitsUntilTheFirstPortIsDone() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch firstInside = new CountDownLatch(1);
    AtomicBoolean otherPortRan = new AtomicBoolean();
    Thread first = start(() -> {
      try {
        InstanceDiscoverySeeds.whileSeeded(Authority.of(HOST + 40002, "contoso.onmicrosoft.com"), () -> {
          firstInside.countDown();
          return release.await(20, TimeUnit.SECONDS);
        });
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    assertTrue(firstInside.await(20, TimeUnit.SECONDS));
    Thread other = start(() -> {
      try {
        InstanceDiscoverySeeds.whileSeeded(Authority.of(HOST + 40003, "contoso.onmicrosoft.com"),
            () -> otherPortRan.getAndSet(true));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    other.join(300);
    assertFalse("the other port waits while the first one's acquisition runs", otherPortRan.get());

    release.countDown();
    first.join(20_000);
    other.join(20_000);

    assertTrue(otherPortRan.get());
  }
}
