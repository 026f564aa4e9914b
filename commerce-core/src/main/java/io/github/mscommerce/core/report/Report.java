package io.github.mscommerce.core.report;

import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.Policy;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.gate.GateResult;
import io.github.mscommerce.core.gate.Rule;
import io.github.mscommerce.core.gate.Violation;
import io.github.mscommerce.core.plan.ApplyResult;
import io.github.mscommerce.core.plan.DesiredState;
import io.github.mscommerce.core.plan.ItemOutcome;
import io.github.mscommerce.core.plan.ItemOutcome.Status;
import io.github.mscommerce.core.plan.Plan;
import io.github.mscommerce.core.plan.PlanItem;
import io.github.mscommerce.core.plan.PlanItem.Action;
import io.github.mscommerce.core.plan.PolicyItems;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The one result model that {@link JsonReport}, {@link MarkdownReport} and {@link JUnitReport} render, made from the
 * result of any goal. It holds no exception and no credential: failures are kept as their messages, which never contain a
 * secret.
 *
 * @param goal the goal or step that produced it, such as {@code verify-policy}; names the report files
 * @param time when the result was produced, UTC, to the second
 * @param rules the gate's rules as configured ({@code toString()}); empty for other goals
 * @param summary counts in a stable order, such as {@code changed=3, unchanged=21}
 * @param outcome one line for a log or a job summary
 * @param notes what a reader must keep in mind, such as "another run may have changed the tenant since"; often empty
 */
public record Report(String goal, String title, Instant time, String policyId, List<ReportRow> rows, List<String> rules,
    List<Violation> violations, Map<String, Integer> summary, boolean success, String outcome, List<String> notes) {

  public Report {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(title, "title");
    time = time.truncatedTo(ChronoUnit.SECONDS);
    Objects.requireNonNull(policyId, "policyId");
    rows = List.copyOf(rows);
    rules = List.copyOf(rules);
    violations = List.copyOf(violations);
    summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    Objects.requireNonNull(outcome, "outcome");
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** A report without notes. */
  public Report(String goal, String title, Instant time, String policyId, List<ReportRow> rows, List<String> rules,
      List<Violation> violations, Map<String, Integer> summary, boolean success, String outcome) {
    this(goal, title, time, policyId, rows, rules, violations, summary, success, outcome, List.of());
  }

  /** The same report with {@code more} notes after its own. */
  public Report withNotes(List<String> more) {
    List<String> all = new java.util.ArrayList<>(notes);
    all.addAll(more);
    return new Report(goal, title, time, policyId, rows, rules, violations, summary, success, outcome, all);
  }

  /** {@code Get-MSCommercePolicies}: each policy with its default value. */
  public static Report ofPolicies(String goal, List<Policy> policies, Instant time) {
    List<ReportRow> rows = policies.stream()
        .map(p -> ReportRow.value("policy", p.id(), p.description(), p.defaultValue()))
        .collect(Collectors.toList());
    return new Report(goal, "Self-service purchase policies", time, Policy.ALLOW_SELF_SERVICE_PURCHASE, rows,
        List.of(), List.of(), Map.of("policies", policies.size()), true, count(policies.size(), "policy", "policies"));
  }

  /** A listing of products or offer types with their values. */
  public static Report ofItems(String goal, List<? extends PolicyItem> items, Instant time) {
    List<ReportRow> rows = items.stream()
        .map(item -> ReportRow.value(item.kind().label(), item.id(), item.name(), item.policyValue()))
        .collect(Collectors.toList());
    Map<String, Integer> summary = new LinkedHashMap<>();
    summary.put("items", items.size());
    for (PolicyValue value : PolicyValue.values()) {
      summary.put(value.wireValue(), (int) items.stream().filter(item -> item.policyValue() == value).count());
    }
    String values = List.of(PolicyValue.values()).stream()
        .filter(value -> summary.get(value.wireValue()) > 0)
        .map(value -> summary.get(value.wireValue()) + " " + value)
        .collect(Collectors.joining(", "));
    String outcome = PolicyItems.count(items) + (values.isEmpty() ? "" : ": " + values);
    return new Report(goal, "Self-service purchase settings", time, PolicyItems.policyIdOf(items), rows, List.of(),
        List.of(), summary, true, outcome);
  }

  /** A plan that is reported, not applied. */
  public static Report ofDryRun(String goal, Plan plan, Instant time) {
    List<ReportRow> rows = plan.items().stream()
        .map(item -> ReportRow.change(item.kind().label(), item.id(), item.name(), item.current().orElse(null),
            item.desired(), words(item.action()), item.problem().orElse(null)))
        .collect(Collectors.toList());
    Map<String, Integer> summary = new LinkedHashMap<>();
    summary.put("change", plan.count(Action.CHANGE));
    summary.put("unchanged", plan.count(Action.UNCHANGED));
    summary.put("invalid", plan.count(Action.INVALID));
    String counts = count(plan.count(Action.CHANGE), "change", "changes") + ", " + plan.count(Action.UNCHANGED)
        + " unchanged";
    String outcome = plan.isValid()
        ? "Dry run: " + counts + "; nothing was sent."
        : "Dry run: " + count(plan.count(Action.INVALID), "invalid item", "invalid items")
            + ", so the plan cannot be applied; " + counts + ".";
    return new Report(goal, "Planned changes (dry run)", time, plan.policyId(), rows, List.of(), List.of(), summary,
        plan.isValid(), outcome);
  }

  public static Report ofApply(String goal, ApplyResult result, Instant time) {
    List<ReportRow> rows = result.outcomes().stream().map(Report::applyRow).collect(Collectors.toList());
    Map<String, Integer> summary = new LinkedHashMap<>();
    summary.put("changed", result.count(Status.CHANGED));
    summary.put("unchanged", result.count(Status.UNCHANGED));
    summary.put("failed", result.count(Status.FAILED));
    summary.put("notAttempted", result.count(Status.NOT_ATTEMPTED));
    summary.put("cancelled", result.count(Status.CANCELLED));
    summary.put("unknown", result.count(Status.UNKNOWN));
    String lead = result.cancelled() ? "Cancelled: " : result.succeeded() ? "Applied: " : "Not fully applied: ";
    StringBuilder outcome = new StringBuilder(lead).append(result.count(Status.CHANGED)).append(" changed, ")
        .append(result.count(Status.UNCHANGED)).append(" unchanged, ").append(result.count(Status.FAILED))
        .append(" failed, ").append(result.count(Status.NOT_ATTEMPTED)).append(" not attempted");
    if (result.cancelled()) {
      outcome.append(", ").append(result.count(Status.CANCELLED)).append(" cancelled, ")
          .append(result.count(Status.UNKNOWN)).append(" sent with outcome unknown");
    } else if (result.count(Status.UNKNOWN) > 0) {
      outcome.append(", ").append(result.count(Status.UNKNOWN)).append(" sent with outcome unknown");
    }
    return new Report(goal, "Applied changes", time, result.policyId(), rows, List.of(), List.of(), summary,
        result.succeeded(), outcome.append('.').toString());
  }

  /** An export: every item with its value, and where the desired-state file went. */
  public static Report ofExport(String goal, DesiredState state, String fileName, Instant time) {
    List<ReportRow> rows = new java.util.ArrayList<>();
    state.products().forEach((id, value) -> rows.add(ReportRow.value(ItemKind.PRODUCT.label(), id, "", value)));
    state.offerTypes().forEach((id, value) -> rows.add(ReportRow.value(ItemKind.OFFER_TYPE.label(), id, "", value)));
    Map<String, Integer> summary = new LinkedHashMap<>();
    summary.put("products", state.products().size());
    summary.put("offerTypes", state.offerTypes().size());
    String outcome = "Exported " + state.products().size() + " products"
        + (state.offerTypes().isEmpty() ? "" : " and " + state.offerTypes().size() + " offer types") + " to "
        + fileName + "; apply it to restore this state.";
    return new Report(goal, "Exported state", time, state.policyId(), rows, List.of(), List.of(), summary, true,
        outcome);
  }

  public static Report ofGate(String goal, GateResult result, Instant time) {
    List<ReportRow> rows = result.checked().stream()
        .map(item -> ReportRow.value(item.kind().label(), item.id(), item.name(), item.policyValue()))
        .collect(Collectors.toList());
    Map<String, Integer> summary = new LinkedHashMap<>();
    summary.put("checked", result.checked().size());
    summary.put("rules", result.rules().size());
    summary.put("violations", result.violations().size());
    String outcome = result.passed()
        ? "Passed: " + PolicyItems.count(result.checked()) + " checked against "
            + count(result.rules().size(), "rule", "rules") + ", no violations."
        : "Failed: " + result.summary() + ".";
    List<String> rules = result.rules().stream().map(Rule::toString).collect(Collectors.toList());
    return new Report(goal, "Policy verification", time, PolicyItems.policyIdOf(result.checked()), rows, rules,
        result.violations(), summary, result.passed(), outcome);
  }

  private static ReportRow applyRow(ItemOutcome outcome) {
    PlanItem item = outcome.item();
    String detail;
    switch (outcome.status()) {
      case FAILED:
        detail = "wanted " + item.desired() + ": " + outcome.failure().orElseThrow().getMessage();
        break;
      case NOT_ATTEMPTED:
      case CANCELLED:
        detail = "wanted " + item.desired();
        break;
      case UNKNOWN:
        detail = "wanted " + item.desired() + "; sent, outcome unknown"
            + outcome.failure().map(f -> ": " + f.getMessage()).orElse("");
        break;
      default:
        detail = null;
    }
    return ReportRow.change(item.kind().label(), item.id(), item.name(), item.current().orElse(null),
        outcome.valueAfter().orElse(null), words(outcome.status()), detail);
  }

  /** "CHANGE" → "change", "NOT_ATTEMPTED" → "not attempted". */
  private static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
