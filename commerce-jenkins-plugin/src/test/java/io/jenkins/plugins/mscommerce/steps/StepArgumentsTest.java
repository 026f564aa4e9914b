package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/**
 * A script's arguments as structs hands them to a step's descriptor before binding: text for a list field becomes a
 * list, which the step then splits like every element. Pipelines themselves run in {@code VerifyPolicyStepJenkinsTest}.
 */
public class StepArgumentsTest {

  private final VerifyPolicyStep.DescriptorImpl gate = new VerifyPolicyStep.DescriptorImpl();

  @Test
  public void listFields_areTheSettersThatTakeALists() {
    assertEquals(Set.of("tenants", "productIds", "productNames", "offerTypes", "forbid", "allow"), gate.listFields());
    assertEquals(Set.of("tenants"), new ProductPolicyStep.DescriptorImpl().listFields());
  }

  @Test
  public void textForAListField_becomesAOneElementList_andTheRestIsUnchanged() {
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("productIds", "CFQ7TTC0MM8R, CFQ7TTC0H9MP");
    arguments.put("forbid", new StringBuilder("Enabled")); // a GString is a CharSequence too
    arguments.put("allow", List.of("Disabled"));
    arguments.put("policyId", "AllowSelfServicePurchase");
    arguments.put("timeout", 30);
    Map<String, Object> given = Map.copyOf(arguments);

    Map<String, Object> adjusted = gate.customInstantiate(Map.copyOf(arguments));

    assertEquals(List.of("CFQ7TTC0MM8R, CFQ7TTC0H9MP"), adjusted.get("productIds"));
    assertEquals(List.of("Enabled"), adjusted.get("forbid"));
    assertEquals(List.of("Disabled"), adjusted.get("allow"));
    assertEquals("AllowSelfServicePurchase", adjusted.get("policyId"));
    assertEquals(30, adjusted.get("timeout"));
    assertEquals(given.keySet(), adjusted.keySet());
  }

  /**
   * {@code tenants: 'a,b'} is the list of both, and {@code tenants: '@tenants.txt'} the one element core reads as a
   * workspace file; in every step, since each has the field.
   */
  @Test
  @SuppressWarnings("unchecked")
  public void tenantsAsText_bindAsTheListOrTheFileNamed() {
    ApplyPolicyStep.DescriptorImpl apply = new ApplyPolicyStep.DescriptorImpl();
    ApplyPolicyStep step = new ApplyPolicyStep(null);

    step.setTenants((List<String>) apply.customInstantiate(Map.of("tenants",
        "contoso.onmicrosoft.com, fabrikam.onmicrosoft.com")).get("tenants"));
    assertEquals(List.of("contoso.onmicrosoft.com", "fabrikam.onmicrosoft.com"), step.getTenants());

    step.setTenants((List<String>) apply.customInstantiate(Map.of("tenants", "@tenants.txt")).get("tenants"));
    assertEquals(List.of("@tenants.txt"), step.getTenants());
  }

  /** What binding then does with it: the same step as productIds: ['CFQ7TTC0MM8R', 'CFQ7TTC0H9MP']. */
  @Test
  @SuppressWarnings("unchecked")
  public void textForAListField_bindsAsTheList() {
    Map<String, Object> adjusted = gate.customInstantiate(Map.of("productIds", "CFQ7TTC0MM8R, CFQ7TTC0H9MP"));
    VerifyPolicyStep step = new VerifyPolicyStep();

    step.setProductIds((List<String>) adjusted.get("productIds"));

    assertEquals(List.of("CFQ7TTC0MM8R", "CFQ7TTC0H9MP"), step.getProductIds());
  }
}
