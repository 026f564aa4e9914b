package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.gate.Violation;
import io.github.mscommerce.core.plan.DesiredStateDocument;
import io.github.mscommerce.core.report.Report;
import io.github.mscommerce.core.report.ReportFile;
import io.github.mscommerce.core.report.TenantReport;
import io.github.mscommerce.core.report.TenantReportFiles;
import io.github.mscommerce.core.report.TenantStatus;
import io.github.mscommerce.core.report.TenantsReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One result for a run over many tenants, made of each tenant's: the last progress line, the consolidated reports
 * (keyed by tenant; for the gate a JUnit suite per tenant), each tenant's own files (exports), the script value keyed
 * by tenant, and a failure naming every tenant that did not succeed, failures first, with its error and what was and
 * was not changed there.
 */
final class TenantResults {

  /** The single-tenant reports' titles, for a run where no tenant got far enough to have a report. */
  private static final Map<String, String> TITLES = Map.of(Goals.POLICIES, "Self-service purchase policies",
      Goals.POLICY, "Self-service purchase policies", Goals.PRODUCTS, "Self-service purchase settings",
      Goals.PRODUCT, "Self-service purchase settings", Goals.UPDATE_POLICY, "Applied changes", Goals.APPLY,
      "Applied changes", Goals.VERIFY_POLICY, "Policy verification", Goals.EXPORT, "Exported state");

  private final String goal;
  private final FrontEnd frontEnd;
  private final Suggestions suggestions;
  private final String policyId;

  TenantResults(String goal, FrontEnd frontEnd, String policyId) {
    this.goal = goal;
    this.frontEnd = frontEnd;
    this.suggestions = frontEnd.suggestions();
    this.policyId = policyId;
  }

  /**
   * @param outcomes every tenant's, in list order
   * @param progress counted every outcome
   * @param beforeStates the before-state files kept, as the log names them
   */
  TaskResult result(List<TenantOutcome> outcomes, boolean cancelled, TenantProgress progress,
      Optional<DesiredStateDocument> desiredState, Set<String> usedExceptions, List<String> beforeStates) {
    Instant time = frontEnd.clock().instant();
    String outcome = TenantList.count(outcomes.stream().map(TenantOutcome::entry).collect(Collectors.toList()))
        + ": " + progress.counts() + ".";
    TenantsReport run = TenantsReport.of(goal, title(outcomes), time, policyId,
        outcomes.stream().map(TenantResults::tenantReport).collect(Collectors.toList()), outcome);
    List<String> lines = new ArrayList<>();
    lines.add(progress.line());
    if (!beforeStates.isEmpty()) {
      lines.add(suggestions.tenantsBeforeStates(beforeStates.size(), beforeStates.get(0),
          frontEnd.name(PropertyNames.TENANT_ID)));
    }
    List<ReportFile> files = new ArrayList<>(goal.equals(Goals.VERIFY_POLICY) ? TenantReportFiles.forGate(run)
        : TenantReportFiles.forGoal(run));
    outcomes.forEach(o -> o.result().ifPresent(result -> files.addAll(result.files())));
    return new TaskResult(goal, taskOutcome(outcomes, cancelled), lines,
        warnings(outcomes, desiredState, usedExceptions), files, run.toReport(), value(outcomes),
        failure(outcomes, progress));
  }

  private String title(List<TenantOutcome> outcomes) {
    return outcomes.stream().flatMap(o -> o.result().stream()).findFirst().map(r -> r.report().title())
        .orElse(TITLES.getOrDefault(goal, goal));
  }

  private static TenantReport tenantReport(TenantOutcome outcome) {
    Optional<Report> report = outcome.result().map(TaskResult::report);
    String line = outcome.error().map(error -> error.split("\\R", 2)[0])
        .orElseGet(() -> report.map(Report::outcome).orElse(""));
    return new TenantReport(outcome.entry().tenant(), outcome.guid(), outcome.status(), report, outcome.error(),
        line);
  }

  /** Cancelled beats failed beats violations; otherwise what the tenants' own goals say, changes first. */
  private static TaskOutcome taskOutcome(List<TenantOutcome> outcomes, boolean cancelled) {
    if (cancelled) {
      return TaskOutcome.CANCELLED;
    }
    if (outcomes.stream().anyMatch(o -> o.status() == TenantStatus.FAILED || o.status() == TenantStatus.CANCELLED)) {
      return TaskOutcome.FAILED;
    }
    if (outcomes.stream().anyMatch(o -> o.status() == TenantStatus.VIOLATIONS)) {
      return TaskOutcome.VIOLATIONS;
    }
    List<TaskOutcome> own = outcomes.stream().flatMap(o -> o.result().stream()).map(TaskResult::outcome)
        .collect(Collectors.toList());
    return own.contains(TaskOutcome.CHANGED) ? TaskOutcome.CHANGED : own.isEmpty() ? TaskOutcome.READ : own.get(0);
  }

  /**
   * Each tenant's warnings, named after it; for the gate one line per tenant with violations (when they only warn),
   * not one per product; and the desired state's exceptions that no tenant of the run used.
   */
  private List<String> warnings(List<TenantOutcome> outcomes, Optional<DesiredStateDocument> desiredState,
      Set<String> usedExceptions) {
    List<String> warnings = new ArrayList<>();
    for (TenantOutcome outcome : outcomes) {
      Optional<TaskResult> result = outcome.result();
      if (goal.equals(Goals.VERIFY_POLICY)) {
        result.filter(r -> outcome.status() == TenantStatus.VIOLATIONS && !r.failed())
            .ifPresent(r -> warnings.add(violationsLine(outcome, r.report())));
      } else {
        result.ifPresent(r -> r.warnings().forEach(w -> warnings.add("[" + outcome.entry().tenant() + "] " + w)));
      }
    }
    desiredState.ifPresent(document -> document.tenants().values().stream()
        .filter(exceptions -> !usedExceptions.contains(exceptions.tenant()))
        .map(exceptions -> suggestions.exceptionsForNoTenantOfTheRun(exceptions.location(), exceptions.tenant()))
        .forEach(warnings::add));
    return warnings;
  }

  private static String violationsLine(TenantOutcome outcome, Report report) {
    return outcome.entry().tenant() + ": " + violations(report);
  }

  /** {@code 3 violations in 24 products checked against 1 rule: A is Enabled (rule: …); B is …}: one line. */
  private static String violations(Report report) {
    String summary = report.outcome().replaceFirst("^Failed: ", "").replaceFirst("\\.$", "");
    return summary + ": " + report.violations().stream().map(Violation::describe).collect(Collectors.joining("; "));
  }

  private Optional<String> failure(List<TenantOutcome> outcomes, TenantProgress progress) {
    List<TenantOutcome> failing = outcomes.stream().filter(TenantResults::failsTheRun)
        .sorted(Comparator.comparingInt(TenantResults::urgency)).collect(Collectors.toList());
    if (failing.isEmpty()) {
      return Optional.empty();
    }
    String nl = System.lineSeparator();
    StringBuilder failure = new StringBuilder(suggestions.tenantsNotAllOk(frontEnd.names().goal(goal),
        failing.size(), outcomes.size(), progress.counts()));
    for (TenantOutcome outcome : failing) {
      String tenant = outcome.entry().tenant() + (outcome.entry().source().contains(":")
          ? " (" + outcome.entry().source() + ")" : "");
      String detail = outcome.status() == TenantStatus.VIOLATIONS
          ? violations(outcome.result().orElseThrow().report()) : outcome.error().orElse("");
      failure.append(nl).append("  ").append(outcome.status().name()).append(' ').append(tenant).append(": ")
          .append(detail.strip().replace("\n", nl + "    ").replaceAll("\r", ""));
    }
    return Optional.of(failure.toString());
  }

  /** Failed, cancelled, or violations that fail the build ({@code commerce.failOnViolation}). */
  private static boolean failsTheRun(TenantOutcome outcome) {
    switch (outcome.status()) {
      case OK:
        return false;
      case VIOLATIONS:
        return outcome.result().map(TaskResult::failed).orElse(true);
      default:
        return true;
    }
  }

  private static int urgency(TenantOutcome outcome) {
    return outcome.status() == TenantStatus.FAILED ? 0 : outcome.status() == TenantStatus.CANCELLED ? 1 : 2;
  }

  /** Keyed by tenant as listed: the single-tenant value, the tenant's outcome, its GUID and error. */
  private static Map<String, Object> value(List<TenantOutcome> outcomes) {
    Map<String, Object> value = new LinkedHashMap<>();
    for (TenantOutcome outcome : outcomes) {
      Map<String, Object> tenant = new LinkedHashMap<>();
      tenant.put("tenantId", outcome.guid().orElse(null));
      tenant.put("status", outcome.status().words());
      tenant.put("outcome", outcome.result().map(r -> r.outcome().name()).orElse(outcome.status()
          == TenantStatus.CANCELLED ? TaskOutcome.CANCELLED.name() : TaskOutcome.FAILED.name()));
      tenant.put("value", outcome.result().map(TaskResult::value).orElse(null));
      outcome.error().ifPresent(error -> tenant.put("error", error));
      value.put(outcome.entry().tenant(), tenant);
    }
    return value;
  }
}
