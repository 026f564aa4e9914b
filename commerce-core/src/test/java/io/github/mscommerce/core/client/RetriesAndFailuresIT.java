package io.github.mscommerce.core.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.AuthenticationFailedException;
import io.github.mscommerce.core.NotFoundException;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.RetriesExhaustedException;
import io.github.mscommerce.core.ServiceException;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.TransportException;
import io.github.mscommerce.core.auth.StaticTokenCredential;
import io.github.mscommerce.core.TokenCredential;
import io.github.mscommerce.core.http.NetworkSettings;
import io.github.mscommerce.core.http.RetryPolicy;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.EmulatorTokenCredential;
import io.github.mscommerce.core.testing.RecordingTime;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Fault;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * What crosses the wire when the service throttles, fails, drops connections or refuses a token: asserted on the
 * emulator's journal, with a time source that records the waits instead of sleeping.
 */
public class RetriesAndFailuresIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final String LIST_PATH = "/v1.0/policies/AllowSelfServicePurchase/products";
  private static final String LIST_ROUTE = "/v1.0/policies/{policyId}/products";
  private static final String PUT_ROUTE = "/v1.0/policies/{policyId}/products/{productId}";

  private static CommerceEmulator emulator;

  private RecordingTime time;
  private EmulatorTokenCredential tokens;

  @Before
  public void reset() {
    emulator = SharedEmulator.fresh();
    time = new RecordingTime();
    tokens = new EmulatorTokenCredential(emulator.baseUrl(), emulator.demo().tenantId(), emulator.demo().clientId(),
        emulator.demo().clientSecret(), emulator.clientSslContext());
  }

  private CommerceClient client(int retries) {
    return client(retries, tokens, SharedEmulator.network());
  }

  private CommerceClient client(int retries, TokenCredential credential, NetworkSettings network) {
    return CommerceClient.builder().endpoint(emulator.baseUrl()).network(network)
        .retryPolicy(RetryPolicy.withRetries(retries)).timeSource(time).credential(credential).build();
  }

  private static List<Integer> statuses(String route) {
    return emulator.admin().journal().stream().filter(e -> e.route().equals(route)).map(e -> e.status())
        .collect(Collectors.toList());
  }

  @Test
  public void list_retries429HonouringRetryAfter() {
    emulator.admin().injectFault(Fault.on("GET", LIST_PATH).thenStatus(429, "7"));
    assertEquals(24, client(4).productPolicies().size());
    assertEquals(List.of(429, 200), statuses(LIST_ROUTE));
    assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
  }

  @Test
  public void list_retries429HonouringAnHttpDateRetryAfter() {
    String inOneMinute = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
        .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(61));
    emulator.admin().injectFault(Fault.on("GET", LIST_PATH).thenStatus(429, inOneMinute));
    client(4).productPolicies();
    Duration waited = time.sleeps().get(0);
    assertTrue("waited " + waited, waited.compareTo(Duration.ofSeconds(55)) > 0
        && waited.compareTo(Duration.ofSeconds(62)) < 0);
  }

  @Test
  public void list_retries503ThenSucceeds() {
    emulator.admin().injectFault(Fault.on("GET", LIST_PATH).thenStatus(503).thenStatus(502).thenStatus(504));
    assertEquals(24, client(4).productPolicies().size());
    assertEquals(List.of(503, 502, 504, 200), statuses(LIST_ROUTE));
    assertEquals(3, time.sleeps().size());
  }

  @Test
  public void list_attemptsAreCappedByTheRetryPolicy() {
    emulator.admin().injectFault(Fault.on("GET", LIST_PATH).thenStatus(503).thenStatus(503).thenStatus(503)
        .thenStatus(503));
    RetriesExhaustedException e = assertThrows(RetriesExhaustedException.class, () -> client(2).productPolicies());
    assertEquals(3, e.attempts());
    assertEquals(List.of(503, 503, 503), statuses(LIST_ROUTE));
    assertEquals(Suggestions.generic().retriesExhausted("Reading the product policies", 3, "HTTP 503"), e.reason());
    assertEquals(503, e.status().getAsInt());
  }

  @Test
  public void list_aRetryAfterBeyondTheTimeBudgetIsCappedToWhatIsLeftWithAWarning() {
    emulator.admin().injectFault(Fault.on("GET", LIST_PATH).thenStatus(429, "3600"));
    io.github.mscommerce.core.testing.RecordingEvents events = new io.github.mscommerce.core.testing.RecordingEvents();
    CommerceClient client = CommerceClient.builder().endpoint(emulator.baseUrl()).network(SharedEmulator.network())
        .retryPolicy(RetryPolicy.withRetries(4)).timeSource(time).credential(tokens).events(events).build();
    assertEquals(24, client.productPolicies().size());
    assertEquals(List.of(429, 200), statuses(LIST_ROUTE));
    Duration waited = time.sleeps().get(0);
    assertTrue("waited " + waited, waited.compareTo(Duration.ofMinutes(3)) <= 0
        && waited.compareTo(Duration.ofSeconds(170)) > 0);
    assertTrue(events.all().toString(), events.messages(io.github.mscommerce.core.CommerceEvent.Level.WARN).stream()
        .anyMatch(line -> line.startsWith("Reading the product policies: the service asked to wait 3600 s "
            + "(Retry-After) before trying again; waiting ")));
  }

  /** A PUT, because the JDK's HTTP client silently resends a GET once after a drop: this proves our own retry. */
  @Test
  public void put_retriesADroppedConnectionAfterABackoff() {
    emulator.admin().injectFault(Fault.on("PUT", "/v1.0/policies/*/products/CFQ7TTC0LH2H").thenDrop());
    assertEquals(PolicyValue.DISABLED,
        client(4).updateProductPolicy("CFQ7TTC0LH2H", PolicyValue.DISABLED).policyValue());
    assertEquals(List.of(0, 200), statuses(PUT_ROUTE));
    assertEquals(1, time.sleeps().size());
  }

  @Test
  public void put_droppedOnEveryAttemptIsReportedAsAnUnknownOutcome() {
    emulator.admin().injectFault(Fault.on("PUT", "/v1.0/policies/*/products/CFQ7TTC0LH2H").thenDrop().thenDrop());
    io.github.mscommerce.core.OutcomeUnknownException e = assertThrows(
        io.github.mscommerce.core.OutcomeUnknownException.class,
        () -> client(1).updateProductPolicy("CFQ7TTC0LH2H", PolicyValue.DISABLED));
    assertTrue(e.getMessage(), e.getMessage().contains("a lost response"));
    assertTrue(e.getMessage(), e.getMessage().contains("may or may not have applied it"));
    // Both attempts' correlation ids, for support.
    List<String> sent = emulator.admin().journal().stream().filter(j -> j.route().equals(PUT_ROUTE))
        .map(j -> j.correlationId()).collect(Collectors.toList());
    assertEquals(sent, e.facts().allCorrelationIds());
    assertEquals("Enabled", emulator.admin().productValue(emulator.demo().tenantId(), "CFQ7TTC0LH2H"));
  }

  @Test
  public void put_isNeverRetriedOnClientErrors() {
    for (int status : new int[] {400, 403, 404}) {
      emulator.admin().reset();
      emulator.admin().injectFault(Fault.on("PUT", "/v1.0/policies/*/products/CFQ7TTC0LH2H").thenStatus(status));
      CommerceClient client = client(4);
      assertThrows(RuntimeException.class, () -> client.updateProductPolicy("CFQ7TTC0LH2H", PolicyValue.DISABLED));
      assertEquals("status " + status, List.of(status), statuses(PUT_ROUTE));
    }
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  public void put_a404NamesTheClosestIdsAtTheCostOfOneListing() {
    emulator.admin().injectFault(Fault.on("PUT", "/v1.0/policies/*/products/*").thenStatus(404));
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> client(4).updateProductPolicy("CFQ7TTC0LH2H", PolicyValue.DISABLED));
    assertEquals("CFQ7TTC0LH2H", e.closestIds().get(0));
    assertEquals(1, emulator.admin().count("GET", LIST_ROUTE));
  }

  @Test
  public void list_anExpiredTokenIsRefreshedOnceAndTheCallSucceeds() {
    CommerceClient client = client(4);
    client.productPolicies();
    emulator.admin().expireIssuedTokens();
    assertEquals(24, client.productPolicies().size());
    assertEquals(List.of(200, 401, 200), statuses(LIST_ROUTE));
    assertEquals(2, tokens.fetches());
  }

  @Test
  public void list_aRefusedFreshTokenFailsAfterOneRefresh() {
    CommerceClient client = client(4);
    client.productPolicies();
    emulator.admin().injectFault(Fault.on("GET", LIST_PATH).thenStatus(401).thenStatus(401));
    AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class, client::productPolicies);
    assertEquals(List.of(200, 401, 401), statuses(LIST_ROUTE));
    assertTrue(e.getMessage(), e.getMessage().contains("A fresh token was refused too"));
  }

  @Test
  public void list_aCallerSuppliedTokenIsNotRefreshedButExplained() {
    String token = tokens.token(false).value().reveal();
    emulator.admin().expireIssuedTokens();
    CommerceClient client = client(4, new StaticTokenCredential(io.github.mscommerce.core.SecretValue.of(token, "test")),
        SharedEmulator.network());
    AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class, client::productPolicies);
    assertEquals(List.of(401), statuses(LIST_ROUTE));
    assertTrue(e.getMessage(), e.getMessage().contains("may have expired"));
    assertTrue("no token in the message", !e.getMessage().contains(token));
  }

  @Test
  public void list_aMalformedAnswerIsReportedWithItsCorrelationId() {
    emulator.admin().injectFault(Fault.on("GET", LIST_PATH).thenMalformed());
    ServiceException e = assertThrows(ServiceException.class, () -> client(4).productPolicies());
    assertTrue(e.getMessage(), e.getMessage().contains("cannot read"));
    assertEquals(emulator.admin().journal().get(emulator.admin().journal().size() - 1).correlationId(),
        e.correlationId().orElseThrow());
  }

  @Test
  public void list_anUntrustedCertificateFailsWithTheTlsHint() {
    CommerceClient client = client(4, tokens, NetworkSettings.defaults());
    TransportException e = assertThrows(TransportException.class, client::productPolicies);
    assertTrue(e.getMessage(), e.getMessage().contains("TLS handshake with 127.0.0.1 failed"));
    assertTrue(e.getMessage(), e.getMessage().contains("TLS 1.2"));
  }

  @Test
  public void list_aSlowAnswerTimesOutAndIsRetried_thenFailsNamingTheSettingsToRaise() throws InterruptedException {
    emulator.admin().injectFault(Fault.on("GET", LIST_PATH).withLatency(Duration.ofSeconds(2)));
    CommerceClient client = client(1, tokens,
        SharedEmulator.networkBuilder().requestTimeout(Duration.ofMillis(300)).build());
    RetriesExhaustedException e = assertThrows(RetriesExhaustedException.class, client::productPolicies);
    assertEquals(2, e.attempts());
    assertTrue(e.getMessage(), e.getMessage().contains("the last one got no answer within 0.3 s"));
    assertTrue(e.getMessage(), e.getMessage().contains("raise the timeout or the retry count"));
    assertEquals(1, time.sleeps().size());
    awaitAbandonedRequests(2);
  }

  /** The emulator still answers the requests we gave up on; let them land in this test's journal, not the next one's. */
  private static void awaitAbandonedRequests(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (statuses(LIST_ROUTE).size() < count && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertEquals("the abandoned requests were answered", count, statuses(LIST_ROUTE).size());
  }
}
