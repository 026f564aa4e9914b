package io.github.mscommerce.core.json;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.OfferTypePolicy;
import io.github.mscommerce.core.Policy;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.ProductPolicy;
import java.util.List;
import org.junit.Test;

public class PolicyJsonTest {

  @Test
  public void policyItems_readsProductsAndOfferTypesByScope() {
    List<PolicyItem> items = PolicyJson.policyItems("{\"items\":["
        + "{\"policyId\":\"AllowSelfServicePurchase\",\"scope\":\"product\",\"productId\":\"CFQ7TTC0LH2H\","
        + "\"productName\":\"Power Apps per user\",\"policyValue\":\"Disabled\"},"
        + "{\"policyId\":\"AllowSelfServicePurchase\",\"scope\":\"OfferType\",\"scopeId\":\"SaaS\","
        + "\"scopeValue\":\"Software as a Service\",\"policyValue\":\"Enabled\"}]}", "AllowSelfServicePurchase");
    assertEquals(new ProductPolicy("AllowSelfServicePurchase", "CFQ7TTC0LH2H", "Power Apps per user",
        PolicyValue.DISABLED), items.get(0));
    assertEquals(new OfferTypePolicy("AllowSelfServicePurchase", "SaaS", "Software as a Service",
        PolicyValue.ENABLED), items.get(1));
  }

  @Test
  public void policyItems_toleratesMissingScopeUnknownFieldsAndOtherCasing() {
    List<PolicyItem> items = PolicyJson.policyItems("{\"items\":[{\"ProductId\":\"CFQ7TTC0H9MP\","
        + "\"productName\":\"Power BI Pro\",\"policyValue\":\"Enabled\",\"trialFlag\":true,\"extra\":{\"a\":1}}],"
        + "\"nextLink\":null}", "AllowSelfServicePurchase");
    assertEquals(new ProductPolicy("AllowSelfServicePurchase", "CFQ7TTC0H9MP", "Power BI Pro", PolicyValue.ENABLED),
        items.get(0));
  }

  @Test
  public void policies_readsTheWrapper() {
    List<Policy> policies = PolicyJson.policies("{\"items\":[{\"id\":\"AllowSelfServicePurchase\","
        + "\"description\":\"d\",\"defaultValue\":\"Enabled\"}]}");
    assertEquals(List.of(new Policy("AllowSelfServicePurchase", "d", PolicyValue.ENABLED)), policies);
  }

  @Test
  public void policyItems_rejectsAnUnknownPolicyValueNamingIt() {
    MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> PolicyJson.policyItems(
        "{\"items\":[{\"productId\":\"X1\",\"policyValue\":\"Maybe\"}]}", "AllowSelfServicePurchase"));
    assertTrue(e.getMessage(), e.getMessage().contains("'Maybe'"));
  }

  @Test
  public void policyItems_rejectsBodiesWithoutItems() {
    assertThrows(MalformedResponseException.class, () -> PolicyJson.policyItems("{\"value\":[]}", "P"));
    assertThrows(MalformedResponseException.class, () -> PolicyJson.policyItems("{\"items\":[", "P"));
    assertThrows(MalformedResponseException.class, () -> PolicyJson.policyItems("<html>", "P"));
  }

  @Test
  public void error_readsTheServiceShapeAndSurvivesGarbage() {
    ServiceError error = PolicyJson.error("{\"errorCode\":\"BadRequest\",\"reason\":\"Invalid scope.\"}");
    assertEquals("BadRequest", error.errorCode());
    assertEquals("Invalid scope.", error.reason());
    assertNull(PolicyJson.error("Bad Gateway").reason());
  }

  @Test
  public void updateBody_isTheSinglePolicyValueProperty() {
    assertEquals("{\"policyValue\":\"OnlyTrialsWithoutPaymentMethod\"}",
        PolicyJson.updateBody(PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD));
  }
}
