package io.github.mscommerce.core.report;

import io.github.mscommerce.core.gate.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code <goal>.md} of a run over many tenants, for a job summary: the outcome, the failed tenants with their errors,
 * then one row per tenant (status, counts, violations), failures first. A tenant's items are in {@code <goal>.json}.
 */
public final class TenantMarkdownReport {

  /** A row names this many violations; the rest are counted, and listed in the JSON report. */
  static final int VIOLATIONS_PER_ROW = 3;

  private TenantMarkdownReport() {}

  public static String render(TenantsReport run) {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(escape(run.title())).append(" over ").append(run.tenants().size()).append(" tenants: ")
        .append(escape(run.policyId())).append("\n\n");
    md.append("**").append(escape(run.outcome())).append("**\n\n");
    List<TenantReport> failed = run.byUrgency().stream().filter(t -> t.error().isPresent())
        .collect(Collectors.toList());
    if (!failed.isEmpty()) {
      md.append("### Failures\n\n");
      for (TenantReport tenant : failed) {
        md.append("- **").append(escape(tenant.tenant())).append("** (").append(tenant.status().words())
            .append("): ").append(escape(tenant.error().orElseThrow())).append('\n');
      }
      md.append('\n');
    }
    md.append("| Tenant | Status | Counts | Violations |\n");
    md.append("|---|---|---|---|\n");
    for (TenantReport tenant : run.byUrgency()) {
      md.append("| ").append(escape(tenant.tenant())).append(" | ").append(tenant.status().words()).append(" | ")
          .append(tenant.report().map(TenantMarkdownReport::counts).orElse("—")).append(" | ")
          .append(tenant.report().map(TenantMarkdownReport::violations).orElse("—")).append(" |\n");
    }
    md.append("\n_").append(escape(run.goal())).append(", ").append(run.time()).append("_\n");
    return md.toString();
  }

  /** The report's non-zero counts: "checked 24, rules 1, violations 2". */
  private static String counts(Report report) {
    String counts = report.summary().entrySet().stream().filter(count -> count.getValue() != 0)
        .map(count -> count.getKey() + " " + count.getValue()).collect(Collectors.joining(", "));
    return counts.isEmpty() ? "—" : escape(counts);
  }

  private static String violations(Report report) {
    List<Violation> violations = report.violations();
    if (violations.isEmpty()) {
      return "—";
    }
    String named = violations.stream().limit(VIOLATIONS_PER_ROW).map(Violation::describe)
        .collect(Collectors.joining("; "));
    int more = violations.size() - VIOLATIONS_PER_ROW;
    return escape(named + (more > 0 ? "; and " + more + " more" : ""));
  }

  private static String escape(String text) {
    return MarkdownReport.escape(text);
  }
}
