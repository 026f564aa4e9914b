package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** Generated tenants with the demo app consented in each, as a client that works on many tenants at once sees them. */
public class ManyTenantsIT {

  private static final int TENANTS = 50;
  private static final String PRODUCT_GLOB = "/v1.0/policies/*/products/*";

  private static CommerceEmulator emulator;
  private static EmulatorHttp http;
  private static EmulatorAdmin admin;
  private static Demo demo;

  @BeforeClass
  public static void startEmulator() throws Exception {
    emulator = CommerceEmulator.start(EmulatorOptions.builder().tenants(TENANTS).build());
    http = new EmulatorHttp(emulator);
    admin = emulator.admin();
    demo = emulator.demo();
  }

  @AfterClass
  public static void stopEmulator() {
    emulator.close();
  }

  @Before
  public void reset() {
    admin.reset();
  }

  @Test
  public void tokenRequest_namingTheTenantByIdOrDomain_issuesATokenWithThatTenantsTid() throws Exception {
    String byId = token(GeneratedTenants.tenantId(7));
    String byDomain = token(GeneratedTenants.domain(8).toUpperCase());

    assertEquals(GeneratedTenants.tenantId(7), TokenEndpointIT.claims(byId).get("tid").getAsString());
    assertEquals(GeneratedTenants.tenantId(8), TokenEndpointIT.claims(byDomain).get("tid").getAsString());
    assertEquals(demo.clientId(), TokenEndpointIT.claims(byDomain).get("appid").getAsString());
  }

  @Test
  public void policyApi_servesEachTenantsOwnValues_threeEnabledAsTheAdminApiLists() throws Exception {
    for (int number : List.of(1, 25, TENANTS)) {
      String tenant = GeneratedTenants.tenantId(number);
      HttpResponse<String> products = http.get(EmulatorHttp.PRODUCTS, token(tenant));

      List<String> enabled = new ArrayList<>();
      for (JsonElement item : EmulatorHttp.json(products).getAsJsonArray("items")) {
        JsonObject product = item.getAsJsonObject();
        if (product.get("policyValue").getAsString().equals("Enabled")) {
          enabled.add(product.get("productId").getAsString());
        }
      }
      assertEquals(tenant, admin.tenant(tenant).productsWithValue("Enabled"), enabled);
      assertEquals(3, enabled.size());
    }
  }

  @Test
  public void put_changesOnlyTheTenantOfTheToken() throws Exception {
    String first = GeneratedTenants.tenantId(1);
    String product = admin.tenant(first).productsWithValue("Enabled").get(0);
    String otherBefore = admin.productValue(GeneratedTenants.tenantId(2), product);

    assertEquals(200, http.put(EmulatorHttp.PRODUCTS + "/" + product, token(first), "{\"policyValue\":\"Disabled\"}")
        .statusCode());

    assertEquals("Disabled", admin.productValue(first, product));
    assertEquals(otherBefore, admin.productValue(GeneratedTenants.tenantId(2), product));
  }

  @Test
  public void journal_recordsEachRequestsTokenTenant_soCrossedTokensShow() throws Exception {
    String three = token(GeneratedTenants.domain(3));
    String four = token(GeneratedTenants.tenantId(4));
    admin.clearJournal();

    http.get(EmulatorHttp.PRODUCTS, three);
    http.get(EmulatorHttp.PRODUCTS, four);
    token(GeneratedTenants.domain(5));

    List<JournalEntry> journal = admin.journal();
    assertEquals(GeneratedTenants.tenantId(3), journal.get(0).tokenTenantId());
    assertEquals(GeneratedTenants.tenantId(4), journal.get(1).tokenTenantId());
    assertEquals(GeneratedTenants.domain(5), journal.get(2).pathTenant());
    assertEquals(GeneratedTenants.tenantId(5), journal.get(2).tenantId());
  }

  @Test
  public void unregisterApp_makesThatTenantRefuseTheTokenRequestAsEntraDoes() throws Exception {
    admin.unregisterApp(GeneratedTenants.domain(9), demo.clientId());

    HttpResponse<String> refused = http.postForm("/" + GeneratedTenants.tenantId(9) + "/oauth2/v2.0/token",
        clientCredentials());

    assertEquals(400, refused.statusCode());
    JsonObject error = EmulatorHttp.json(refused);
    assertEquals("unauthorized_client", error.get("error").getAsString());
    assertTrue(error.get("error_description").getAsString(),
        error.get("error_description").getAsString().startsWith("AADSTS700016: Application with identifier '"
            + demo.clientId() + "' was not found in the directory"));
    assertEquals(200, http.postForm("/" + GeneratedTenants.tenantId(10) + "/oauth2/v2.0/token", clientCredentials())
        .statusCode());
    assertTrue(admin.tenant(GeneratedTenants.tenantId(9)).apps().isEmpty());
  }

  @Test
  public void revokeAppRoles_issuesTokensWithoutRolesWhichThePolicyApiRefuses403() throws Exception {
    admin.revokeAppRoles(GeneratedTenants.tenantId(11), demo.clientId());

    String token = token(GeneratedTenants.tenantId(11));

    assertFalse(TokenEndpointIT.claims(token).has("roles"));
    assertEquals(403, http.get(EmulatorHttp.PRODUCTS, token).statusCode());
    assertEquals(Map.of(demo.clientId(), List.of()), admin.tenant(GeneratedTenants.tenantId(11)).apps());
    assertEquals(200, http.get(EmulatorHttp.PRODUCTS, token(GeneratedTenants.tenantId(12))).statusCode());
  }

  @Test
  public void tenantFault_namedByIdOrDomain_hitsOnlyThatGeneratedTenant() throws Exception {
    String twenty = token(GeneratedTenants.tenantId(20));
    String other = token(GeneratedTenants.tenantId(21));
    admin.injectFault(Fault.on("GET", PRODUCT_GLOB).forTenant(GeneratedTenants.domain(20)).thenStatus(503).times(5));
    admin.injectFault(Fault.on("POST", "/*/oauth2/v2.0/token").forTenant(GeneratedTenants.tenantId(22))
        .thenHtml(502));
    String product = EmulatorHttp.PRODUCTS + "/CFQ7TTC0LH2H";

    assertEquals(200, http.get(product, other).statusCode());
    assertEquals(503, http.get(product, twenty).statusCode());
    assertEquals(200, http.postForm("/" + GeneratedTenants.domain(21) + "/oauth2/v2.0/token", clientCredentials())
        .statusCode());
    assertEquals(502, http.postForm("/" + GeneratedTenants.domain(22) + "/oauth2/v2.0/token", clientCredentials())
        .statusCode());
  }

  @Test
  public void adminHttp_listsTenantsWithValues_andGeneratesOthers() throws Exception {
    JsonObject listed = EmulatorHttp.json(http.get("/_emulator/tenants", null));
    JsonObject one = EmulatorHttp.json(http.get("/_emulator/tenants/" + GeneratedTenants.domain(30), null));

    assertEquals(TENANTS + 1, listed.getAsJsonArray("tenants").size());
    JsonObject first = listed.getAsJsonArray("tenants").get(0).getAsJsonObject();
    assertEquals(demo.tenantId(), first.get("tenantId").getAsString());
    assertFalse(first.get("generated").getAsBoolean());
    assertEquals(GeneratedTenants.tenantId(30), one.get("tenantId").getAsString());
    assertTrue(one.get("generated").getAsBoolean());
    assertEquals(admin.tenant(GeneratedTenants.tenantId(30)).productValues().get("CFQ7TTC0LH2H"),
        one.getAsJsonObject("productValues").get("CFQ7TTC0LH2H").getAsString());
    assertEquals(1, one.getAsJsonObject("apps").size());

    assertEquals(200, http.send("POST", "/_emulator/tenants/generate", null,
        "{\"count\":2,\"seed\":9,\"enabledProducts\":1}").statusCode());
    assertEquals(3, admin.tenants().size());
    assertEquals(1, admin.tenant(GeneratedTenants.tenantId(2)).productsWithValue("Enabled").size());
    admin.reset();
    assertEquals(TENANTS + 1, admin.tenants().size());
  }

  @Test
  public void adminHttp_refusesTheAppInOneTenant() throws Exception {
    String tenant = GeneratedTenants.domain(40);

    assertEquals(200, http.send("DELETE", "/_emulator/tenants/" + tenant + "/apps/" + demo.clientId() + "/roles",
        null, null).statusCode());
    assertEquals(403, http.get(EmulatorHttp.PRODUCTS, token(tenant)).statusCode());
    assertEquals(200, http.send("DELETE", "/_emulator/tenants/" + tenant + "/apps/" + demo.clientId(), null, null)
        .statusCode());
    assertEquals(400, http.postForm("/" + tenant + "/oauth2/v2.0/token", clientCredentials()).statusCode());
    assertEquals(404, http.send("DELETE", "/_emulator/tenants/" + tenant + "/apps/" + demo.clientId(), null, null)
        .statusCode());
  }

  @Test
  public void stateFile_sameAppInTwoTenants_isAMultiTenantApp() throws Exception {
    String app = "99999999-8888-4777-8666-555555555555";
    admin.loadState("{\"tenants\":["
        + "{\"tenantId\":\"11111111-2222-3333-4444-555555555555\",\"domain\":\"fabrikam.onmicrosoft.com\","
        + "\"apps\":[{\"clientId\":\"" + app + "\",\"clientSecret\":\"shared\",\"roles\":[\"" + AppRegistration.ROLE_READ
        + "\"]}]},{\"tenantId\":\"22222222-3333-4444-5555-666666666666\",\"domain\":\"tailspin.onmicrosoft.com\","
        + "\"apps\":[{\"clientId\":\"" + app + "\",\"clientSecret\":\"shared\",\"roles\":[\"" + AppRegistration.ROLE_READ
        + "\"]}]}]}");
    Map<String, String> form = EmulatorHttp.form("grant_type", "client_credentials", "client_id", app,
        "client_secret", "shared", "scope", EmulatorHttp.POLICY_SCOPE);

    String fabrikam = http.token("fabrikam.onmicrosoft.com", form);
    String tailspin = http.token("22222222-3333-4444-5555-666666666666", form);

    assertEquals("11111111-2222-3333-4444-555555555555", TokenEndpointIT.claims(fabrikam).get("tid").getAsString());
    assertEquals("22222222-3333-4444-5555-666666666666", TokenEndpointIT.claims(tailspin).get("tid").getAsString());
    assertEquals(2, admin.tenants().size());
  }

  @Test
  public void demoTenant_staysFirstAndWorksAsBefore() throws Exception {
    assertEquals(200, http.get(EmulatorHttp.PRODUCTS, http.readWriteToken()).statusCode());
    assertEquals(demo.tenantId(), admin.tenants().get(0).tenantId());
  }

  private static String token(String tenant) throws Exception {
    return http.token(tenant, clientCredentials());
  }

  private static Map<String, String> clientCredentials() {
    return EmulatorHttp.form("grant_type", "client_credentials", "client_id", demo.clientId(), "client_secret",
        demo.clientSecret(), "scope", EmulatorHttp.POLICY_SCOPE);
  }
}
