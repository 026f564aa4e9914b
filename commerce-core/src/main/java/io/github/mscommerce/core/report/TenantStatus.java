package io.github.mscommerce.core.report;

import java.util.Locale;

/** How one tenant of a run over many ended, in the words of progress lines and reports ({@link #words()}). */
public enum TenantStatus {
  /** Its goal succeeded: read, passed the gate, converged (changed or already as wanted), or planned. */
  OK,
  /** The gate found violations there. */
  VIOLATIONS,
  /** Sign-in, a request or a change failed there; the run went on with the other tenants. */
  FAILED,
  /** The run was cancelled before this tenant finished (or started). */
  CANCELLED;

  public String words() {
    return name().toLowerCase(Locale.ROOT);
  }
}
