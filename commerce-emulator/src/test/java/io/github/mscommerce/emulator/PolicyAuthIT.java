package io.github.mscommerce.emulator;

import static io.github.mscommerce.emulator.PolicyApiIT.assertError;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** Authentication (401) and role enforcement (403) of the policy API. */
public class PolicyAuthIT {

  private static final String PRODUCT = "/v1.0/policies/AllowSelfServicePurchase/products/CFQ7TTC0LH2H";
  private static final String DISABLE = "{\"policyValue\":\"Disabled\"}";

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
  public void reset() {
    emulator.admin().reset();
  }

  @Test
  public void request_withoutToken_is401WithBearerChallenge() throws Exception {
    HttpResponse<String> response = http.get(EmulatorHttp.PRODUCTS, null);

    assertUnauthorized(response, "no Authorization header");
  }

  @Test
  public void request_withMalformedToken_is401() throws Exception {
    assertUnauthorized(http.get(EmulatorHttp.PRODUCTS, "not-a-jwt"), "malformed");
  }

  @Test
  public void request_withUnsignedToken_is401() throws Exception {
    String claims = http.readWriteToken().split("\\.")[1];
    String unsigned = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + claims + ".";

    assertUnauthorized(http.get(EmulatorHttp.PRODUCTS, unsigned), "not signed");
  }

  @Test
  public void request_withTokenSignedByAnotherKey_is401() throws Exception {
    String[] parts = http.readWriteToken().split("\\.");
    Signature signer = Signature.getInstance("SHA256withRSA");
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    signer.initSign(generator.generateKeyPair().getPrivate());
    signer.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    String forged = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(signer.sign());

    assertUnauthorized(http.get(EmulatorHttp.PRODUCTS, forged), "signature is invalid");
  }

  @Test
  public void request_withTokenPastItsExp_is401Expired() throws Exception {
    // Long enough that the first call is in time on a loaded machine; then wait for the token's own exp claim.
    emulator.admin().setTokenLifetime(Duration.ofSeconds(4));
    String token = http.readWriteToken();
    assertEquals(200, http.get(EmulatorHttp.PRODUCTS, token).statusCode());

    long exp = JsonParser.parseString(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
        StandardCharsets.UTF_8)).getAsJsonObject().get("exp").getAsLong();
    long millisPastExp = exp * 1000 + 1100 - System.currentTimeMillis(); // exp is checked without skew
    Thread.sleep(Math.max(0, millisPastExp));

    assertUnauthorized(http.get(EmulatorHttp.PRODUCTS, token), "expired");
  }

  @Test
  public void request_afterExpireIssuedTokens_is401ButNewTokensWork() throws Exception {
    String old = http.readWriteToken();

    emulator.admin().expireIssuedTokens();

    assertUnauthorized(http.get(EmulatorHttp.PRODUCTS, old), "expired");
    assertEquals(200, http.get(EmulatorHttp.PRODUCTS, http.readWriteToken()).statusCode());
  }

  @Test
  public void request_withTokenIssuedBeforeReset_is401() throws Exception {
    String old = http.readWriteToken();

    emulator.admin().reset();

    assertUnauthorized(http.get(EmulatorHttp.PRODUCTS, old), "reset");
  }

  @Test
  public void request_withTokenForAnotherResource_is401WrongAudience() throws Exception {
    String graphToken = http.token(demo.tenantId(), EmulatorHttp.form("grant_type", "client_credentials",
        "client_id", demo.clientId(), "client_secret", demo.clientSecret(),
        "scope", "https://graph.microsoft.com/.default"));

    assertUnauthorized(http.get(EmulatorHttp.PRODUCTS, graphToken), "audience");
  }

  @Test
  public void request_withAppIdUriAudience_isAccepted() throws Exception {
    String token = http.token(demo.tenantId(), EmulatorHttp.form("grant_type", "client_credentials",
        "client_id", demo.clientId(), "client_secret", demo.clientSecret(),
        "scope", "api://aeb86249-8ea3-49e2-900b-54cc8e308f85/.default"));

    assertEquals(200, http.get(EmulatorHttp.PRODUCTS, token).statusCode());
  }

  @Test
  public void request_forTenantNoLongerLoaded_is401UnknownTenant() throws Exception {
    String token = http.readWriteToken();
    emulator.admin().loadState("{\"tenants\":[{\"tenantId\":\"11111111-2222-3333-4444-555555555555\","
        + "\"domain\":\"fabrikam.onmicrosoft.com\"}]}");

    assertUnauthorized(http.get(EmulatorHttp.PRODUCTS, token), "unknown tenant");
  }

  @Test
  public void readOnlyApp_canReadButNotWrite() throws Exception {
    String token = http.appToken(demo.readOnlyClientId(), demo.readOnlyClientSecret());

    assertEquals(200, http.get(PRODUCT, token).statusCode());
    HttpResponse<String> write = http.put(PRODUCT, token, DISABLE);
    assertError(write, 403, "Forbidden");
    assertTrue(EmulatorHttp.json(write).get("reason").getAsString()
        .contains("Policy.ReadWrite.AllowSelfServicePurchase"));
    assertEquals("Enabled", emulator.admin().productValue(demo.tenantId(), "CFQ7TTC0LH2H"));
  }

  @Test
  public void noRoleApp_isForbiddenToRead() throws Exception {
    HttpResponse<String> response = http.get(PRODUCT, http.appToken(demo.noRoleClientId(), demo.noRoleClientSecret()));

    assertError(response, 403, "Forbidden");
    assertTrue(EmulatorHttp.json(response).get("reason").getAsString()
        .contains("Policy.Read.AllowSelfServicePurchase"));
  }

  @Test
  public void readWriteApp_canWrite() throws Exception {
    assertEquals(200, http.put(PRODUCT, http.readWriteToken(), DISABLE).statusCode());
    assertEquals("Disabled", emulator.admin().productValue(demo.tenantId(), "CFQ7TTC0LH2H"));
  }

  @Test
  public void globalReaderUser_canReadButNotWrite() throws Exception {
    String token = http.userToken(demo.readerUser());

    assertEquals(200, http.get(PRODUCT, token).statusCode());
    HttpResponse<String> write = http.put(PRODUCT, token, DISABLE);
    assertError(write, 403, "Forbidden");
    assertTrue(EmulatorHttp.json(write).get("reason").getAsString().contains("Billing Administrator"));
  }

  @Test
  public void globalAdministratorUser_canWrite() throws Exception {
    assertEquals(200, http.put(PRODUCT, http.userToken(demo.adminUser()), DISABLE).statusCode());
  }

  @Test
  public void billingAdministratorUser_canWrite() throws Exception {
    assertEquals(200, http.put(PRODUCT, http.userToken(demo.billingAdminUser()), DISABLE).statusCode());
  }

  @Test
  public void userWithoutDirectoryRole_isForbiddenToRead() throws Exception {
    assertError(http.get(PRODUCT, http.userToken(demo.plainUser())), 403, "Forbidden");
  }

  @Test
  public void tenantsAreSeparate_writeInOneIsInvisibleInAnother() throws Exception {
    String otherTenant = "11111111-2222-3333-4444-555555555555";
    String otherClient = "99999999-8888-4777-8666-555555555555";
    emulator.admin().loadState("{\"tenants\":[{\"tenantId\":\"" + demo.tenantId() + "\",\"domain\":\""
        + demo.domain() + "\",\"apps\":[{\"clientId\":\"" + demo.clientId() + "\",\"clientSecret\":\"s1\","
        + "\"roles\":[\"Policy.ReadWrite.AllowSelfServicePurchase\"]}]},{\"tenantId\":\"" + otherTenant
        + "\",\"domain\":\"fabrikam.onmicrosoft.com\",\"apps\":[{\"clientId\":\"" + otherClient
        + "\",\"clientSecret\":\"s2\",\"roles\":[\"Policy.Read.AllowSelfServicePurchase\"]}]}]}");
    String demoToken = http.appToken(demo.clientId(), "s1");
    String otherToken = http.token(otherTenant, EmulatorHttp.form("grant_type", "client_credentials",
        "client_id", otherClient, "client_secret", "s2", "scope", EmulatorHttp.POLICY_SCOPE));

    http.put(PRODUCT, demoToken, DISABLE);

    assertEquals("Disabled", EmulatorHttp.json(http.get(PRODUCT, demoToken)).get("policyValue").getAsString());
    assertEquals("Enabled", EmulatorHttp.json(http.get(PRODUCT, otherToken)).get("policyValue").getAsString());
  }

  private static void assertUnauthorized(HttpResponse<String> response, String reasonPart) {
    assertError(response, 401, "Unauthorized");
    String reason = EmulatorHttp.json(response).get("reason").getAsString();
    assertTrue(reason, reason.contains(reasonPart));
    String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
    assertTrue(challenge, challenge.startsWith("Bearer error=\"invalid_token\", error_description=\""));
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
