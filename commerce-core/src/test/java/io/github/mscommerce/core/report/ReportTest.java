package io.github.mscommerce.core.report;

import static io.github.mscommerce.core.PolicyValue.DISABLED;
import static io.github.mscommerce.core.PolicyValue.ENABLED;
import static io.github.mscommerce.core.report.ReportFixtures.TIME;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.Policy;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.plan.DesiredState;
import io.github.mscommerce.core.plan.Plan;
import io.github.mscommerce.core.plan.Planner;
import io.github.mscommerce.core.testing.TestItems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class ReportTest {

  @Test
  public void ofGate_failed_countsAndSaysWhy() {
    Report report = Report.ofGate("verify-policy", ReportFixtures.failedGate(), TIME);

    assertFalse(report.success());
    assertEquals("Failed: 3 violations in 3 products checked against 2 rules.", report.outcome());
    assertEquals(Map.of("checked", 3, "rules", 2, "violations", 3), report.summary());
    assertEquals(List.of("ForbidValues[forbidden=[Enabled]]",
        "RequireValue[ids=[CFQ7TTC0MM8R, CFQ7TTC0GONE], value=Disabled]"), report.rules());
    assertEquals(Instant.parse("2025-03-14T09:30:00Z"), report.time());
  }

  @Test
  public void ofGate_passed_saysWhatWasChecked() {
    Report report = Report.ofGate("verify-policy", ReportFixtures.passedGate(), TIME);

    assertTrue(report.success());
    assertEquals("Passed: 7 products checked against 1 rule, no violations.", report.outcome());
    assertEquals("AllowSelfServicePurchase", report.policyId());
  }

  @Test
  public void ofApply_incompleteRun_isNotASuccess() {
    Report report = Report.ofApply("apply", ReportFixtures.applyResult(), TIME);

    assertFalse(report.success());
    assertEquals("Not fully applied: 1 changed, 1 unchanged, 1 failed, 1 not attempted.", report.outcome());
    ReportRow failed = report.rows().get(2);
    assertEquals("failed", failed.result());
    assertEquals(ENABLED, failed.before());
    assertEquals(null, failed.after());
    assertEquals("not attempted", report.rows().get(3).result());
    assertEquals(DISABLED, report.rows().get(1).after());
  }

  @Test
  public void ofDryRun_withInvalidItem_isNotASuccess() {
    DesiredState desired = new DesiredState(null, Optional.empty(),
        Map.of("CFQ7TTC0GONE", DISABLED, TestItems.COPILOT, DISABLED), Map.of());
    Plan plan = Planner.plan(desired, TestItems.products(ENABLED), List.of());

    Report report = Report.ofDryRun("apply", plan, TIME);

    assertFalse(report.success());
    assertEquals("Dry run: 1 invalid item, so the plan cannot be applied; 1 change, 0 unchanged.", report.outcome());
    assertEquals("invalid", report.rows().get(1).result());
    assertTrue(report.rows().get(1).detail().startsWith("No product 'CFQ7TTC0GONE'"));
  }

  @Test
  public void ofItems_countsEachValue() {
    List<PolicyItem> items = new ArrayList<>(TestItems.products(ENABLED));
    items.add(TestItems.product("CFQ7TTC0HD32", "Visio Plan 2 (again)", PolicyValue.DISABLED));

    Report report = Report.ofItems("products", items, TIME);

    assertEquals("8 products: 7 Enabled, 1 Disabled", report.outcome());
    assertEquals(Integer.valueOf(0), report.summary().get("OnlyTrialsWithoutPaymentMethod"));
  }

  @Test
  public void ofPolicies_listsEachPolicyWithItsDefault() {
    Report report = Report.ofPolicies("policies",
        List.of(new Policy("AllowSelfServicePurchase", "Self-service purchase", ENABLED)), TIME);

    assertEquals("1 policy", report.outcome());
    assertEquals(ReportRow.value("policy", "AllowSelfServicePurchase", "Self-service purchase", ENABLED),
        report.rows().get(0));
  }
}
