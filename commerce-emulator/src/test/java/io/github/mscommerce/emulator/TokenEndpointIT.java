package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** The Entra endpoints over raw HTTPS: token shapes and every OAuth error case, without MSAL in between. */
public class TokenEndpointIT {

  private static CommerceEmulator emulator;
  private static EmulatorHttp http;
  private static Demo demo;
  private static String tokenPath;

  @BeforeClass
  public static void startEmulator() throws Exception {
    emulator = CommerceEmulator.start();
    http = new EmulatorHttp(emulator);
    demo = emulator.demo();
    tokenPath = "/" + demo.tenantId() + "/oauth2/v2.0/token";
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
  public void clientCredentials_issuesSignedTokenWithTheListedClaims() throws Exception {
    HttpResponse<String> response = http.postForm("/" + demo.domain().toUpperCase() + "/oauth2/v2.0/token",
        secretForm(demo.clientSecret()));

    assertEquals(200, response.statusCode());
    JsonObject body = EmulatorHttp.json(response);
    assertEquals("Bearer", body.get("token_type").getAsString());
    assertEquals(3599, body.get("expires_in").getAsInt());
    JsonObject claims = claims(body.get("access_token").getAsString());
    for (String claim : new String[] {"aud", "iss", "iat", "nbf", "exp", "tid", "oid", "sub", "appid", "jti"}) {
      assertTrue("missing claim " + claim, claims.has(claim));
    }
    assertEquals("aeb86249-8ea3-49e2-900b-54cc8e308f85", claims.get("aud").getAsString());
    assertEquals("https://sts.windows.net/" + demo.tenantId() + "/", claims.get("iss").getAsString());
    assertEquals("Policy.ReadWrite.AllowSelfServicePurchase", claims.getAsJsonArray("roles").get(0).getAsString());
    assertTrue(header(body.get("access_token").getAsString()).has("kid"));
  }

  @Test
  public void tokenLifetime_setsExpiresInOfNewTokens() throws Exception {
    emulator.admin().setTokenLifetime(Duration.ofSeconds(120));

    JsonObject body = EmulatorHttp.json(http.postForm(tokenPath, secretForm(demo.clientSecret())));

    assertEquals(120, body.get("expires_in").getAsInt());
    JsonObject claims = claims(body.get("access_token").getAsString());
    assertEquals(120, claims.get("exp").getAsLong() - claims.get("iat").getAsLong());
  }

  @Test
  public void wrongSecret_is401InvalidClient7000215WithoutEchoingTheSecret() throws Exception {
    HttpResponse<String> response = http.postForm(tokenPath, secretForm("wrong-secret-value"));

    assertOAuthError(response, 401, "invalid_client", 7000215);
    assertFalse(response.body().contains("wrong-secret-value"));
  }

  @Test
  public void unknownClient_is400UnauthorizedClient700016() throws Exception {
    Map<String, String> form = EmulatorHttp.form("grant_type", "client_credentials", "client_id",
        "00000000-1111-2222-3333-444444444444", "client_secret", "x", "scope", EmulatorHttp.POLICY_SCOPE);

    assertOAuthError(http.postForm(tokenPath, form), 400, "unauthorized_client", 700016);
  }

  @Test
  public void unknownTenant_is400InvalidRequest90002() throws Exception {
    assertOAuthError(http.postForm("/nowhere.onmicrosoft.com/oauth2/v2.0/token", secretForm(demo.clientSecret())),
        400, "invalid_request", 90002);
  }

  @Test
  public void clientCredentialsAtCommon_is400BecauseAppOnlyNeedsATenant() throws Exception {
    assertOAuthError(http.postForm("/common/oauth2/v2.0/token", secretForm(demo.clientSecret())),
        400, "invalid_request", 50059);
  }

  @Test
  public void missingClientAuthentication_is401InvalidClient7000218() throws Exception {
    Map<String, String> form = EmulatorHttp.form("grant_type", "client_credentials", "client_id", demo.clientId(),
        "scope", EmulatorHttp.POLICY_SCOPE);

    assertOAuthError(http.postForm(tokenPath, form), 401, "invalid_client", 7000218);
  }

  @Test
  public void unsupportedGrant_is400() throws Exception {
    Map<String, String> form = EmulatorHttp.form("grant_type", "authorization_code", "client_id", demo.clientId());

    assertOAuthError(http.postForm(tokenPath, form), 400, "unsupported_grant_type", 70003);
  }

  @Test
  public void clientCredentialsWithoutDefaultScope_is400InvalidScope() throws Exception {
    Map<String, String> form = EmulatorHttp.form("grant_type", "client_credentials", "client_id", demo.clientId(),
        "client_secret", demo.clientSecret(), "scope", "aeb86249-8ea3-49e2-900b-54cc8e308f85/LicenseManager.AccessAsUser");

    assertOAuthError(http.postForm(tokenPath, form), 400, "invalid_scope", 1002012);
  }

  @Test
  public void password_issuesUserTokensWithRefreshTokenIdTokenAndClientInfo() throws Exception {
    HttpResponse<String> response = http.postForm("/organizations/oauth2/v2.0/token", passwordForm(
        demo.adminUser(), demo.userPassword()));

    assertEquals(200, response.statusCode());
    JsonObject body = EmulatorHttp.json(response);
    for (String field : new String[] {"access_token", "refresh_token", "id_token", "client_info", "scope"}) {
      assertTrue("missing " + field, body.has(field));
    }
    JsonObject claims = claims(body.get("access_token").getAsString());
    assertEquals("LicenseManager.AccessAsUser", claims.get("scp").getAsString());
    assertEquals(demo.adminUser(), claims.get("upn").getAsString());
    assertTrue(claims.getAsJsonArray("wids").toString().contains(UserAccount.GLOBAL_ADMINISTRATOR));
    assertEquals(demo.tenantId(), claims.get("tid").getAsString());
    JsonObject clientInfo = JsonParser.parseString(new String(
        Base64.getUrlDecoder().decode(body.get("client_info").getAsString()), StandardCharsets.UTF_8))
        .getAsJsonObject();
    assertEquals(demo.tenantId(), clientInfo.get("utid").getAsString());
  }

  @Test
  public void wrongPassword_is400InvalidGrant50126() throws Exception {
    assertOAuthError(http.postForm(tokenPath, passwordForm(demo.adminUser(), "not-the-password")),
        400, "invalid_grant", 50126);
  }

  @Test
  public void passwordWithConfidentialClient_is401BecauseItIsNotPublic() throws Exception {
    Map<String, String> form = passwordForm(demo.adminUser(), demo.userPassword());
    form.put("client_id", demo.clientId());

    assertOAuthError(http.postForm(tokenPath, form), 401, "invalid_client", 7000218);
  }

  @Test
  public void refreshToken_rotatesAndTheOldOneIsRefused() throws Exception {
    String first = EmulatorHttp.json(http.postForm(tokenPath, passwordForm(demo.billingAdminUser(),
        demo.userPassword()))).get("refresh_token").getAsString();

    HttpResponse<String> refreshed = http.postForm(tokenPath, refreshForm(first));
    HttpResponse<String> reused = http.postForm(tokenPath, refreshForm(first));

    assertEquals(200, refreshed.statusCode());
    String second = EmulatorHttp.json(refreshed).get("refresh_token").getAsString();
    assertNotEquals(first, second);
    assertOAuthError(reused, 400, "invalid_grant", 9002313);
    assertEquals(200, http.postForm(tokenPath, refreshForm(second)).statusCode());
  }

  @Test
  public void deviceCode_pendingUntilApprovedThenTokensForTheApprover() throws Exception {
    JsonObject started = EmulatorHttp.json(http.postForm("/" + demo.tenantId() + "/oauth2/v2.0/devicecode",
        EmulatorHttp.form("client_id", demo.publicClientId(), "scope", EmulatorHttp.POLICY_SCOPE + " offline_access")));
    for (String field : new String[] {"user_code", "device_code", "verification_uri", "expires_in", "interval",
        "message"}) {
      assertTrue("missing " + field, started.has(field));
    }
    assertEquals(1, started.get("interval").getAsInt());
    Map<String, String> poll = EmulatorHttp.form("grant_type", "urn:ietf:params:oauth:grant-type:device_code",
        "client_id", demo.publicClientId(), "device_code", started.get("device_code").getAsString());

    assertOAuthError(http.postForm(tokenPath, poll), 400, "authorization_pending", 70016);
    assertEquals(List.of(started.get("user_code").getAsString()), emulator.admin().pendingDeviceCodes());
    emulator.admin().approveDeviceCode(started.get("user_code").getAsString(), demo.readerUser());
    HttpResponse<String> approved = http.postForm(tokenPath, poll);

    assertEquals(200, approved.statusCode());
    assertEquals(demo.readerUser(), claims(EmulatorHttp.json(approved).get("access_token").getAsString())
        .get("upn").getAsString());
    assertOAuthError(http.postForm(tokenPath, poll), 400, "invalid_grant", 70000);
  }

  @Test
  public void deviceCode_expired_is400ExpiredToken70020() throws Exception {
    JsonObject started = EmulatorHttp.json(http.postForm("/" + demo.tenantId() + "/oauth2/v2.0/devicecode",
        EmulatorHttp.form("client_id", demo.publicClientId(), "scope", EmulatorHttp.POLICY_SCOPE)));
    emulator.admin().expireDeviceCode(started.get("user_code").getAsString());

    HttpResponse<String> response = http.postForm(tokenPath, EmulatorHttp.form("grant_type", "device_code",
        "client_id", demo.publicClientId(), "device_code", started.get("device_code").getAsString()));

    assertOAuthError(response, 400, "expired_token", 70020);
  }

  @Test
  public void userRealm_managedForKnownUsersUnknownOtherwise() throws Exception {
    JsonObject known = EmulatorHttp.json(http.get("/common/userrealm/" + demo.adminUser() + "?api-version=1.0",
        null));
    JsonObject unknown = EmulatorHttp.json(http.get("/common/userrealm/nobody@example.com?api-version=1.0", null));

    assertEquals("1.0", known.get("ver").getAsString());
    assertEquals("Managed", known.get("account_type").getAsString());
    assertEquals(demo.domain(), known.get("domain_name").getAsString());
    assertEquals("Unknown", unknown.get("account_type").getAsString());
  }

  @Test
  public void managedIdentity_appServiceShapeWithDefaultSuffixStripped() throws Exception {
    HttpResponse<String> response = http.send("GET", "/msi/token?api-version=2019-08-01&resource="
        + "aeb86249-8ea3-49e2-900b-54cc8e308f85/.default", null, null, "X-IDENTITY-HEADER", demo.identityHeader());

    assertEquals(200, response.statusCode());
    JsonObject body = EmulatorHttp.json(response);
    assertEquals(Set.of("access_token", "expires_on", "resource", "token_type", "client_id"),
        body.keySet());
    assertEquals(demo.managedIdentityClientId(), body.get("client_id").getAsString());
    JsonObject claims = claims(body.get("access_token").getAsString());
    assertEquals("aeb86249-8ea3-49e2-900b-54cc8e308f85", claims.get("aud").getAsString());
    String token = body.get("access_token").getAsString();
    assertEquals(200, http.put("/v1/policies/AllowSelfServicePurchase/products/CFQ7TTC0LH2H", token,
        "{\"policyValue\":\"Disabled\"}").statusCode());
  }

  @Test
  public void managedIdentity_wrongOrMissingHeader_is401() throws Exception {
    String path = "/msi/token?api-version=2019-08-01&resource=aeb86249-8ea3-49e2-900b-54cc8e308f85";

    HttpResponse<String> wrong = http.send("GET", path, null, null, "X-IDENTITY-HEADER", "guess");
    HttpResponse<String> missing = http.get(path, null);

    assertEquals(401, wrong.statusCode());
    assertTrue(EmulatorHttp.json(wrong).has("message"));
    assertEquals(401, missing.statusCode());
  }

  @Test
  public void managedIdentity_imdsShapeNeedsMetadataHeader() throws Exception {
    String path = "/metadata/identity/oauth2/token?api-version=2018-02-01&resource=aeb86249-8ea3-49e2-900b-54cc8e308f85";

    HttpResponse<String> withHeader = http.send("GET", path, null, null, "Metadata", "true");
    HttpResponse<String> withoutHeader = http.get(path, null);

    assertEquals(200, withHeader.statusCode());
    assertTrue(EmulatorHttp.json(withHeader).has("expires_in"));
    assertEquals(400, withoutHeader.statusCode());
    assertEquals("invalid_request", EmulatorHttp.json(withoutHeader).get("error").getAsString());
  }

  @Test
  public void tokenEndpoint_get_is405() throws Exception {
    HttpResponse<String> response = http.get(tokenPath, null);

    assertEquals(405, response.statusCode());
    assertEquals("POST", response.headers().firstValue("Allow").orElse(null));
  }

  private static Map<String, String> secretForm(String secret) {
    return EmulatorHttp.form("grant_type", "client_credentials", "client_id", demo.clientId(), "client_secret",
        secret, "scope", EmulatorHttp.POLICY_SCOPE + " openid profile offline_access");
  }

  private static Map<String, String> passwordForm(String username, String password) {
    return EmulatorHttp.form("grant_type", "password", "client_id", demo.publicClientId(), "username", username,
        "password", password, "scope", EmulatorHttp.POLICY_SCOPE + " openid profile offline_access",
        "client_info", "1");
  }

  private static Map<String, String> refreshForm(String refreshToken) {
    return EmulatorHttp.form("grant_type", "refresh_token", "client_id", demo.publicClientId(), "refresh_token",
        refreshToken, "scope", EmulatorHttp.POLICY_SCOPE + " offline_access");
  }

  static void assertOAuthError(HttpResponse<String> response, int status, String error, int code) {
    assertEquals(response.body(), status, response.statusCode());
    JsonObject body = EmulatorHttp.json(response);
    assertEquals(error, body.get("error").getAsString());
    assertTrue(body.get("error_description").getAsString(),
        body.get("error_description").getAsString().startsWith("AADSTS" + code + ": "));
    assertEquals(code, body.getAsJsonArray("error_codes").get(0).getAsInt());
    for (String field : new String[] {"timestamp", "trace_id", "correlation_id"}) {
      assertTrue("missing " + field, body.has(field));
    }
  }

  static JsonObject claims(String jwt) {
    return part(jwt, 1);
  }

  private static JsonObject header(String jwt) {
    return part(jwt, 0);
  }

  private static JsonObject part(String jwt, int index) {
    return JsonParser.parseString(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]),
        StandardCharsets.UTF_8)).getAsJsonObject();
  }
}
