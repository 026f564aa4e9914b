package io.github.mscommerce.core.gate;

import static io.github.mscommerce.core.PolicyValue.DISABLED;
import static io.github.mscommerce.core.PolicyValue.ENABLED;
import static io.github.mscommerce.core.testing.TestItems.COPILOT;
import static io.github.mscommerce.core.testing.TestItems.POWER_APPS;
import static io.github.mscommerce.core.testing.TestItems.POWER_BI_PREMIUM;
import static io.github.mscommerce.core.testing.TestItems.POWER_BI_PRO;
import static io.github.mscommerce.core.testing.TestItems.product;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.OfferTypePolicy;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.ProductPolicy;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.plan.Selection;
import io.github.mscommerce.core.testing.TestItems;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

public class GateTest {

  private final List<OfferTypePolicy> offerTypes = TestItems.offerTypes(ENABLED);

  @Test
  public void construct_noRules_throwsSayingWhatToDo() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> new Gate(List.of(), null));

    assertEquals(Suggestions.generic().noGateRules(), e.getMessage());
  }

  @Test
  public void evaluate_defaultRule_failsOnEveryEnabledProduct() {
    List<ProductPolicy> products = List.of(product(POWER_APPS, "Power Apps per user", DISABLED),
        product(COPILOT, "Microsoft 365 Copilot", ENABLED), product(POWER_BI_PRO, "Power BI Pro", ENABLED));

    GateResult result = new Gate(Gate.defaultRules(), null).evaluate(products, offerTypes);

    assertFalse(result.passed());
    assertEquals(List.of(COPILOT, POWER_BI_PRO), violationIds(result));
    assertEquals("2 violations in 3 products checked against 1 rule", result.summary());
  }

  @Test
  public void evaluate_withoutScope_checksProductsOnly() {
    GateResult result = new Gate(Gate.defaultRules(), null).evaluate(TestItems.products(DISABLED), offerTypes);

    assertTrue(result.passed());
    assertTrue(result.checked().stream().allMatch(item -> item.kind() == ItemKind.PRODUCT));
    assertEquals(TestItems.products(DISABLED).size(), result.checked().size());
  }

  @Test
  public void evaluate_everyRule_runs_andAnItemBreakingTwoRulesIsOneViolationNamingBoth() {
    List<Rule> rules = List.of(ForbidValues.of(ENABLED), RequireValue.of(DISABLED, COPILOT, "CFQ7TTC0GONE"));

    GateResult result = new Gate(rules, null).evaluate(TestItems.products(ENABLED), List.of());

    // Every product is Enabled (one each); Copilot also breaks the second rule, in the same violation; GONE is missing.
    int products = TestItems.products(ENABLED).size();
    assertEquals(products + 1, result.violations().size());
    assertEquals("CFQ7TTC0GONE", violationIds(result).get(products));
    Violation copilot = result.violations().stream().filter(v -> v.id().equals(COPILOT)).findFirst().orElseThrow();
    assertEquals("no product may be Enabled; " + COPILOT + " must be Disabled", copilot.rule());
    assertEquals(rules, result.rules());
  }

  @Test
  public void evaluate_forbidAndAllow_countEachOffendingProductOnce() {
    List<Rule> rules = List.of(ForbidValues.of(ENABLED), AllowOnlyValues.of(DISABLED));
    List<io.github.mscommerce.core.ProductPolicy> tenant = List.of(
        TestItems.product(COPILOT, "Microsoft 365 Copilot", ENABLED),
        TestItems.product(POWER_BI_PRO, "Power BI Pro", io.github.mscommerce.core.PolicyValue
            .ONLY_TRIALS_WITHOUT_PAYMENT_METHOD),
        TestItems.product(POWER_BI_PREMIUM, "Power BI Premium (standalone)", DISABLED));

    GateResult result = new Gate(rules, null).evaluate(tenant, List.of());

    assertEquals(List.of(COPILOT, POWER_BI_PRO), violationIds(result));
    assertEquals("2 violations in 3 products checked against 2 rules", result.summary());
    assertEquals("CFQ7TTC0MM8R Microsoft 365 Copilot is Enabled (rule: no product may be Enabled; products may only "
        + "be Disabled)", result.violations().get(0).describe());
  }

  @Test
  public void evaluate_scope_limitsTheItemsChecked() {
    Selection scope = Selection.builder().productNames("Power BI*").offerTypes("SaaS").build();

    GateResult result = new Gate(Gate.defaultRules(), scope).evaluate(TestItems.products(ENABLED), offerTypes);

    assertEquals(List.of(POWER_BI_PREMIUM, POWER_BI_PRO, "SaaS"),
        result.checked().stream().map(PolicyItem::id).collect(Collectors.toList()));
    assertEquals("no offer type may be Enabled", result.violations().get(2).rule());
  }

  @Test
  public void evaluate_scopeWithUnknownId_throws() {
    Gate gate = new Gate(Gate.defaultRules(), Selection.builder().productIds("CFQ7TTC0GONE").build());

    assertThrows(InvalidSettingsException.class, () -> gate.evaluate(TestItems.products(ENABLED), List.of()));
  }

  private static List<String> violationIds(GateResult result) {
    return result.violations().stream().map(Violation::id).collect(Collectors.toList());
  }
}
