package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.testing.RecordingTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.Test;

public class ReusableTokenTest {

  private final RecordingTime time = new RecordingTime();
  private final TokenCacheKey key =
      new TokenCacheKey("https://login.example/tenant", "client", CredentialFingerprint.unshared());
  private final ReusableToken reusable = new ReusableToken(key, time);
  private final AtomicInteger fetches = new AtomicInteger();

  private Supplier<AccessToken> fetchValidFor(Duration lifetime) {
    return () -> new AccessToken(SecretValue.of("token-" + fetches.incrementAndGet(), "test"), time.now().plus(lifetime));
  }

  @Test
  public void get_reusesATokenWithMoreThanFiveMinutesLeft() {
    AccessToken first = reusable.get(false, fetchValidFor(Duration.ofHours(1)));
    time.sleep(Duration.ofMinutes(54));
    assertSame(first, reusable.get(false, fetchValidFor(Duration.ofHours(1))));
    assertEquals(1, fetches.get());
  }

  @Test
  public void get_fetchesAgainWithinFiveMinutesOfExpiry() {
    reusable.get(false, fetchValidFor(Duration.ofHours(1)));
    time.sleep(Duration.ofMinutes(56));
    assertEquals("token-2", reusable.get(false, fetchValidFor(Duration.ofHours(1))).value().reveal());
  }

  @Test
  public void get_neverReusesAShortLivedToken() {
    reusable.get(false, fetchValidFor(Duration.ofMinutes(4)));
    reusable.get(false, fetchValidFor(Duration.ofMinutes(4)));
    assertEquals(2, fetches.get());
  }

  @Test
  public void get_forceRefreshAlwaysFetches() {
    reusable.get(false, fetchValidFor(Duration.ofHours(1)));
    assertEquals("token-2", reusable.get(true, fetchValidFor(Duration.ofHours(1))).value().reveal());
    assertEquals("token-2", reusable.get(false, fetchValidFor(Duration.ofHours(1))).value().reveal());
  }

  @Test
  public void get_parallelCallersWithNothingReusableShareOneFetch() throws Exception {
    CountDownLatch inFetch = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Supplier<AccessToken> slowFetch = () -> {
      inFetch.countDown();
      try {
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return fetchValidFor(Duration.ofHours(1)).get();
    };
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<AccessToken>> results = new ArrayList<>();
      results.add(pool.submit(() -> reusable.get(false, slowFetch)));
      inFetch.await(5, TimeUnit.SECONDS);
      for (int i = 0; i < 7; i++) {
        results.add(pool.submit(() -> reusable.get(false, slowFetch)));
      }
      release.countDown();
      for (Future<AccessToken> result : results) {
        assertEquals("token-1", result.get(5, TimeUnit.SECONDS).value().reveal());
      }
      assertEquals(1, fetches.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void get_anExpiredTokenIsNotReused() {
    reusable.get(false, () -> new AccessToken(SecretValue.of("old", "test"), Instant.now().minusSeconds(1)));
    assertEquals("token-1", reusable.get(false, fetchValidFor(Duration.ofHours(1))).value().reveal());
  }

  @Test
  public void get_anotherCredentialWithTheSameKey_reusesTheToken() {
    AccessToken first = reusable.get(false, fetchValidFor(Duration.ofHours(1)));

    assertSame(first, new ReusableToken(key, time).get(false, fetchValidFor(Duration.ofHours(1))));
    assertEquals(1, fetches.get());
  }

  @Test
  public void refused_dropsTheTokenForEveryCredentialOfTheKey() {
    AccessToken refused = reusable.get(false, fetchValidFor(Duration.ofHours(1)));

    new ReusableToken(key, time).refused(refused);

    assertEquals("token-2", reusable.get(false, fetchValidFor(Duration.ofHours(1))).value().reveal());
  }

  @Test
  public void refused_anOlderToken_keepsTheNewerOne() {
    AccessToken old = reusable.get(false, fetchValidFor(Duration.ofHours(1)));
    AccessToken newer = reusable.get(true, fetchValidFor(Duration.ofHours(1)));

    reusable.refused(old);

    assertSame(newer, reusable.get(false, fetchValidFor(Duration.ofHours(1))));
  }

  @Test
  public void clear_makesTheNextGetFetch() {
    reusable.get(false, fetchValidFor(Duration.ofHours(1)));

    SharedTokens.clear();

    assertEquals("token-2", reusable.get(false, fetchValidFor(Duration.ofHours(1))).value().reveal());
  }
}
