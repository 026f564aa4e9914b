package io.github.mscommerce.core.frontend;

/** How a task ended, for a script's {@code if}, a build page, or the gate's {@code unstable} option. */
public enum TaskOutcome {
  /** A read goal listed what it was asked for. */
  READ,
  /** The gate found no violation. */
  PASSED,
  /** The gate found violations (the build fails, or is unstable, or only warns, as configured). */
  VIOLATIONS,
  /** An update or apply changed every item that differed. */
  CHANGED,
  /** An update or apply found nothing to change and sent nothing. */
  UNCHANGED,
  /** A dry run: the plan was reported, nothing was sent. */
  DRY_RUN,
  /** Some items were not changed: failed, not attempted, or the plan was invalid. */
  FAILED,
  /** Interrupted (a Jenkins abort, Ctrl-C): see the items for what was sent. */
  CANCELLED
}
