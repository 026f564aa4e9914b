package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import hudson.AbortException;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The four read steps end to end, each at the emulator over HTTPS with the demo app's credentials: what the script
 * receives, what the log says, and the reports in the workspace's {@code commerce/} folder.
 */
public class ReadStepsTest {

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private StepHarness harness;

  @Before
  public void setUp() throws Exception {
    harness = new StepHarness(folder.getRoot().toPath()).withCredentials();
  }

  @After
  public void tearDown() {
    harness.close();
  }

  @Test
  public void policies_returnsEachPolicyAsAMap() throws Exception {
    List<?> policies = (List<?>) harness.run(harness.withDemoApp(new PoliciesStep()));

    Map<?, ?> policy = (Map<?, ?>) policies.get(0);
    assertEquals("AllowSelfServicePurchase", policy.get("id"));
    assertTrue(policy.toString(), policy.containsKey("description") && policy.containsKey("defaultValue"));
    assertTrue(harness.file("commerce/policies.json"), harness.file("commerce/policies.json")
        .contains("AllowSelfServicePurchase"));
    assertTrue(harness.log(), harness.log().contains("Wrote commerce/policies.json, commerce/policies.md"));
    harness.assertNoSecretAnywhere();
  }

  @Test
  public void policy_returnsTheDefaultPolicyAndSaysWhereTheSecretCameFrom() throws Exception {
    Map<?, ?> policy = (Map<?, ?>) harness.run(harness.withDemoApp(new PolicyStep()));

    assertEquals("AllowSelfServicePurchase", policy.get("id"));
    assertTrue(harness.log(), harness.log().contains("Signing in with client secret of app "
        + harness.emulator.demo().clientId() + " in tenant " + harness.emulator.demo().tenantId()
        + " (from credentials '" + StepHarness.CREDENTIALS_ID + "')."));
    harness.assertNoSecretAnywhere();
  }

  @Test
  public void productPolicies_returnsEveryProductWithTheReadKeys() throws Exception {
    harness.emulator.admin().setProductValue(harness.emulator.demo().tenantId(), "CFQ7TTC0H9MP", "Disabled");

    List<?> products = (List<?>) harness.run(harness.withDemoApp(new ProductPoliciesStep()));

    assertEquals(24, products.size());
    Map<?, ?> powerBi = products.stream().map(Map.class::cast).filter(p -> "CFQ7TTC0H9MP".equals(p.get("productId")))
        .findFirst().orElseThrow();
    assertEquals(Map.of("productId", "CFQ7TTC0H9MP", "productName", "Power BI Pro", "policyValue", "Disabled"),
        powerBi);
    assertTrue(harness.log(), harness.log().contains("24 products: 23 Enabled, 1 Disabled"));
    assertTrue(harness.exists("commerce/products.md"));
  }

  @Test
  public void productPoliciesWithOfferTypeScope_returnsTheOfferTypes() throws Exception {
    ProductPoliciesStep step = harness.withDemoApp(new ProductPoliciesStep());
    step.setScope("OfferType");

    List<?> offerTypes = (List<?>) harness.run(step);

    assertEquals(4, offerTypes.size());
    assertEquals("SaaS", ((Map<?, ?>) offerTypes.get(0)).get("offerType"));
  }

  @Test
  public void productPolicy_returnsOneProduct() throws Exception {
    ProductPolicyStep step = harness.withDemoApp(new ProductPolicyStep());
    step.setProductId("CFQ7TTC0MM8R");

    Map<?, ?> product = (Map<?, ?>) harness.run(step);

    assertEquals(Map.of("productId", "CFQ7TTC0MM8R", "productName", "Microsoft 365 Copilot", "policyValue", "Enabled"),
        product);
    assertTrue(harness.log(), harness.log().contains("CFQ7TTC0MM8R Microsoft 365 Copilot: Enabled"));
  }

  @Test
  public void productPolicyOfAnOfferType_returnsItWithTheOfferTypeKeys() throws Exception {
    ProductPolicyStep step = harness.withDemoApp(new ProductPolicyStep());
    step.setOfferType("SaaS");

    Map<?, ?> offerType = (Map<?, ?>) harness.run(step);

    assertEquals("SaaS", offerType.get("offerType"));
    assertEquals("Enabled", offerType.get("policyValue"));
  }

  /** Core's wording, in the step's spelling of the settings; before any request. */
  @Test
  public void productPolicyWithNeitherIdNorOfferType_failsNamingBothFields() throws Exception {
    ProductPolicyStep step = harness.withDemoApp(new ProductPolicyStep());

    AbortException e = assertThrows(AbortException.class, () -> harness.run(step));

    assertTrue(e.getMessage(), e.getMessage().contains("productId") && e.getMessage().contains("offerType"));
    assertEquals(0, harness.emulator.admin().journal().size());
  }

  /** Scripts may modify what they get: the value is made of plain mutable JDK collections. */
  @Test
  public void returnedValue_isMadeOfMutableJdkCollections() throws Exception {
    List<?> products = (List<?>) harness.run(harness.withDemoApp(new ProductPoliciesStep()));

    assertEquals(java.util.ArrayList.class, products.getClass());
    assertEquals(java.util.LinkedHashMap.class, products.get(0).getClass());
  }
}
