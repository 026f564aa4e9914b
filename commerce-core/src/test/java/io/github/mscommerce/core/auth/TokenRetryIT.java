package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.github.mscommerce.core.AuthenticationFailedException;
import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.CommerceException;
import io.github.mscommerce.core.RetriesExhaustedException;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.http.RetryPolicy;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Fault;
import java.time.Duration;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** Token requests follow our retry policy, and only ours: MSAL's internal retry is off. */
public class TokenRetryIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final String TOKEN_PATH = "/*/oauth2/v2.0/token";

  private CommerceEmulator emulator;
  private FakeTime time;

  @Before
  public void freshEmulator() {
    emulator = SharedEmulator.fresh();
    time = new FakeTime();
  }

  private ClientSecretCredential credential(RetryPolicy policy) {
    return credential(policy, event -> {});
  }

  private ClientSecretCredential credential(RetryPolicy policy, java.util.function.Consumer<CommerceEvent> events) {
    return new ClientSecretCredential(SharedEmulator.authority(), emulator.demo().clientId(),
        SecretValue.of(emulator.demo().clientSecret(), "the demo app's secret"),
        SharedEmulator.options().withRetryPolicy(policy).withTimeSource(time).withEvents(events));
  }

  private int tokenRequests() {
    return emulator.admin().count("POST", ClientSecretCredentialIT.TOKEN_ROUTE);
  }

  @Test
  public void token_503ThenPass_isRetriedOnceByOurPolicy() {
    emulator.admin().injectFault(Fault.on("POST", TOKEN_PATH).thenStatus(503).thenPass());

    credential(RetryPolicy.defaults()).token(false);

    assertEquals(2, tokenRequests());
    assertEquals(1, time.sleeps().size());
  }

  @Test
  public void token_429WithRetryAfter_waitsAsTheServiceAsks() {
    emulator.admin().injectFault(Fault.on("POST", TOKEN_PATH).thenStatus(429, "3").thenPass());

    credential(RetryPolicy.defaults()).token(false);

    assertEquals(2, tokenRequests());
    assertEquals(List.of(Duration.ofSeconds(3)), time.sleeps());
  }

  @Test
  public void token_503WithOurRetriesOff_failsAfterOneRequestSoMsalDoesNotRetry() {
    emulator.admin().injectFault(Fault.on("POST", TOKEN_PATH).thenStatus(503).thenPass());

    try {
      credential(RetryPolicy.withRetries(0)).token(false);
      fail("expected RetriesExhaustedException");
    } catch (RetriesExhaustedException e) {
      assertEquals(1, e.attempts());
      assertEquals(503, e.status().getAsInt());
    }
    assertEquals("MSAL's own retry would have sent a second request", 1, tokenRequests());
  }

  @Test
  public void token_400_isNotRetried() {
    emulator.admin().injectFault(Fault.on("POST", TOKEN_PATH).thenStatus(400).thenPass());

    try {
      credential(RetryPolicy.defaults()).token(false);
      fail("expected a failure");
    } catch (CommerceException e) {
      assertEquals(e.getMessage(), AuthenticationFailedException.class, e.getClass());
    }
    assertEquals(1, tokenRequests());
    assertTrue(time.sleeps().isEmpty());
  }

  @Test
  public void token_alwaysBusy_givesUpAfterTheAllowedAttempts() {
    emulator.admin().injectFault(Fault.on("POST", TOKEN_PATH).thenStatus(503).thenStatus(503).thenStatus(503));

    try {
      credential(RetryPolicy.withRetries(2)).token(false);
      fail("expected RetriesExhaustedException");
    } catch (RetriesExhaustedException e) {
      assertEquals(3, e.attempts());
      assertTrue(e.getMessage(), e.getMessage().contains("failed after 3 attempts; the last one got HTTP 503"));
    }
    assertEquals(3, tokenRequests());
  }

  @Test
  public void token_connectionDroppedTwice_isRetriedByOurPolicyWithALineEachTime() {
    emulator.admin().injectFault(Fault.on("POST", TOKEN_PATH).thenDrop().thenDrop().thenPass());
    List<CommerceEvent> events = new java.util.ArrayList<>();

    credential(RetryPolicy.defaults(), events::add).token(false);

    assertEquals(3, tokenRequests());
    assertEquals("every retry is ours, after a backoff", 2, time.sleeps().size());
    assertEquals(2, events.stream().filter(e -> e.level() == CommerceEvent.Level.LIFECYCLE
        && e.message().contains("got a lost response") && e.message().contains("; retrying in ")).count());
  }

  /**
   * MSAL's HttpURLConnection resent a POST by itself when the connection dropped before the answer
   * ({@code sun.net.http.retryPost}): with our retries off, a token request still went twice, unseen. Through our own
   * client it goes once, and the failure says what happened.
   */
  @Test
  public void token_droppedWithOurRetriesOff_isSentExactlyOnce() {
    emulator.admin().injectFault(Fault.on("POST", TOKEN_PATH).thenDrop().thenPass());

    RetriesExhaustedException e = assertThrows(RetriesExhaustedException.class,
        () -> credential(RetryPolicy.withRetries(0)).token(false));

    assertEquals(1, tokenRequests());
    assertEquals(1, e.attempts());
    assertTrue(e.getMessage(), e.getMessage().contains("the last one got a lost response"));
    assertFalse(e.getMessage(), e.getMessage().matches("(?s).*[A-Z][A-Za-z]*Exception.*"));
  }
}
