package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.plan.ApplyResult;
import io.github.mscommerce.core.plan.Applier;
import io.github.mscommerce.core.plan.ItemOutcome;
import io.github.mscommerce.core.plan.Plan;
import io.github.mscommerce.core.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What update-policy and apply share once they have a plan: report it (a dry run), or apply it with the before-state
 * kept first, and say what happened.
 */
final class ChangeResults {

  private final TaskEnvironment environment;
  private final String goal;

  ChangeResults(TaskEnvironment environment, String goal) {
    this.environment = environment;
    this.goal = goal;
  }

  TaskResult dryRun(Plan plan) {
    Report report = Report.ofDryRun(goal, plan, environment.now());
    List<String> lines = new ArrayList<>();
    plan.items().forEach(item -> lines.add(ConsoleLines.planLine(item)));
    lines.add(report.outcome());
    Optional<String> failure = plan.isValid() ? Optional.empty() : Optional.of(report.outcome());
    return new TaskResult(goal, plan.isValid() ? TaskOutcome.DRY_RUN : TaskOutcome.FAILED, lines, List.of(),
        environment.reports(goal, report), report, ScriptValues.plan(plan), failure);
  }

  /** @throws TaskCancelledException when interrupted, with this result as its partial one */
  TaskResult apply(Plan plan, BeforeStates beforeStates) {
    String[] beforeName = new String[1];
    ApplyResult result = new Applier(environment.events(), environment.suggestions()).apply(environment.client(),
        plan, environment.concurrency(), before -> beforeName[0] = beforeStates.save(goal, before));
    Report report = Report.ofApply(goal, result, environment.now());
    if (result.touchedTenant()) {
      // Planned from a listing read before the changes: another run may have changed the tenant meanwhile or since.
      report = report.withNotes(List.of(environment.suggestions().othersMayHaveChanged()));
    }
    List<String> lines = new ArrayList<>();
    lines.add(report.outcome());
    lines.addAll(report.notes());
    Optional<String> restore = Optional.ofNullable(beforeName[0]).filter(name -> result.touchedTenant());
    restore.ifPresent(name -> lines.add(environment.suggestions().restoreWith(name)));
    TaskResult taskResult = new TaskResult(goal, outcome(result), lines, List.of(), environment.reports(goal, report),
        report, ScriptValues.apply(result), failure(result, report, restore));
    if (result.cancelled()) {
      throw new TaskCancelledException(report.outcome(), taskResult);
    }
    return taskResult;
  }

  private static TaskOutcome outcome(ApplyResult result) {
    if (result.cancelled()) {
      return TaskOutcome.CANCELLED;
    }
    if (!result.succeeded()) {
      return TaskOutcome.FAILED;
    }
    return result.count(ItemOutcome.Status.CHANGED) > 0 ? TaskOutcome.CHANGED : TaskOutcome.UNCHANGED;
  }

  private Optional<String> failure(ApplyResult result, Report report, Optional<String> restore) {
    if (result.succeeded()) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>();
    lines.add(report.outcome());
    lines.addAll(result.outcomes().stream()
        .filter(o -> o.status() != ItemOutcome.Status.CHANGED && o.status() != ItemOutcome.Status.UNCHANGED)
        .map(ConsoleLines::outcomeLine).collect(Collectors.toList()));
    restore.ifPresent(name -> lines.add(restoreLine(name)));
    return Optional.of(String.join(System.lineSeparator(), lines));
  }

  /** One of many tenants says which tenant its file restores: the file alone does not. */
  private String restoreLine(String beforeFile) {
    TenantScope scope = environment.scope();
    return scope.oneOfMany()
        ? environment.suggestions().restoreTenantWith(beforeFile, environment.name(PropertyNames.TENANT_ID),
            scope.tenant().orElseThrow())
        : environment.suggestions().restoreChangedWith(beforeFile);
  }
}
