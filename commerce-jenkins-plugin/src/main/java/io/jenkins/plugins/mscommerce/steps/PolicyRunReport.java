package io.jenkins.plugins.mscommerce.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.mscommerce.core.frontend.Goals;
import io.github.mscommerce.core.frontend.TaskResult;
import io.github.mscommerce.core.gate.Violation;
import io.github.mscommerce.core.report.Report;
import io.github.mscommerce.core.report.ReportRow;
import io.github.mscommerce.core.report.TenantStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One step's run as the build page shows it: what it did in one line, the violations or changes, how many items it
 * checked, and the files it wrote. A run over many tenants shows one line per tenant instead (core's consolidated
 * report: each tenant's status and its outcome or error, failures first); each tenant's violations and changes are in
 * the run's files. Plain strings, as the build record keeps them.
 */
public final class PolicyRunReport {

  /** The goals whose runs the build page shows: those that check or change a tenant, or keep its state. */
  private static final Set<String> SHOWN = Set.of(Goals.VERIFY_POLICY, Goals.UPDATE_POLICY, Goals.APPLY, Goals.EXPORT);

  /** The build's own page names this many tenants that are not OK and counts the rest; the report page has all. */
  static final int MAX_TENANTS_SUMMARIZED = 10;

  /** A tenant's status in core's consolidated report when its goal succeeded. */
  private static final String TENANT_OK = TenantStatus.OK.words();

  private final String step;
  private final String goal;
  private final String outcome;
  private final String headline;
  private final List<String> details;
  private final int checked;
  private final boolean failed;
  private final boolean tenants;
  /** For the build's own page, when it lists less than {@link #details}; else (and in older records) null. */
  private final List<String> summaryDetails;
  private int index;
  private List<String> files = List.of();

  private PolicyRunReport(String goal, String outcome, String headline, List<String> details, int checked,
      boolean failed, boolean tenants, @CheckForNull List<String> summaryDetails) {
    this.step = Goals.step(goal).orElse(goal);
    this.goal = goal;
    this.outcome = outcome;
    this.headline = headline;
    this.details = List.copyOf(details);
    this.checked = checked;
    this.failed = failed;
    this.tenants = tenants;
    this.summaryDetails = summaryDetails == null ? null : List.copyOf(summaryDetails);
  }

  /** A run core finished, whether it then failed the step (violations, items not changed, cancelled) or not. */
  static PolicyRunReport of(CommerceStep step, TaskResult result) {
    Report report = result.report();
    if (step.runsOverTenants()) {
      return ofTenants(step, result);
    }
    List<String> details = new ArrayList<>();
    report.violations().stream().map(Violation::describe).forEach(details::add);
    report.rows().stream().filter(row -> row.isChange() && !row.result().equals("unchanged"))
        .map(PolicyRunReport::change).forEach(details::add);
    return new PolicyRunReport(step.goal(), result.outcome().name(), report.outcome(), details, report.rows().size(),
        result.failed(), false, null);
  }

  /**
   * Core's consolidated report has a row per tenant, failures first: its status as the result, its outcome or error as
   * the detail, its GUID (once sign-in told it) as the name. The build's own page names only the tenants that are not
   * OK, the first {@value #MAX_TENANTS_SUMMARIZED} of them.
   */
  private static PolicyRunReport ofTenants(CommerceStep step, TaskResult result) {
    Report report = result.report();
    List<String> details = new ArrayList<>();
    List<String> notOk = new ArrayList<>();
    for (ReportRow row : report.rows()) {
      String line = tenant(row);
      details.add(line);
      if (!TENANT_OK.equals(row.result())) {
        notOk.add(line);
      }
    }
    List<String> summary = new ArrayList<>(notOk.subList(0, Math.min(notOk.size(), MAX_TENANTS_SUMMARIZED)));
    if (notOk.size() > MAX_TENANTS_SUMMARIZED) {
      summary.add(Messages.PolicyRunReport_moreTenants(notOk.size() - MAX_TENANTS_SUMMARIZED));
    }
    return new PolicyRunReport(step.goal(), result.outcome().name(), report.outcome(), details, report.rows().size(),
        result.failed(), true, summary);
  }

  /** {@code VIOLATIONS contoso.onmicrosoft.com (<GUID>): Failed: 3 violations in …}, as core's failure lists them. */
  private static String tenant(ReportRow row) {
    String status = row.result() == null ? "" : row.result().toUpperCase(Locale.ROOT) + " ";
    String guid = row.name().isEmpty() || row.name().equalsIgnoreCase(row.id()) ? "" : " (" + row.name() + ")";
    String detail = row.detail() == null || row.detail().isBlank() ? ""
        : ": " + row.detail().strip().replaceAll("\\s*\\R\\s*", " ");
    return status + row.id() + guid + detail;
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

  /** What the build's own page lists: the details, but of a run over many tenants only the first not OK. */
  public List<String> getSummaryDetails() {
    return summaryDetails != null ? summaryDetails : details;
  }

  /** Whether the run went over a list of tenants: its table has a row per tenant, not per item. */
  public boolean isTenants() {
    return tenants;
  }

  /** Items in the report's table; for a run over many tenants, the tenants. */
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
