package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.plan.ItemOutcome;
import io.github.mscommerce.core.plan.PlanItem;
import java.util.Locale;

/** What an update, apply or dry run did with one item, in the words scripts and reports use ({@link #words()}). */
public enum ItemStatus {
  CHANGED,
  UNCHANGED,
  /** A dry run's item that an apply would change. */
  WOULD_CHANGE,
  FAILED,
  /** Not sent after a failure that every request would share (401, 403). */
  NOT_ATTEMPTED,
  /** Not sent because the run was cancelled. */
  CANCELLED,
  /** Sent, and the run was cancelled before the answer: the service may or may not have applied it. */
  UNKNOWN;

  /** "would change", "not attempted". */
  public String words() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static ItemStatus of(ItemOutcome.Status status) {
    return valueOf(status.name());
  }

  /** A dry run's item; an invalid one would fail. */
  static ItemStatus planned(PlanItem.Action action) {
    switch (action) {
      case CHANGE:
        return WOULD_CHANGE;
      case UNCHANGED:
        return UNCHANGED;
      default:
        return FAILED;
    }
  }
}
