package io.jenkins.plugins.mscommerce.steps;

import io.github.mscommerce.core.frontend.Goals;
import io.github.mscommerce.core.frontend.TaskResult;
import io.github.mscommerce.core.gate.Violation;
import io.github.mscommerce.core.report.Report;
import io.github.mscommerce.core.report.ReportRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One step's run as the build page shows it: what it did in one line, the violations or changes, how many items it
 * checked, and the files it wrote. Plain strings, as the build record keeps them.
 */
public final class PolicyRunReport {

  /** The goals whose runs the build page shows: those that check or change a tenant, or keep its state. */
  private static final Set<String> SHOWN = Set.of(Goals.VERIFY_POLICY, Goals.UPDATE_POLICY, Goals.APPLY, Goals.EXPORT);

  private final String step;
  private final String goal;
  private final String outcome;
  private final String headline;
  private final List<String> details;
  private final int checked;
  private final boolean failed;
  private int index;
  private List<String> files = List.of();

  private PolicyRunReport(String goal, String outcome, String headline, List<String> details, int checked,
      boolean failed) {
    this.step = Goals.step(goal).orElse(goal);
    this.goal = goal;
    this.outcome = outcome;
    this.headline = headline;
    this.details = List.copyOf(details);
    this.checked = checked;
    this.failed = failed;
  }

  /** A run core finished, whether it then failed the step (violations, items not changed, cancelled) or not. */
  static PolicyRunReport of(CommerceStep step, TaskResult result) {
    Report report = result.report();
    List<String> details = new ArrayList<>();
    report.violations().stream().map(Violation::describe).forEach(details::add);
    report.rows().stream().filter(row -> row.isChange() && !row.result().equals("unchanged"))
        .map(PolicyRunReport::change).forEach(details::add);
    return new PolicyRunReport(step.goal(), result.outcome().name(), report.outcome(), details, report.rows().size(),
        result.failed());
  }

  private static String change(ReportRow row) {
    String item = row.name().isEmpty() ? row.id() : row.id() + " " + row.name();
    return item + ": " + row.before() + " → " + row.after() + " (" + row.result() + ")"
        + (row.detail() == null ? "" : " " + row.detail());
  }

  boolean isShown() {
    return SHOWN.contains(goal);
  }

  /** Its place among the build's reports, and the files (as the log named them) kept with it. */
  void attach(int index, List<String> files) {
    this.index = index;
    this.files = List.copyOf(files);
  }

  /** The step's function name, such as {@code msCommerceVerifyPolicy}. */
  public String getStep() {
    return step;
  }

  /** A {@code TaskOutcome} name: {@code PASSED}, {@code VIOLATIONS}, {@code CHANGED}, {@code CANCELLED}, … */
  public String getOutcome() {
    return outcome;
  }

  public String getHeadline() {
    return headline;
  }

  public List<String> getDetails() {
    return details;
  }

  /** Items in the report's table. */
  public int getChecked() {
    return checked;
  }

  /** Whether the run failed its step: violations with {@code failOnViolation}, items not changed, cancelled. */
  public boolean isFailed() {
    return failed;
  }

  public int getIndex() {
    return index;
  }

  /** The files as the log named them, relative to the workspace: {@code commerce/verify-policy.json}. */
  public List<String> getFiles() {
    return files;
  }

  /** The URL name of a kept file under the action: {@code file/<key>}. */
  public String key(String file) {
    return index + "-" + fileName(file);
  }

  static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
