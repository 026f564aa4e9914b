package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalClientException;
import io.github.mscommerce.core.AuthenticationFailedException;
import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.RetriesExhaustedException;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.TransportException;
import io.github.mscommerce.core.http.RetryPolicy;
import java.net.SocketException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.After;
import org.junit.Test;

public class TokenAcquirerTest {

  private static final String DESCRIPTION = "client secret of app 0f6a in tenant 6bab (from a test)";
  private static final Instant EXPIRY = Instant.parse("2026-01-15T11:00:00Z");

  private final FakeTime time = new FakeTime();
  private final List<CommerceEvent> events = new ArrayList<>();
  private final Deque<Object> outcomes = new ArrayDeque<>();
  private int calls;

  @After
  public void clearInterrupt() {
    Thread.interrupted();
  }

  private TokenAcquirer acquirer(RetryPolicy policy) {
    CredentialOptions options = CredentialOptions.defaults().withRetryPolicy(policy).withTimeSource(time)
        .withEvents(events::add);
    return new TokenAcquirer(URI.create("https://login.example:8443"), options);
  }

  /** Plays back the queued outcomes: a result, or a failure thrown as {@code future.get()} would. */
  private IAuthenticationResult next() throws Exception {
    calls++;
    Object outcome = outcomes.removeFirst();
    if (outcome instanceof Throwable) {
      throw new ExecutionException((Throwable) outcome);
    }
    return (IAuthenticationResult) outcome;
  }

  @Test
  public void acquire_success_returnsTokenWithExpiry() {
    outcomes.add(new FakeResult("eyJ.token.value", EXPIRY));

    AccessToken token = acquirer(RetryPolicy.defaults()).acquire(DESCRIPTION, this::next);

    assertEquals("eyJ.token.value", token.value().reveal());
    assertEquals(EXPIRY, token.expiresOn());
    assertEquals(1, calls);
  }

  @Test
  public void acquire_busyThenSuccess_retriesOnceAfterRetryAfter() {
    outcomes.add(EntraErrors.busy(503, "2"));
    outcomes.add(new FakeResult("eyJ.token.value", EXPIRY));

    acquirer(RetryPolicy.defaults()).acquire(DESCRIPTION, this::next);

    assertEquals(2, calls);
    assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps());
    assertTrue(events.contains(CommerceEvent.lifecycle("Getting a token for " + DESCRIPTION
        + ": got HTTP 503; retrying in 2 s (attempt 2 of 5)")));
  }

  @Test
  public void acquire_droppedConnectionThenSuccess_retriesWithBackoff() {
    outcomes.add(new MsalClientException(new SocketException("Connection reset")));
    outcomes.add(new FakeResult("eyJ.token.value", EXPIRY));

    acquirer(RetryPolicy.defaults()).acquire(DESCRIPTION, this::next);

    assertEquals(2, calls);
    assertEquals(1, time.sleeps().size());
    assertTrue(time.sleeps().get(0).compareTo(Duration.ofMillis(500)) >= 0);
  }

  @Test
  public void acquire_alwaysBusy_stopsWhenRetriesAreSpent() {
    for (int i = 0; i < 3; i++) {
      outcomes.add(EntraErrors.busy(429, "1"));
    }

    try {
      acquirer(RetryPolicy.withRetries(2)).acquire(DESCRIPTION, this::next);
      fail("expected RetriesExhaustedException");
    } catch (RetriesExhaustedException e) {
      assertEquals(3, e.attempts());
      assertEquals(3, calls);
      assertEquals(Suggestions.generic().retriesExhausted("Getting a token for " + DESCRIPTION, 3, "HTTP 429"),
          e.reason());
      assertEquals(429, e.status().getAsInt());
    }
  }

  @Test
  public void acquire_retryAfterBeyondTheTimeLimit_waitsWhatIsLeftWithAWarningAndTriesOnceMore() {
    outcomes.add(EntraErrors.busy(503, "600"));
    outcomes.add(new FakeResult("eyJ.token.value", EXPIRY));

    acquirer(RetryPolicy.defaults()).acquire(DESCRIPTION, this::next);

    assertEquals(2, calls);
    assertEquals(1, time.sleeps().size());
    assertTrue(time.sleeps().toString(), time.sleeps().get(0).compareTo(Duration.ofMinutes(3)) <= 0
        && time.sleeps().get(0).compareTo(Duration.ofSeconds(170)) > 0);
    assertTrue(events.toString(), events.stream().anyMatch(e -> e.level() == CommerceEvent.Level.WARN
        && e.message().contains("the service asked to wait 600 s (Retry-After)")));
  }

  @Test
  public void acquire_refusal_failsAtOnceWithoutRetry() {
    outcomes.add(EntraErrors.invalidSecret());

    try {
      acquirer(RetryPolicy.defaults()).acquire(DESCRIPTION, this::next);
      fail("expected AuthenticationFailedException");
    } catch (AuthenticationFailedException e) {
      assertEquals(1, calls);
      assertEquals(List.of(), time.sleeps());
    }
  }

  @Test
  public void acquire_interrupted_givesTransportExceptionAndKeepsTheInterrupt() {
    try {
      acquirer(RetryPolicy.defaults()).acquire(DESCRIPTION, () -> {
        throw new InterruptedException();
      });
      fail("expected TransportException");
    } catch (TransportException e) {
      assertEquals("Getting a token for " + DESCRIPTION + " was interrupted.", e.getMessage());
      assertTrue(Thread.currentThread().isInterrupted());
    }
  }
}
