package io.github.mscommerce.emulator;

import static io.github.mscommerce.emulator.PolicyApiIT.assertError;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** Each fault step kind, latency, matching rules, and what the journal records. */
public class FaultsAndJournalIT {

  private static final String PRODUCTS_ROUTE = "/v1.0/policies/{policyId}/products";
  private static final String PRODUCT = "/v1.0/policies/AllowSelfServicePurchase/products/CFQ7TTC0LH2H";

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
  public void statusSteps_areServedInOrderThenTheRouteWorksAgain() throws Exception {
    admin.injectFault(Fault.on("GET", "/v1.0/policies/*/products").thenStatus(429, "1").thenStatus(503));

    HttpResponse<String> first = http.get(EmulatorHttp.PRODUCTS, token);
    HttpResponse<String> second = http.get(EmulatorHttp.PRODUCTS, token);
    HttpResponse<String> third = http.get(EmulatorHttp.PRODUCTS, token);

    assertError(first, 429, "TooManyRequests");
    assertEquals("1", first.headers().firstValue("Retry-After").orElse(null));
    assertError(second, 503, "ServiceUnavailable");
    assertFalse(second.headers().firstValue("Retry-After").isPresent());
    assertEquals(200, third.statusCode());
    assertEquals(List.of(429, 503, 200), admin.journal().stream().map(JournalEntry::status).toList());
  }

  @Test
  public void retryAfter_httpDate_isSentVerbatim() throws Exception {
    String date = "Wed, 21 Oct 2015 07:28:00 GMT";
    admin.injectFault(Fault.on(null, "/v1.0/**").thenStatus(503, date));

    assertEquals(date, http.get(EmulatorHttp.PRODUCTS, token).headers().firstValue("Retry-After").orElse(null));
  }

  @Test
  public void dropStep_closesTheConnectionWithoutResponseAndJournalsStatusZero() throws Exception {
    admin.injectFault(Fault.on("PUT", "/v1.0/policies/*/products/*").thenDrop());

    // A PUT: java.net.http silently retries a GET once when the connection closes before any response byte.
    assertThrows(IOException.class, () -> http.put(PRODUCT, token, "{\"policyValue\":\"Disabled\"}"));

    JournalEntry entry = admin.journal().get(0);
    assertEquals(0, entry.status());
    assertEquals("/v1.0/policies/{policyId}/products/{productId}", entry.route());
    assertEquals("Enabled", admin.productValue(emulator.demo().tenantId(), "CFQ7TTC0LH2H"));
    assertEquals(200, http.put(PRODUCT, token, "{\"policyValue\":\"Disabled\"}").statusCode());
  }

  @Test
  public void malformedStep_appliesTheChangeButAnswers200WithBrokenJson() throws Exception {
    admin.injectFault(Fault.on("PUT", "/v1.0/policies/*/products/*").thenMalformed());

    HttpResponse<String> response = http.put(PRODUCT, token, "{\"policyValue\":\"Disabled\"}");

    assertEquals(200, response.statusCode());
    try {
      JsonParser.parseString(response.body()).getAsJsonObject().get("policyValue").getAsString();
      fail("expected unparseable JSON, got " + response.body());
    } catch (RuntimeException expected) {
      // the body is cut short
    }
    assertEquals("Disabled", admin.productValue(emulator.demo().tenantId(), "CFQ7TTC0LH2H"));
  }

  @Test
  public void passStep_letsTheFirstRequestThroughAndFaultsTheSecond() throws Exception {
    admin.injectFault(Fault.on("GET", "/v1.0/policies/*/products").thenPass().thenStatus(500));

    assertEquals(200, http.get(EmulatorHttp.PRODUCTS, token).statusCode());
    assertError(http.get(EmulatorHttp.PRODUCTS, token), 500, "InternalServerError");
    assertEquals(200, http.get(EmulatorHttp.PRODUCTS, token).statusCode());
  }

  @Test
  public void latency_delaysEveryMatchingRequestUntilCleared() throws Exception {
    admin.injectFault(Fault.on("GET", "/v1.0/policies").withLatency(Duration.ofMillis(400)));

    // Lower bounds only: the server holds each request at least this long, however loaded the machine is.
    long slow1 = timeGet("/v1.0/policies");
    long slow2 = timeGet("/v1.0/policies");
    admin.clearFaults();
    timeGet("/v1.0/policies");

    assertTrue("first took " + slow1 + " ms", slow1 >= 400);
    assertTrue("second took " + slow2 + " ms", slow2 >= 400);
    assertEquals(Arrays.asList("latency", "latency", null), admin.journal().stream().map(JournalEntry::fault)
        .toList());
  }

  @Test
  public void methodFilter_leavesOtherMethodsAlone() throws Exception {
    admin.injectFault(Fault.on("PUT", "/v1.0/**").thenStatus(503));

    assertEquals(200, http.get(PRODUCT, token).statusCode());
    assertEquals(503, http.put(PRODUCT, token, "{\"policyValue\":\"Disabled\"}").statusCode());
  }

  @Test
  public void tenantFilter_matchesOnlyThatTenantsRequests() throws Exception {
    admin.injectFault(Fault.on(null, "/v1.0/**").forTenant("00000000-0000-0000-0000-000000000000").thenStatus(503));
    assertEquals(200, http.get(PRODUCT, token).statusCode());

    admin.injectFault(Fault.on(null, "/v1.0/**").forTenant(emulator.demo().tenantId()).thenStatus(503));
    assertEquals(503, http.get(PRODUCT, token).statusCode());
  }

  @Test
  public void faultOnTokenEndpoint_answersInTheOAuthErrorShape() throws Exception {
    admin.injectFault(Fault.on("POST", "/*/oauth2/v2.0/token").thenStatus(503, "2"));

    HttpResponse<String> response = http.postForm("/" + emulator.demo().tenantId() + "/oauth2/v2.0/token",
        EmulatorHttp.form("grant_type", "client_credentials"));

    assertEquals(503, response.statusCode());
    assertEquals("temporarily_unavailable", EmulatorHttp.json(response).get("error").getAsString());
    assertEquals("2", response.headers().firstValue("Retry-After").orElse(null));
  }

  @Test
  public void adminRoutes_areNeitherFaultedNorJournaled() throws Exception {
    admin.injectFault(Fault.on(null, "/**").thenStatus(503).thenStatus(503));

    HttpResponse<String> adminCall = http.get("/_emulator/journal", null);

    assertEquals(200, adminCall.statusCode());
    assertTrue(admin.journal().isEmpty());
  }

  @Test
  public void clearFaults_removesPendingSteps() throws Exception {
    admin.injectFault(Fault.on(null, "/**").thenStatus(503));

    admin.clearFaults();

    assertEquals(200, http.get(EmulatorHttp.PRODUCTS, token).statusCode());
  }

  @Test
  public void journal_recordsPolicyRequestWithTenantClientAndCorrelationId() throws Exception {
    http.send("GET", EmulatorHttp.PRODUCTS, token, null, "x-ms-correlation-id", "corr-42");

    JournalEntry entry = admin.journal().get(0);
    assertEquals("GET", entry.method());
    assertEquals(EmulatorHttp.PRODUCTS, entry.path());
    assertEquals(PRODUCTS_ROUTE, entry.route());
    assertEquals(200, entry.status());
    assertEquals(emulator.demo().tenantId(), entry.tenantId());
    assertEquals(emulator.demo().clientId(), entry.clientId());
    assertEquals("corr-42", entry.correlationId());
    assertNull(entry.grantType());
    assertEquals(emulator.demo().tenantId(), entry.tokenTenantId());
    assertNull(entry.pathTenant());
    assertNull(entry.fault());
  }

  @Test
  public void journal_recordsTheTokensTidEvenWhenThePolicyApiRefusesTheToken() throws Exception {
    admin.expireIssuedTokens();

    assertEquals(401, http.get(EmulatorHttp.PRODUCTS, token).statusCode());

    assertEquals(emulator.demo().tenantId(), admin.journal().get(0).tokenTenantId());
  }

  @Test
  public void journal_recordsThePathTenantOfATokenRequestAsSent() throws Exception {
    http.token(emulator.demo().domain(), EmulatorHttp.form("grant_type", "client_credentials", "client_id",
        emulator.demo().clientId(), "client_secret", emulator.demo().clientSecret(), "scope",
        EmulatorHttp.POLICY_SCOPE));

    JournalEntry entry = admin.journal().get(0);
    assertEquals(emulator.demo().domain(), entry.pathTenant());
    assertEquals(emulator.demo().tenantId(), entry.tenantId());
    assertNull(entry.tokenTenantId());
  }

  @Test
  public void journal_namesTheFaultThatFiredAndCountsThemPerKind() throws Exception {
    admin.injectFault(Fault.on("GET", "/v1.0/policies/*/products").thenStatus(503).times(2).thenPass());
    admin.injectFault(Fault.on("GET", "/v1.0/policies").withLatency(Duration.ofMillis(1)));

    http.get(EmulatorHttp.PRODUCTS, token);
    http.get(EmulatorHttp.PRODUCTS, token);
    http.get(EmulatorHttp.PRODUCTS, token);
    http.get("/v1.0/policies", token);

    assertEquals(Arrays.asList("status-503", "status-503", null, "latency"),
        admin.journal().stream().map(JournalEntry::fault).toList());
    assertEquals(Map.of("status-503", 2, "latency", 1), admin.faultCounts());
    String counts = http.get("/_emulator/faults/counts", null).body();
    assertEquals("{\"faultCounts\":{\"latency\":1,\"status-503\":2}}", counts);
    admin.clearJournal();
    assertTrue(admin.faultCounts().isEmpty());
  }

  @Test
  public void journal_recordsTokenRequestGrantAndClientButNoSecret() throws Exception {
    http.readWriteToken();

    JournalEntry entry = admin.journal().get(0);
    assertEquals("/{tenant}/oauth2/v2.0/token", entry.route());
    assertEquals("client_credentials", entry.grantType());
    assertEquals(emulator.demo().clientId(), entry.clientId());
    assertEquals(emulator.demo().tenantId(), entry.tenantId());
    assertNull(entry.correlationId());
    String journalJson = http.get("/_emulator/journal", null).body();
    assertFalse(journalJson.contains(emulator.demo().clientSecret()));
  }

  @Test
  public void journalCounts_groupByMethodAndRouteTemplateAcrossPrefixes() throws Exception {
    http.get(EmulatorHttp.PRODUCTS, token);
    http.get("/v1.0/policies/allowselfservicepurchase/products", token);
    http.get("/v1/policies/AllowSelfServicePurchase/products", token);
    http.get("/nowhere/at/all", token);

    assertEquals(2, admin.count("GET", PRODUCTS_ROUTE));
    assertEquals(1, admin.count("GET", "/v1/policies/{policyId}/products"));
    assertEquals(1, admin.count("GET", "/nowhere/at/all"));
    assertEquals(Integer.valueOf(2), admin.journalCounts().get("GET " + PRODUCTS_ROUTE));
    assertEquals(0, admin.count("PUT", PRODUCTS_ROUTE));
  }

  @Test
  public void clearJournal_emptiesEntriesAndCounts() throws Exception {
    http.get(EmulatorHttp.PRODUCTS, token);

    admin.clearJournal();

    assertTrue(admin.journal().isEmpty());
    assertTrue(admin.journalCounts().isEmpty());
  }

  @Test
  public void parallelPuts_areAllServedAndJournaled() throws Exception {
    List<String> ids = List.of("CFQ7TTC0LH2H", "CFQ7TTC0LH3L", "CFQ7TTC0LSGZ", "CFQ7TTC0H6RP", "CFQ7TTC0H9MP",
        "CFQ7TTC0HDB1", "CFQ7TTC0HDB0", "CFQ7TTC0HD33", "CFQ7TTC0HD32", "CFQ7TTC0HHS9", "CFQ7TTC0J203",
        "CFQ7TTC0HX99", "CFQ7TTC0J1FV", "CFQ7TTC0JN4R", "CFQ7TTC0RM8K", "CFQ7TTC0PW0V");
    admin.injectFault(Fault.on("PUT", "/**").withLatency(Duration.ofMillis(300)));

    List<Integer> statuses = ids.parallelStream().map(id -> {
      try {
        return http.put("/v1.0/policies/AllowSelfServicePurchase/products/" + id, token,
            "{\"policyValue\":\"Disabled\"}").statusCode();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();

    // That latency holds no worker, so held requests do not wait for each other, DelayedRequestsIT shows without a
    // clock; wall time here would depend on the machine's load.
    assertTrue(statuses.stream().allMatch(status -> status == 200));
    assertEquals(ids.size(), admin.count("PUT", "/v1.0/policies/{policyId}/products/{productId}"));
    ids.forEach(id -> assertEquals("Disabled", admin.productValue(emulator.demo().tenantId(), id)));
  }

  private long timeGet(String path) throws Exception {
    long start = System.nanoTime();
    assertEquals(200, http.get(path, token).statusCode());
    return (System.nanoTime() - start) / 1_000_000;
  }
}
