package io.github.mscommerce.core.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The consolidated result of one goal over many tenants, which {@link TenantJsonReport}, {@link TenantMarkdownReport}
 * and {@link TenantJUnitReport} render: each tenant with its status and its own single-tenant {@link Report}.
 *
 * @param tenants in the order listed
 * @param summary {@code tenants}, then the count of each {@link TenantStatus}
 * @param outcome one line for a log or a job summary
 */
public record TenantsReport(String goal, String title, Instant time, String policyId, List<TenantReport> tenants,
    Map<String, Integer> summary, boolean success, String outcome) {

  public TenantsReport {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(title, "title");
    time = time.truncatedTo(ChronoUnit.SECONDS);
    Objects.requireNonNull(policyId, "policyId");
    tenants = List.copyOf(tenants);
    summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    Objects.requireNonNull(outcome, "outcome");
  }

  /** @param title the single-tenant reports' title, such as "Policy verification" */
  public static TenantsReport of(String goal, String title, Instant time, String policyId, List<TenantReport> tenants,
      String outcome) {
    Map<String, Integer> summary = new LinkedHashMap<>();
    summary.put("tenants", tenants.size());
    for (TenantStatus status : TenantStatus.values()) {
      summary.put(status.words(), (int) tenants.stream().filter(t -> t.status() == status).count());
    }
    boolean success = tenants.stream().allMatch(t -> t.status() == TenantStatus.OK);
    return new TenantsReport(goal, title, time, policyId, tenants, summary, success, outcome);
  }

  /** The tenants failures first (then cancelled, then with violations, then the rest), each group in list order. */
  public List<TenantReport> byUrgency() {
    return tenants.stream().sorted(Comparator.comparingInt(TenantReport::urgency)).collect(Collectors.toList());
  }

  /**
   * The run as one {@link Report}, for a front end that shows a report on a build page: one row per tenant (its status
   * as the result, its outcome or error as the detail) and the gate's rules; the tenants' own violations stay in their
   * reports.
   */
  public Report toReport() {
    List<ReportRow> rows = byUrgency().stream()
        .map(t -> ReportRow.change("tenant", t.tenant(), t.tenantId().orElse(""), null, null, t.status().words(),
            t.error().orElse(t.outcome())))
        .collect(Collectors.toList());
    List<String> rules = tenants.stream().flatMap(t -> t.report().stream()).findFirst().map(Report::rules)
        .orElse(List.of());
    return new Report(goal, title + " over " + tenants.size() + " tenants", time, policyId, rows, rules, List.of(),
        summary, success, outcome);
  }
}
