package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** Every policy route and its error cases, under both version prefixes, over real HTTPS. */
@RunWith(Parameterized.class)
public class PolicyApiIT {

  private static CommerceEmulator emulator;
  private static EmulatorHttp http;
  private static String token;

  @Parameterized.Parameter
  public String version;

  @Parameterized.Parameters(name = "{0}")
  public static List<String> versions() {
    return List.of("/v1.0", "/v1");
  }

  @BeforeClass
  public static void startEmulator() throws Exception {
    emulator = CommerceEmulator.start();
    http = new EmulatorHttp(emulator);
  }

  @AfterClass
  public static void stopEmulator() {
    emulator.close();
  }

  @Before
  public void reset() throws Exception {
    emulator.admin().reset();
    token = http.readWriteToken(); // reset forgets earlier tokens
  }

  @Test
  public void listPolicies_returnsTheOnePolicyInItems() throws Exception {
    HttpResponse<String> response = http.get(version + "/policies", token);

    assertEquals(200, response.statusCode());
    JsonArray items = EmulatorHttp.json(response).getAsJsonArray("items");
    assertEquals(1, items.size());
    JsonObject policy = items.get(0).getAsJsonObject();
    assertEquals(Set.of("id", "description", "defaultValue"), policy.keySet());
    assertEquals("AllowSelfServicePurchase", policy.get("id").getAsString());
    assertEquals("Enabled", policy.get("defaultValue").getAsString());
  }

  @Test
  public void getPolicy_matchesIdIgnoringCaseAndEchoesCanonicalId() throws Exception {
    HttpResponse<String> response = http.get(version + "/policies/allowselfservicepurchase", token);

    assertEquals(200, response.statusCode());
    assertEquals("AllowSelfServicePurchase", EmulatorHttp.json(response).get("id").getAsString());
  }

  @Test
  public void getPolicy_unknownId_is404NotFound() throws Exception {
    HttpResponse<String> response = http.get(version + "/policies/SomethingElse", token);

    assertError(response, 404, "NotFound");
  }

  @Test
  public void listProducts_withoutScope_listsTheCatalogueProductsOnly() throws Exception {
    HttpResponse<String> response = http.get(version + "/policies/AllowSelfServicePurchase/products", token);

    assertEquals(200, response.statusCode());
    JsonObject body = EmulatorHttp.json(response);
    assertEquals("no paging fields", Set.of("items"), body.keySet());
    JsonArray items = body.getAsJsonArray("items");
    assertEquals(24, items.size());
    JsonObject first = items.get(0).getAsJsonObject();
    assertEquals(Set.of("policyId", "scope", "productId", "productName", "policyValue"), first.keySet());
    assertEquals("CFQ7TTC0LH2H", first.get("productId").getAsString());
    assertEquals("Power Apps per user", first.get("productName").getAsString());
    assertEquals("product", first.get("scope").getAsString());
    for (JsonElement item : items) {
      assertEquals("Enabled", item.getAsJsonObject().get("policyValue").getAsString());
    }
  }

  @Test
  public void listProducts_scopeProductInAnyCase_listsProducts() throws Exception {
    HttpResponse<String> response = http.get(version + "/policies/AllowSelfServicePurchase/products?scope=PRODUCT",
        token);

    assertEquals(200, response.statusCode());
    assertEquals(24, EmulatorHttp.json(response).getAsJsonArray("items").size());
  }

  @Test
  public void listProducts_scopeOfferType_listsTheFourOfferTypes() throws Exception {
    HttpResponse<String> response = http.get(version + "/policies/AllowSelfServicePurchase/products?scope=offertype",
        token);

    assertEquals(200, response.statusCode());
    JsonArray items = EmulatorHttp.json(response).getAsJsonArray("items");
    List<String> ids = new ArrayList<>();
    items.forEach(item -> ids.add(item.getAsJsonObject().get("scopeId").getAsString()));
    assertEquals(List.of("SaaS", "POWERBIVISUALS", "DYNAMICSCE", "DYNAMICSBC"), ids);
    JsonObject saas = items.get(0).getAsJsonObject();
    assertEquals(Set.of("policyId", "scope", "scopeId", "scopeValue", "policyValue"), saas.keySet());
    assertEquals("OfferType", saas.get("scope").getAsString());
    assertEquals("Software as a Service", saas.get("scopeValue").getAsString());
  }

  @Test
  public void listProducts_unknownScope_is400InvalidScope() throws Exception {
    HttpResponse<String> response = http.get(version + "/policies/AllowSelfServicePurchase/products?scope=tenant",
        token);

    assertError(response, 400, "BadRequest");
    assertEquals("Invalid scope.", EmulatorHttp.json(response).get("reason").getAsString());
  }

  @Test
  public void getProduct_knownId_returnsTheItem() throws Exception {
    HttpResponse<String> response = http.get(version + "/policies/AllowSelfServicePurchase/products/CFQ7TTC0MM8R",
        token);

    assertEquals(200, response.statusCode());
    JsonObject item = EmulatorHttp.json(response);
    assertEquals("Microsoft 365 Copilot", item.get("productName").getAsString());
    assertEquals("Enabled", item.get("policyValue").getAsString());
  }

  @Test
  public void getProduct_idInOtherCase_is404BecauseProductIdsAreExact() throws Exception {
    HttpResponse<String> response = http.get(version + "/policies/AllowSelfServicePurchase/products/cfq7ttc0mm8r",
        token);

    assertError(response, 404, "NotFound");
    assertEquals("Product 'cfq7ttc0mm8r' not found.", EmulatorHttp.json(response).get("reason").getAsString());
  }

  @Test
  public void putProduct_validValue_returnsUpdatedItemAndPersists() throws Exception {
    String path = version + "/policies/AllowSelfServicePurchase/products/CFQ7TTC0H9MP";

    HttpResponse<String> put = http.put(path, token, "{\"policyValue\":\"OnlyTrialsWithoutPaymentMethod\"}");

    assertEquals(200, put.statusCode());
    assertEquals("OnlyTrialsWithoutPaymentMethod", EmulatorHttp.json(put).get("policyValue").getAsString());
    assertEquals("Power BI Pro", EmulatorHttp.json(put).get("productName").getAsString());
    assertEquals("OnlyTrialsWithoutPaymentMethod",
        EmulatorHttp.json(http.get(path, token)).get("policyValue").getAsString());
    assertEquals("OnlyTrialsWithoutPaymentMethod",
        emulator.admin().productValue(emulator.demo().tenantId(), "CFQ7TTC0H9MP"));
  }

  @Test
  public void putProduct_sameValueTwice_isIdempotent() throws Exception {
    String path = version + "/policies/AllowSelfServicePurchase/products/CFQ7TTC0H9MP";
    http.put(path, token, "{\"policyValue\":\"Disabled\"}");

    HttpResponse<String> again = http.put(path, token, "{\"policyValue\":\"Disabled\"}");

    assertEquals(200, again.statusCode());
    assertEquals("Disabled", EmulatorHttp.json(again).get("policyValue").getAsString());
  }

  @Test
  public void putProduct_malformedJson_is400() throws Exception {
    HttpResponse<String> response = http.put(version + "/policies/AllowSelfServicePurchase/products/CFQ7TTC0H9MP",
        token, "{policyValue: Disabled}");

    assertError(response, 400, "BadRequest");
    assertEquals("Enabled", emulator.admin().productValue(emulator.demo().tenantId(), "CFQ7TTC0H9MP"));
  }

  @Test
  public void putProduct_missingPolicyValue_is400() throws Exception {
    HttpResponse<String> response = http.put(version + "/policies/AllowSelfServicePurchase/products/CFQ7TTC0H9MP",
        token, "{\"value\":\"Disabled\"}");

    assertError(response, 400, "BadRequest");
    assertTrue(EmulatorHttp.json(response).get("reason").getAsString().contains("policyValue"));
  }

  @Test
  public void putProduct_valueInWrongCase_is400() throws Exception {
    HttpResponse<String> response = http.put(version + "/policies/AllowSelfServicePurchase/products/CFQ7TTC0H9MP",
        token, "{\"policyValue\":\"disabled\"}");

    assertError(response, 400, "BadRequest");
  }

  @Test
  public void putProduct_unknownProduct_is404() throws Exception {
    HttpResponse<String> response = http.put(version + "/policies/AllowSelfServicePurchase/products/CFQ7TTC0XXXX",
        token, "{\"policyValue\":\"Disabled\"}");

    assertError(response, 404, "NotFound");
  }

  @Test
  public void getOfferType_anyCase_echoesCanonicalId() throws Exception {
    HttpResponse<String> response = http.get(version + "/policies/AllowSelfServicePurchase/offerTypes/saas", token);

    assertEquals(200, response.statusCode());
    assertEquals("SaaS", EmulatorHttp.json(response).get("scopeId").getAsString());
  }

  @Test
  public void putOfferType_disabled_persists() throws Exception {
    HttpResponse<String> response = http.put(version + "/policies/AllowSelfServicePurchase/offerTypes/POWERBIVISUALS",
        token, "{\"policyValue\":\"Disabled\"}");

    assertEquals(200, response.statusCode());
    assertEquals("Disabled", EmulatorHttp.json(response).get("policyValue").getAsString());
    assertEquals("Disabled", emulator.admin().offerTypeValue(emulator.demo().tenantId(), "PowerBIVisuals"));
  }

  @Test
  public void putOfferType_onlyTrials_is400() throws Exception {
    HttpResponse<String> response = http.put(version + "/policies/AllowSelfServicePurchase/offerTypes/SaaS", token,
        "{\"policyValue\":\"OnlyTrialsWithoutPaymentMethod\"}");

    assertError(response, 400, "BadRequest");
    assertEquals("Enabled", emulator.admin().offerTypeValue(emulator.demo().tenantId(), "SaaS"));
  }

  @Test
  public void getOfferType_unknown_is404() throws Exception {
    HttpResponse<String> response = http.get(version + "/policies/AllowSelfServicePurchase/offerTypes/Games", token);

    assertError(response, 404, "NotFound");
  }

  @Test
  public void otherVerb_is405WithAllow() throws Exception {
    HttpResponse<String> delete = http.send("DELETE", version + "/policies/AllowSelfServicePurchase/products/CFQ7TTC0H9MP",
        token, null);
    HttpResponse<String> post = http.send("POST", version + "/policies", token, "{}");

    assertError(delete, 405, "MethodNotAllowed");
    assertEquals("GET, PUT", delete.headers().firstValue("Allow").orElse(null));
    assertError(post, 405, "MethodNotAllowed");
    assertEquals("GET", post.headers().firstValue("Allow").orElse(null));
  }

  @Test
  public void head_is405WithoutBody() throws Exception {
    HttpResponse<String> response = http.send("HEAD", version + "/policies", token, null);

    assertEquals(405, response.statusCode());
    assertEquals("", response.body());
  }

  @Test
  public void unknownPath_is404() throws Exception {
    HttpResponse<String> response = http.get(version + "/policies/AllowSelfServicePurchase/bundles", token);

    assertError(response, 404, "NotFound");
  }

  @Test
  public void correlationId_isEchoedWhenSentAndGeneratedWhenNot() throws Exception {
    HttpResponse<String> echoed = http.send("GET", version + "/policies", token, null,
        "x-ms-correlation-id", "test-correlation-1");
    HttpResponse<String> generated = http.get(version + "/policies", token);
    HttpResponse<String> onError = http.send("GET", version + "/policies/Nope", token, null,
        "x-ms-correlation-id", "test-correlation-2");

    assertEquals("test-correlation-1", echoed.headers().firstValue("x-ms-correlation-id").orElse(null));
    assertNotNull(generated.headers().firstValue("x-ms-correlation-id").orElse(null));
    assertFalse(generated.headers().firstValue("x-ms-correlation-id").get().isBlank());
    assertEquals("test-correlation-2", onError.headers().firstValue("x-ms-correlation-id").orElse(null));
  }

  @Test
  public void releasedProduct_appearsEnabledAtTheEndOfTheList() throws Exception {
    emulator.admin().releaseProduct("CFQ7TTC0NEW1", "Brand New Thing");

    JsonArray items = EmulatorHttp.json(http.get(version + "/policies/AllowSelfServicePurchase/products", token))
        .getAsJsonArray("items");

    assertEquals(25, items.size());
    JsonObject last = items.get(24).getAsJsonObject();
    assertEquals("CFQ7TTC0NEW1", last.get("productId").getAsString());
    assertEquals("Enabled", last.get("policyValue").getAsString());
  }

  static void assertError(HttpResponse<String> response, int status, String errorCode) {
    assertEquals(response.body(), status, response.statusCode());
    JsonObject body = EmulatorHttp.json(response);
    assertEquals("error bodies are exactly {errorCode, reason}", Set.of("errorCode", "reason"), body.keySet());
    assertEquals(errorCode, body.get("errorCode").getAsString());
  }
}
