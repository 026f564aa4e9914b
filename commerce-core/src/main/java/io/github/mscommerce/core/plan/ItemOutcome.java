package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.CommerceException;
import io.github.mscommerce.core.PolicyValue;
import java.util.Objects;
import java.util.Optional;

/**
 * What apply did with one plan item.
 *
 * @param after the value the service answered with; present only when {@link Status#CHANGED} (for UNCHANGED it is the
 *     item's current value, see {@link #valueAfter()})
 * @param failure present only when {@link Status#FAILED} or {@link Status#UNKNOWN}
 */
public record ItemOutcome(PlanItem item, Status status, Optional<PolicyValue> after,
    Optional<CommerceException> failure) {

  public enum Status {
    /** Had the desired value already; nothing was sent. */
    UNCHANGED,
    /** The service accepted the new value, by its answer or, when the answer was lost or unreadable, by a read-back. */
    CHANGED,
    /** The request failed; the item keeps its previous value, as far as the service told or a read-back showed. */
    FAILED,
    /** Not sent, because an earlier failure (401, 403) meant every request would fail alike. */
    NOT_ATTEMPTED,
    /** Not sent, because the run was cancelled (a Jenkins abort, Ctrl-C) before its turn. */
    CANCELLED,
    /**
     * Sent, and no answer says what happened: the run was cancelled before the answer came (nothing is read back after
     * a cancel), or the answer never came or could not be read and reading the item back failed too. The service may
     * or may not have applied it.
     */
    UNKNOWN
  }

  public ItemOutcome {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(failure, "failure");
  }

  static ItemOutcome unchanged(PlanItem item) {
    return new ItemOutcome(item, Status.UNCHANGED, Optional.empty(), Optional.empty());
  }

  static ItemOutcome changed(PlanItem item, PolicyValue after) {
    return new ItemOutcome(item, Status.CHANGED, Optional.of(after), Optional.empty());
  }

  static ItemOutcome failed(PlanItem item, CommerceException failure) {
    return new ItemOutcome(item, Status.FAILED, Optional.empty(), Optional.of(failure));
  }

  static ItemOutcome notAttempted(PlanItem item) {
    return new ItemOutcome(item, Status.NOT_ATTEMPTED, Optional.empty(), Optional.empty());
  }

  static ItemOutcome cancelled(PlanItem item) {
    return new ItemOutcome(item, Status.CANCELLED, Optional.empty(), Optional.empty());
  }

  static ItemOutcome unknown(PlanItem item, CommerceException interruption) {
    return new ItemOutcome(item, Status.UNKNOWN, Optional.empty(), Optional.of(interruption));
  }

  public Optional<PolicyValue> before() {
    return item.current();
  }

  /** The item's value after the run as far as known: the service's answer, or the unchanged value. */
  public Optional<PolicyValue> valueAfter() {
    return status == Status.UNCHANGED ? item.current() : after;
  }
}
