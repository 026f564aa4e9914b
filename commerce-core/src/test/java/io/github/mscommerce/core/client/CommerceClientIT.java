package io.github.mscommerce.core.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.InvalidRequestException;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.NotFoundException;
import io.github.mscommerce.core.OfferTypePolicy;
import io.github.mscommerce.core.PermissionDeniedException;
import io.github.mscommerce.core.Policy;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.ProductPolicy;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.http.RetryPolicy;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Demo;
import io.github.mscommerce.emulator.JournalEntry;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** Every operation of the service, over real HTTPS against the emulator, on both version segments. */
public class CommerceClientIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final String PRODUCTS_ROUTE = "/v1.0/policies/{policyId}/products";

  private static CommerceEmulator emulator;

  @Before
  public void resetEmulator() {
    emulator = SharedEmulator.fresh();
  }

  private static Demo demo() {
    return emulator.demo();
  }

  private static CommerceClient client(ApiVersion version) {
    return client(version, demo().clientId(), demo().clientSecret());
  }

  private static CommerceClient client(ApiVersion version, String clientId, String secret) {
    return SharedEmulator.clientBuilder(clientId, secret).apiVersion(version).build();
  }

  @Test
  public void policies_listsAllowSelfServicePurchaseWithItsDefault() {
    for (ApiVersion version : ApiVersion.values()) {
      List<Policy> policies = client(version).policies();
      assertEquals(1, policies.size());
      assertEquals(Policy.ALLOW_SELF_SERVICE_PURCHASE, policies.get(0).id());
      assertEquals(PolicyValue.ENABLED, policies.get(0).defaultValue());
      assertEquals(1, emulator.admin().count("GET", "/" + version.segment() + "/policies"));
    }
  }

  @Test
  public void policy_readsOneByIdIgnoringCase() {
    Policy policy = client(ApiVersion.V1).policy("allowselfservicepurchase");
    assertEquals(Policy.ALLOW_SELF_SERVICE_PURCHASE, policy.id());
    assertFalse(policy.description().isBlank());
  }

  @Test
  public void policy_unknownIdSaysWhichPolicyExists() {
    NotFoundException e = assertThrows(NotFoundException.class, () -> client(ApiVersion.V1_0).policy("AllowTrials"));
    assertTrue(e.getMessage(), e.getMessage().contains(Suggestions.generic().unknownPolicy("AllowTrials")));
    assertEquals(404, e.status().getAsInt());
  }

  @Test
  public void productPolicies_listsProductsOnlyWithoutAScopeQuery() {
    List<ProductPolicy> products = client(ApiVersion.V1_0).productPolicies();
    assertEquals(24, products.size());
    assertTrue(products.stream().allMatch(p -> p.policyValue() == PolicyValue.ENABLED));
    assertTrue(products.stream().anyMatch(p -> p.productId().equals("CFQ7TTC0MM8R")
        && p.productName().equals("Microsoft 365 Copilot")));
    JournalEntry list = lastEntry("GET");
    assertEquals("/v1.0/policies/AllowSelfServicePurchase/products", list.path());
  }

  @Test
  public void offerTypePolicies_listsTheFourOfferTypes() {
    List<OfferTypePolicy> offerTypes = client(ApiVersion.V1).offerTypePolicies();
    assertEquals(Set.of("SaaS", "POWERBIVISUALS", "DYNAMICSCE", "DYNAMICSBC"),
        offerTypes.stream().map(OfferTypePolicy::offerType).collect(Collectors.toSet()));
    assertEquals("Software as a Service", offerTypes.stream().filter(o -> o.offerType().equals("SaaS"))
        .findFirst().orElseThrow().displayName());
  }

  @Test
  public void policyItems_explicitProductScopeReturnsProducts() {
    List<PolicyItem> items = client(ApiVersion.V1_0).policyItems("product");
    assertEquals(24, items.size());
    assertTrue(items.stream().allMatch(ProductPolicy.class::isInstance));
  }

  @Test
  public void policyItems_unknownScopeIsRejectedByTheServiceAndNotRetried() {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> client(ApiVersion.V1_0).policyItems("Bundle"));
    assertTrue(e.getMessage(), e.getMessage().contains("Invalid scope."));
    assertEquals(1, emulator.admin().count("GET", PRODUCTS_ROUTE));
  }

  @Test
  public void productPolicy_readsOneProduct() {
    emulator.admin().setProductValue(demo().tenantId(), "CFQ7TTC0H9MP", "Disabled");
    ProductPolicy product = client(ApiVersion.V1).productPolicy("CFQ7TTC0H9MP");
    assertEquals(new ProductPolicy(Policy.ALLOW_SELF_SERVICE_PURCHASE, "CFQ7TTC0H9MP", "Power BI Pro",
        PolicyValue.DISABLED), product);
  }

  @Test
  public void productPolicy_unknownIdNamesTheClosestKnownIds() {
    NotFoundException e =
        assertThrows(NotFoundException.class, () -> client(ApiVersion.V1_0).productPolicy("CFQ7TTC0LH2X"));
    assertEquals("CFQ7TTC0LH2H", e.closestIds().get(0));
    assertTrue(e.getMessage(), e.getMessage().contains("Did you mean CFQ7TTC0LH2H"));
    assertTrue(e.getMessage(), e.getMessage().contains("HTTP 404"));
  }

  @Test
  public void offerTypePolicy_readsOneOfferType() {
    assertEquals(PolicyValue.ENABLED, client(ApiVersion.V1_0).offerTypePolicy("SaaS").policyValue());
  }

  @Test
  public void updateProductPolicy_setsTheValueAndReturnsTheUpdatedProduct() {
    for (ApiVersion version : ApiVersion.values()) {
      ProductPolicy updated = client(version).updateProductPolicy("CFQ7TTC0RM8K",
          PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD);
      assertEquals(PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD, updated.policyValue());
      assertEquals("OnlyTrialsWithoutPaymentMethod", emulator.admin().productValue(demo().tenantId(), "CFQ7TTC0RM8K"));
      emulator.admin().reset();
    }
  }

  @Test
  public void updateOfferTypePolicy_setsEnabledOrDisabled() {
    OfferTypePolicy updated = client(ApiVersion.V1_0).updateOfferTypePolicy("SaaS", PolicyValue.DISABLED);
    assertEquals(PolicyValue.DISABLED, updated.policyValue());
    assertEquals("Disabled", emulator.admin().offerTypeValue(demo().tenantId(), "SaaS"));
  }

  @Test
  public void updateOfferTypePolicy_trialsOnlyIsRefusedByTheService() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> client(ApiVersion.V1_0).updateOfferTypePolicy("SaaS", PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD));
    assertEquals(400, e.status().getAsInt());
    assertEquals("Enabled", emulator.admin().offerTypeValue(demo().tenantId(), "SaaS"));
  }

  @Test
  public void updateProductPolicy_readOnlyAppIsDeniedWithTheRoleToGrant() {
    CommerceClient reader = client(ApiVersion.V1_0, demo().readOnlyClientId(), demo().readOnlyClientSecret());
    assertEquals(24, reader.productPolicies().size());
    PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
        () -> reader.updateProductPolicy("CFQ7TTC0LH2H", PolicyValue.DISABLED));
    assertTrue(e.getMessage(), e.getMessage().contains(Suggestions.ROLE_READ_WRITE));
    assertEquals("Enabled", emulator.admin().productValue(demo().tenantId(), "CFQ7TTC0LH2H"));
    assertEquals("correlation id of the refused PUT", lastEntry("PUT").correlationId(), e.correlationId().orElseThrow());
  }

  @Test
  public void productPolicies_appWithoutRoleIsDeniedForReadsWithTheReadRoles() {
    CommerceClient noRole = client(ApiVersion.V1_0, demo().noRoleClientId(), demo().noRoleClientSecret());
    PermissionDeniedException e = assertThrows(PermissionDeniedException.class, noRole::productPolicies);
    assertTrue(e.getMessage(), e.getMessage().contains(Suggestions.ROLE_READ));
    assertEquals(1, emulator.admin().count("GET", PRODUCTS_ROUTE));
  }

  @Test
  public void everyRequest_carriesItsOwnCorrelationId() {
    CommerceClient client = client(ApiVersion.V1_0);
    client.productPolicies();
    client.productPolicies();
    List<String> ids = emulator.admin().journal().stream().filter(e -> e.route().equals(PRODUCTS_ROUTE))
        .map(JournalEntry::correlationId).collect(Collectors.toList());
    assertEquals(2, ids.size());
    assertNotEquals(ids.get(0), ids.get(1));
  }

  @Test
  public void malformedProductId_isRefusedBeforeAnyRequest() {
    CommerceClient client = client(ApiVersion.V1_0);
    assertThrows(InvalidSettingsException.class, () -> client.updateProductPolicy("CFQ7/../x", PolicyValue.DISABLED));
    assertTrue(emulator.admin().journal().isEmpty());
  }

  @Test
  public void plainHttpEndpoint_isRefusedUnlessLoopback() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> CommerceClient.builder().endpoint(URI.create("http://licensing.m365.microsoft.com")));
    assertTrue(e.getMessage(), e.getMessage().contains("plain http"));
    CommerceClient.builder().endpoint(URI.create("http://127.0.0.1:1"));
  }

  @Test
  public void retryPolicy_zeroRetriesStillSendsOneRequest() {
    CommerceClient client = SharedEmulator.clientBuilder(demo().clientId(), demo().clientSecret())
        .retryPolicy(RetryPolicy.withRetries(0)).build();
    assertEquals(24, client.productPolicies().size());
    assertEquals(1, emulator.admin().count("GET", PRODUCTS_ROUTE));
  }

  private static JournalEntry lastEntry(String method) {
    List<JournalEntry> entries = emulator.admin().journal().stream().filter(e -> e.method().equals(method))
        .collect(Collectors.toList());
    return entries.get(entries.size() - 1);
  }
}
