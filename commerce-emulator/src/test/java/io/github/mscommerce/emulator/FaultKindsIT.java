package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** The fault kinds beyond status, drop and malformed: what the client sees and what happens to the state. */
public class FaultKindsIT {

  private static final String PRODUCT_ID = "CFQ7TTC0LH2H";
  private static final String PRODUCT = EmulatorHttp.PRODUCTS + "/" + PRODUCT_ID;
  private static final String PRODUCT_GLOB = "/v1.0/policies/*/products/*";
  private static final String DISABLE = "{\"policyValue\":\"Disabled\"}";

  private static CommerceEmulator emulator;
  private static EmulatorHttp http;
  private static EmulatorAdmin admin;
  private String token;

  @BeforeClass
  public static void startEmulator() throws Exception {
    emulator = CommerceEmulator.start();
    http = new EmulatorHttp(emulator);
    admin = emulator.admin();
  }

  @AfterClass
  public static void stopEmulator() {
    emulator.close();
  }

  @Before
  public void reset() throws Exception {
    admin.reset();
    token = http.readWriteToken();
    admin.clearJournal();
  }

  @Test
  public void dropAfterApply_changesTheStateButSendsNoAnswer() throws Exception {
    admin.injectFault(Fault.on("PUT", PRODUCT_GLOB).thenDropAfterApply());

    assertThrows(IOException.class, () -> http.put(PRODUCT, token, DISABLE));

    assertEquals("Disabled", value());
    JournalEntry entry = admin.journal().get(0);
    assertEquals(0, entry.status());
  }

  @Test
  public void truncated_announcesTheWholeBodyButEndsAfterHalf_andTheChangeApplies() throws Exception {
    admin.injectFault(Fault.on("PUT", PRODUCT_GLOB).thenTruncated());

    IOException error = assertThrows(IOException.class, () -> http.put(PRODUCT, token, DISABLE));

    assertTrue(error.toString(), String.valueOf(error.getMessage()).contains("content-length"));
    assertEquals("Disabled", value());
    assertEquals(200, admin.journal().get(0).status());
  }

  @Test
  public void html_answersAProxyErrorPageWithoutRunningTheHandler() throws Exception {
    admin.injectFault(Fault.on("PUT", PRODUCT_GLOB).thenHtml(502));

    HttpResponse<String> response = http.put(PRODUCT, token, DISABLE);

    assertEquals(502, response.statusCode());
    assertEquals("text/html", response.headers().firstValue("Content-Type").orElse(null));
    assertTrue(response.body(), response.body().contains("<title>502 Bad Gateway</title>"));
    assertFalse("a proxy page carries none of the service's headers",
        response.headers().firstValue("x-ms-correlation-id").isPresent());
    assertEquals("Enabled", value());
  }

  @Test
  public void empty_answers200WithoutBody_andTheChangeApplies() throws Exception {
    admin.injectFault(Fault.on("PUT", PRODUCT_GLOB).thenEmpty());

    HttpResponse<String> response = http.put(PRODUCT, token, DISABLE);

    assertEquals(200, response.statusCode());
    assertEquals("", response.body());
    assertEquals("Disabled", value());
  }

  @Test
  public void wrongValue_reportsTheCurrentValueInsteadOfTheOneSent_andChangesNothing() throws Exception {
    admin.injectFault(Fault.on("PUT", PRODUCT_GLOB).thenWrongValue());

    HttpResponse<String> response = http.put(PRODUCT, token, DISABLE);

    assertEquals(200, response.statusCode());
    assertEquals("Enabled", EmulatorHttp.json(response).get("policyValue").getAsString());
    assertEquals(PRODUCT_ID, EmulatorHttp.json(response).get("productId").getAsString());
    assertEquals("Enabled", value());
  }

  @Test
  public void wrongValue_whenTheValueSentIsTheCurrentOne_reportsAnotherOne() throws Exception {
    admin.injectFault(Fault.on("PUT", PRODUCT_GLOB).thenWrongValue());

    HttpResponse<String> response = http.put(PRODUCT, token, "{\"policyValue\":\"Enabled\"}");

    assertEquals("Disabled", EmulatorHttp.json(response).get("policyValue").getAsString());
    assertEquals("Enabled", value());
  }

  @Test
  public void wrongValue_onARouteWithoutPolicyValue_servesNormally() throws Exception {
    admin.injectFault(Fault.on("GET", "/v1.0/policies").thenWrongValue());

    HttpResponse<String> response = http.get("/v1.0/policies", token);

    assertEquals(200, response.statusCode());
    assertTrue(response.body(), response.body().startsWith("{\"items\":["));
  }

  @Test
  public void redirect_answersTheStatusAndLocationWithoutRunningTheHandler() throws Exception {
    admin.injectFault(Fault.on("PUT", PRODUCT_GLOB).thenRedirect(307, "https://other.invalid/v1.0/elsewhere"));

    HttpResponse<String> response = http.put(PRODUCT, token, DISABLE); // java.net.http follows no redirect by default

    assertEquals(307, response.statusCode());
    assertEquals("https://other.invalid/v1.0/elsewhere", response.headers().firstValue("Location").orElse(null));
    assertEquals("", response.body());
    assertEquals("Enabled", value());
  }

  @Test
  public void slow_holdsOneAnswerPastTheClientTimeout_whileOtherRequestsAreServed() throws Exception {
    admin.injectFault(Fault.on("PUT", PRODUCT_GLOB).thenSlow(Duration.ofMinutes(30)));
    HttpClient client = HttpClient.newBuilder().sslContext(emulator.clientSslContext()).build();
    CompletableFuture<HttpResponse<String>> slow = client.sendAsync(HttpRequest.newBuilder(
            URI.create(emulator.baseUrl() + PRODUCT)).timeout(Duration.ofSeconds(2))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(DISABLE)).build(), HttpResponse.BodyHandlers.ofString());

    awaitJournaled("PUT"); // served and journaled at once: only its answer is held back

    HttpResponse<String> other = http.get(PRODUCT, token);

    assertEquals(200, other.statusCode());
    assertEquals("Disabled", EmulatorHttp.json(other).get("policyValue").getAsString());
    Throwable timeout = assertThrows(Exception.class, slow::join).getCause();
    assertTrue(String.valueOf(timeout), timeout instanceof HttpTimeoutException);
    assertEquals(List.of("PUT", "GET"), admin.journal().stream().map(JournalEntry::method).toList());
  }

  @Test
  public void times_repeatsAStep() throws Exception {
    admin.injectFault(Fault.on("GET", PRODUCT_GLOB).thenHtml(502).times(2));

    assertEquals(502, http.get(PRODUCT, token).statusCode());
    assertEquals(502, http.get(PRODUCT, token).statusCode());
    assertEquals(200, http.get(PRODUCT, token).statusCode());
  }

  @Test
  public void newKinds_honourTheTenantFilter() throws Exception {
    admin.injectFault(Fault.on("PUT", PRODUCT_GLOB).forTenant("00000000-0000-0000-0000-000000000000").thenHtml(502));
    assertEquals(200, http.put(PRODUCT, token, DISABLE).statusCode());

    admin.injectFault(Fault.on("PUT", PRODUCT_GLOB).forTenant(emulator.demo().tenantId()).thenHtml(502));
    assertEquals(502, http.put(PRODUCT, token, DISABLE).statusCode());
  }

  private static void awaitJournaled(String method) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (admin.journal().stream().noneMatch(entry -> entry.method().equals(method))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no " + method + " reached the emulator");
      }
      Thread.sleep(10);
    }
  }

  private static String value() {
    return admin.productValue(emulator.demo().tenantId(), PRODUCT_ID);
  }
}
