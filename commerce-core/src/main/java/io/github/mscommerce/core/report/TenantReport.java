package io.github.mscommerce.core.report;

import java.util.Objects;
import java.util.Optional;

/**
 * One tenant's part of a run over many: its own single-tenant report when it got far enough to have one, or the error
 * that stopped it. Holds no exception and no credential.
 *
 * @param tenant the tenant as listed (GUID or domain)
 * @param tenantId its GUID, once sign-in told it
 * @param report the report the goal gives for one tenant; empty when sign-in or the first read failed
 * @param error what failed and what was (not) changed there, with the correlation id; empty unless failed or cancelled
 * @param outcome one line: the report's outcome, or the error's first line
 */
public record TenantReport(String tenant, Optional<String> tenantId, TenantStatus status, Optional<Report> report,
    Optional<String> error, String outcome) {

  public TenantReport {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** Failures first, then cancellations, then violations, then the rest: the order a reader acts in. */
  int urgency() {
    switch (status) {
      case FAILED:
        return 0;
      case CANCELLED:
        return 1;
      case VIOLATIONS:
        return 2;
      default:
        return 3;
    }
  }
}
