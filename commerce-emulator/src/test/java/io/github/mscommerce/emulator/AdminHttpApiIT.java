package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** The HTTP admin API under /_emulator: the same operations as EmulatorAdmin, for processes that did not start it. */
public class AdminHttpApiIT {

  private static final String OTHER_TENANT = "11111111-2222-3333-4444-555555555555";
  private static final String OTHER_APP = "99999999-8888-4777-8666-555555555555";

  private static CommerceEmulator emulator;
  private static EmulatorHttp http;
  private static Demo demo;

  @BeforeClass
  public static void startEmulator() throws Exception {
    emulator = CommerceEmulator.start();
    http = new EmulatorHttp(emulator);
    demo = emulator.demo();
  }

  @AfterClass
  public static void stopEmulator() {
    emulator.close();
  }

  @Before
  public void reset() throws Exception {
    assertEquals(200, http.send("POST", "/_emulator/reset", null, "").statusCode());
  }

  @Test
  public void demo_returnsTheCredentialsIncludingSecrets() throws Exception {
    JsonObject body = EmulatorHttp.json(http.get("/_emulator/demo", null));

    assertEquals(demo.tenantId(), body.get("tenantId").getAsString());
    assertEquals(demo.clientSecret(), body.get("clientSecret").getAsString());
    assertEquals(demo.identityHeader(), body.get("identityHeader").getAsString());
    assertEquals(18, body.size());
  }

  @Test
  public void reset_restoresValuesAndKeepsTheDemoSecrets() throws Exception {
    emulator.admin().setProductValue(demo.tenantId(), "CFQ7TTC0LH2H", "Disabled");

    http.send("POST", "/_emulator/reset", null, "");

    assertEquals("Enabled", emulator.admin().productValue(demo.tenantId(), "CFQ7TTC0LH2H"));
    assertEquals(200, http.get(EmulatorHttp.PRODUCTS, http.readWriteToken()).statusCode());
  }

  @Test
  public void productValue_getAndPut() throws Exception {
    String path = "/_emulator/tenants/" + demo.tenantId() + "/products/CFQ7TTC0MM8R";

    HttpResponse<String> put = http.put(path, null, "{\"policyValue\":\"OnlyTrialsWithoutPaymentMethod\"}");
    HttpResponse<String> get = http.get(path, null);

    assertEquals(200, put.statusCode());
    assertEquals("OnlyTrialsWithoutPaymentMethod", EmulatorHttp.json(get).get("policyValue").getAsString());
  }

  @Test
  public void offerTypeValue_badValue_is400WithError() throws Exception {
    HttpResponse<String> response = http.put("/_emulator/tenants/" + demo.tenantId() + "/offerTypes/SaaS", null,
        "{\"policyValue\":\"OnlyTrialsWithoutPaymentMethod\"}");

    assertEquals(400, response.statusCode());
    assertTrue(EmulatorHttp.json(response).get("error").getAsString().contains("Enabled or Disabled"));
  }

  @Test
  public void unknownTenant_is404WithError() throws Exception {
    HttpResponse<String> response = http.get("/_emulator/tenants/" + OTHER_TENANT + "/products/CFQ7TTC0MM8R", null);

    assertEquals(404, response.statusCode());
    assertTrue(EmulatorHttp.json(response).get("error").getAsString().contains(OTHER_TENANT));
  }

  @Test
  public void unknownAdminRoute_is404() throws Exception {
    assertEquals(404, http.get("/_emulator/nothing-here", null).statusCode());
  }

  @Test
  public void releaseProduct_appearsInTheCatalogueAndTheStateDump() throws Exception {
    HttpResponse<String> response = http.send("POST", "/_emulator/products", null,
        "{\"productId\":\"CFQ7TTC0ZZZ1\",\"productName\":\"Contoso Insights\"}");

    assertEquals(200, response.statusCode());
    assertEquals("Enabled", emulator.admin().productValue(demo.tenantId(), "CFQ7TTC0ZZZ1"));
    assertTrue(http.get("/_emulator/state", null).body().contains("Contoso Insights"));
    assertEquals(400, http.send("POST", "/_emulator/products", null,
        "{\"productId\":\"CFQ7TTC0ZZZ1\",\"productName\":\"Again\"}").statusCode());
  }

  @Test
  public void stateDump_omitsSecretsAndLoadsBack() throws Exception {
    String dump = http.get("/_emulator/state", null).body();

    assertFalse(dump.contains(demo.clientSecret()));
    assertFalse(dump.contains(demo.userPassword()));
    assertEquals(200, http.put("/_emulator/state", null, dump).statusCode());
    assertEquals(dump, http.get("/_emulator/state", null).body());
  }

  @Test
  public void putState_withUnknownKey_is400NamingTheKey() throws Exception {
    HttpResponse<String> response = http.put("/_emulator/state", null,
        "{\"tenants\":[{\"tenantId\":\"" + OTHER_TENANT + "\",\"domain\":\"x.onmicrosoft.com\",\"secret\":1}]}");

    assertEquals(400, response.statusCode());
    String error = EmulatorHttp.json(response).get("error").getAsString();
    assertTrue(error, error.contains("tenants[0].secret") && error.contains("unknown key"));
  }

  @Test
  public void registerAppAndUser_canThenSignIn() throws Exception {
    assertEquals(200, http.send("POST", "/_emulator/apps?tenant=" + demo.tenantId(), null, "{\"clientId\":\""
        + OTHER_APP + "\",\"clientSecret\":\"s3cret-value\",\"roles\":[\"Policy.Read.AllowSelfServicePurchase\"]}")
        .statusCode());
    assertEquals(200, http.send("POST", "/_emulator/users?tenant=" + demo.tenantId(), null,
        "{\"username\":\"new.admin@" + demo.domain() + "\",\"password\":\"pw-1\",\"roles\":[\""
            + UserAccount.GLOBAL_ADMINISTRATOR + "\"]}").statusCode());

    assertEquals(200, http.get(EmulatorHttp.PRODUCTS, http.appToken(OTHER_APP, "s3cret-value")).statusCode());
    assertEquals(200, http.postForm("/" + demo.tenantId() + "/oauth2/v2.0/token", EmulatorHttp.form("grant_type",
        "password", "client_id", demo.publicClientId(), "username", "new.admin@" + demo.domain(), "password", "pw-1",
        "scope", EmulatorHttp.POLICY_SCOPE)).statusCode());
  }

  @Test
  public void registerApp_withoutTenantQuery_is400() throws Exception {
    assertEquals(400, http.send("POST", "/_emulator/apps", null, "{\"clientId\":\"" + OTHER_APP + "\"}")
        .statusCode());
  }

  @Test
  public void faults_installListAndClear() throws Exception {
    assertEquals(200, http.send("POST", "/_emulator/faults", null, "{\"method\":\"GET\",\"path\":"
        + "\"/v1.0/policies/*/products\",\"tenantId\":null,\"steps\":[{\"status\":429,\"retryAfter\":\"1\"},"
        + "{\"status\":503},{\"drop\":true},{\"malformed\":true},{\"pass\":true}],\"latencyMs\":10}").statusCode());

    String listed = http.get("/_emulator/faults", null).body();
    HttpResponse<String> faulted = http.get(EmulatorHttp.PRODUCTS, http.readWriteToken());
    http.send("DELETE", "/_emulator/faults", null, null);

    assertTrue(listed, listed.contains("429 Retry-After 1"));
    assertEquals(429, faulted.statusCode());
    assertEquals(200, http.get(EmulatorHttp.PRODUCTS, http.readWriteToken()).statusCode());
  }

  @Test
  public void faults_newStepKindsAndTimes_areReadFromJson() throws Exception {
    assertEquals(200, http.send("POST", "/_emulator/faults", null, "{\"method\":\"GET\",\"path\":\"/v1.0/**\","
        + "\"steps\":[{\"html\":502,\"times\":2},{\"redirect\":307,\"location\":\"https://other.invalid/\"},"
        + "{\"slowMs\":1500},{\"dropAfterApply\":true},{\"truncated\":true},{\"empty\":true},"
        + "{\"wrongValue\":true}]}").statusCode());

    String listed = http.get("/_emulator/faults", null).body();

    assertTrue(listed, listed.contains("[\"HTML 502\",\"HTML 502\",\"REDIRECT 307 https://other.invalid/\","
        + "\"SLOW 1500ms\",\"DROP_AFTER_APPLY\",\"TRUNCATED\",\"EMPTY\",\"WRONG_VALUE\"]"));
  }

  @Test
  public void faults_redirectWithoutLocation_is400NamingTheFix() throws Exception {
    HttpResponse<String> response = http.send("POST", "/_emulator/faults", null,
        "{\"path\":\"/v1.0/**\",\"steps\":[{\"redirect\":307}]}");

    assertEquals(400, response.statusCode());
    assertTrue(response.body(), EmulatorHttp.json(response).get("error").getAsString().contains("location"));
  }

  @Test
  public void faults_stepWithTwoKinds_is400() throws Exception {
    assertEquals(400, http.send("POST", "/_emulator/faults", null,
        "{\"path\":\"/v1.0/**\",\"steps\":[{\"status\":503,\"drop\":true}]}").statusCode());
  }

  @Test
  public void tokenLifetimeAndExpire_applyToTokens() throws Exception {
    assertEquals(200, http.put("/_emulator/token-lifetime", null, "{\"expiresIn\":120}").statusCode());
    JsonObject issued = EmulatorHttp.json(http.postForm("/" + demo.tenantId() + "/oauth2/v2.0/token",
        EmulatorHttp.form("grant_type", "client_credentials", "client_id", demo.clientId(), "client_secret",
            demo.clientSecret(), "scope", EmulatorHttp.POLICY_SCOPE)));
    String token = issued.get("access_token").getAsString();

    http.send("POST", "/_emulator/tokens/expire", null, "");

    assertEquals(120, issued.get("expires_in").getAsInt());
    assertEquals(401, http.get(EmulatorHttp.PRODUCTS, token).statusCode());
  }

  @Test
  public void deviceCodes_listApproveAndAutoApprove() throws Exception {
    String devicePath = "/" + demo.tenantId() + "/oauth2/v2.0/devicecode";
    JsonObject started = EmulatorHttp.json(http.postForm(devicePath, EmulatorHttp.form("client_id",
        demo.publicClientId(), "scope", EmulatorHttp.POLICY_SCOPE)));
    String userCode = started.get("user_code").getAsString();

    String pending = http.get("/_emulator/device-codes", null).body();
    HttpResponse<String> approve = http.send("POST", "/_emulator/device-codes/approve", null,
        "{\"userCode\":\"" + userCode + "\",\"username\":\"" + demo.adminUser() + "\"}");
    HttpResponse<String> autoApprove = http.send("POST", "/_emulator/device-codes/auto-approve", null,
        "{\"afterPolls\":0,\"username\":\"" + demo.adminUser() + "\"}");
    HttpResponse<String> unknownCode = http.send("POST", "/_emulator/device-codes/approve", null,
        "{\"userCode\":\"NOPE\",\"username\":\"" + demo.adminUser() + "\"}");

    assertTrue(pending, pending.contains(userCode));
    assertEquals(200, approve.statusCode());
    assertEquals(200, autoApprove.statusCode());
    assertEquals(404, unknownCode.statusCode());
    assertEquals(200, http.postForm("/" + demo.tenantId() + "/oauth2/v2.0/token", EmulatorHttp.form("grant_type",
        "device_code", "client_id", demo.publicClientId(), "device_code", started.get("device_code").getAsString()))
        .statusCode());
  }

  @Test
  public void federatedToken_isMintedForTheEmulatorsIssuer() throws Exception {
    HttpResponse<String> response = http.send("POST", "/_emulator/federated-tokens", null,
        "{\"subject\":\"" + demo.federatedSubject() + "\",\"audience\":\"api://AzureADTokenExchange\","
            + "\"expiresIn\":600}");

    JsonObject claims = TokenEndpointIT.claims(EmulatorHttp.json(response).get("token").getAsString());
    assertEquals(demo.federationIssuer(), claims.get("iss").getAsString());
    assertEquals(demo.federatedSubject(), claims.get("sub").getAsString());
  }

  @Test
  public void journal_getAndDelete() throws Exception {
    http.get("/v1.0/policies", null);

    JsonObject journal = EmulatorHttp.json(http.get("/_emulator/journal", null));
    http.send("DELETE", "/_emulator/journal", null, null);

    assertEquals(1, journal.getAsJsonArray("entries").size());
    assertEquals(1, journal.getAsJsonObject("counts").get("GET /v1.0/policies").getAsInt());
    assertTrue(emulator.admin().journal().isEmpty());
  }

  @Test
  public void wrongMethod_is405WithAllow() throws Exception {
    HttpResponse<String> response = http.get("/_emulator/reset", null);

    assertEquals(405, response.statusCode());
    assertEquals("POST", response.headers().firstValue("Allow").orElse(null));
  }
}
