package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.report.TenantStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * How one tenant of a run over many ended: its goal's result when the goal ran to the end (or was cancelled with what
 * it did so far), else the error that stopped it, which for a tenant that never got as far as a change says so.
 *
 * @param guid the tenant's GUID, once its sign-in told it
 * @param result the goal's result for this tenant; empty when sign-in or the first read failed, or it never started
 * @param error what failed there (correlation id included), and what was and was not changed; empty when none
 */
record TenantOutcome(TenantEntry entry, Optional<String> guid, TenantStatus status, Optional<TaskResult> result,
    Optional<String> error) {

  TenantOutcome {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(guid, "guid");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(error, "error");
  }

  /**
   * The goal ran: its own outcome says how it went, and its failure what was not done. Violations are no error: they
   * are the gate's finding, in the tenant's report.
   */
  static TenantOutcome of(TenantEntry entry, Optional<String> guid, TaskResult result) {
    TenantStatus status = status(result.outcome());
    return new TenantOutcome(entry, guid, status, Optional.of(result),
        status == TenantStatus.VIOLATIONS ? Optional.empty() : result.failure());
  }

  static TenantOutcome failed(TenantEntry entry, Optional<String> guid, String error) {
    return new TenantOutcome(entry, guid, TenantStatus.FAILED, Optional.empty(), Optional.of(error));
  }

  static TenantOutcome cancelled(TenantEntry entry, Optional<String> guid, Optional<TaskResult> partial,
      String what) {
    return new TenantOutcome(entry, guid, TenantStatus.CANCELLED, partial, Optional.of(what));
  }

  /** No half-applied tenant is OK: a task whose items did not all get their value ended FAILED or CANCELLED. */
  static TenantStatus status(TaskOutcome outcome) {
    switch (outcome) {
      case VIOLATIONS:
        return TenantStatus.VIOLATIONS;
      case FAILED:
        return TenantStatus.FAILED;
      case CANCELLED:
        return TenantStatus.CANCELLED;
      default:
        return TenantStatus.OK;
    }
  }
}
