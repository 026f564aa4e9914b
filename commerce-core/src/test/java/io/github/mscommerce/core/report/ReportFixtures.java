package io.github.mscommerce.core.report;

import static io.github.mscommerce.core.PolicyValue.DISABLED;
import static io.github.mscommerce.core.PolicyValue.ENABLED;
import static io.github.mscommerce.core.testing.TestItems.COPILOT;
import static io.github.mscommerce.core.testing.TestItems.POWER_APPS;
import static io.github.mscommerce.core.testing.TestItems.POWER_BI_PRO;

import io.github.mscommerce.core.CommerceException;
import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.ProductPolicy;
import io.github.mscommerce.core.ResponseFacts;
import io.github.mscommerce.core.ServiceException;
import io.github.mscommerce.core.gate.ForbidValues;
import io.github.mscommerce.core.gate.Gate;
import io.github.mscommerce.core.gate.GateResult;
import io.github.mscommerce.core.gate.RequireValue;
import io.github.mscommerce.core.plan.ApplyResult;
import io.github.mscommerce.core.plan.DesiredState;
import io.github.mscommerce.core.plan.ItemOutcome;
import io.github.mscommerce.core.plan.ItemOutcome.Status;
import io.github.mscommerce.core.plan.PlanItem;
import io.github.mscommerce.core.plan.PlanItem.Action;
import io.github.mscommerce.core.testing.TestItems;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Results of each kind, built without a service, for the renderer tests. */
final class ReportFixtures {

  static final Instant TIME = Instant.parse("2025-03-14T09:30:00.123Z");
  /** What a cause might carry that a report must never show. */
  static final String LEAKED_IN_CAUSE = "eyJhbGciOiJSUzI1NiJ9.secret-token";

  private ReportFixtures() {}

  /** Three products, two Enabled, a name with characters that Markdown and XML treat specially, a missing id. */
  static GateResult failedGate() {
    List<ProductPolicy> products = List.of(
        TestItems.product(POWER_APPS, "Power Apps | <per user> & \"more\"", DISABLED),
        TestItems.product(COPILOT, "Microsoft 365 Copilot", ENABLED),
        TestItems.product(POWER_BI_PRO, "Power BI Pro", ENABLED));
    return new Gate(List.of(ForbidValues.of(ENABLED), RequireValue.of(DISABLED, COPILOT, "CFQ7TTC0GONE")), null)
        .evaluate(products, List.of());
  }

  static GateResult passedGate() {
    return new Gate(Gate.defaultRules(), null).evaluate(TestItems.products(DISABLED), List.of());
  }

  /** One change, one unchanged, one failure (whose cause holds a token), one not attempted. */
  static ApplyResult applyResult() {
    PlanItem changed = planItem(POWER_APPS, "Power Apps per user", Action.CHANGE);
    PlanItem unchanged = new PlanItem(ItemKind.PRODUCT, COPILOT, "Microsoft 365 Copilot", Optional.of(DISABLED),
        DISABLED, Action.UNCHANGED, Optional.empty());
    PlanItem failed = planItem(POWER_BI_PRO, "Power BI Pro", Action.CHANGE);
    PlanItem notAttempted = planItem("CFQ7TTC0HD33", "Visio Plan 1", Action.CHANGE);
    CommerceException failure = new ServiceException("Setting product 'CFQ7TTC0H9MP' to Disabled failed: boom",
        ResponseFacts.of(500, "InternalServerError", "5b1f0c3e-0000-4000-8000-000000000001"),
        new IllegalStateException(LEAKED_IN_CAUSE));
    List<ItemOutcome> outcomes = List.of(
        new ItemOutcome(changed, Status.CHANGED, Optional.of(DISABLED), Optional.empty()),
        new ItemOutcome(unchanged, Status.UNCHANGED, Optional.empty(), Optional.empty()),
        new ItemOutcome(failed, Status.FAILED, Optional.empty(), Optional.of(failure)),
        new ItemOutcome(notAttempted, Status.NOT_ATTEMPTED, Optional.empty(), Optional.empty()));
    DesiredState before = DesiredState.explicit("AllowSelfServicePurchase",
        Map.of(POWER_APPS, ENABLED, COPILOT, DISABLED, POWER_BI_PRO, ENABLED, "CFQ7TTC0HD33", ENABLED), Map.of());
    return new ApplyResult(outcomes, before, false);
  }

  private static PlanItem planItem(String id, String name, Action action) {
    return new PlanItem(ItemKind.PRODUCT, id, name, Optional.of(ENABLED), DISABLED, action, Optional.empty());
  }
}
