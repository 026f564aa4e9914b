package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.github.mscommerce.core.AuthenticationFailedException;
import io.github.mscommerce.core.CommerceException;
import io.github.mscommerce.core.RetriesExhaustedException;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.http.RetryPolicy;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Fault;
import java.time.Duration;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

/** Token requests follow our retry policy, and only ours: MSAL's internal retry is off. */
public class TokenRetryIT {

  private static final String TOKEN_PATH = "/*/oauth2/v2.0/token";

  private CommerceEmulator emulator;
  private FakeTime time;

  @Before
  public void freshEmulator() {
    emulator = SharedEmulator.fresh();
    time = new FakeTime();
  }

  private ClientSecretCredential credential(RetryPolicy policy) {
    return new ClientSecretCredential(SharedEmulator.authority(), emulator.demo().clientId(),
        SecretValue.of(emulator.demo().clientSecret(), "the demo app's secret"),
        SharedEmulator.options().withRetryPolicy(policy).withTimeSource(time));
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
  public void token_connectionDroppedTwice_isRetriedByOurPolicy() {
    // The JDK's HttpURLConnection (MSAL's client) resends a POST once by itself when the connection drops before an
    // answer (sun.net.http.retryPost); only a second drop reaches MSAL, and then our policy.
    emulator.admin().injectFault(Fault.on("POST", TOKEN_PATH).thenDrop().thenDrop().thenPass());

    credential(RetryPolicy.defaults()).token(false);

    assertEquals(3, tokenRequests());
    assertEquals(1, time.sleeps().size());
  }
}
