package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.plan.ItemOutcome.Status;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything an apply did, item by item in plan order, and the values before it: applying {@code beforeState} puts back
 * every item the run touched.
 *
 * @param cancelled the run was interrupted: items not sent are {@link Status#CANCELLED}, items in flight
 *     {@link Status#UNKNOWN}
 */
public record ApplyResult(List<ItemOutcome> outcomes, DesiredState beforeState, boolean cancelled) {

  public ApplyResult {
    outcomes = List.copyOf(outcomes);
    Objects.requireNonNull(beforeState, "beforeState");
  }

  public String policyId() {
    return beforeState.policyId();
  }

  public List<ItemOutcome> outcomesWith(Status status) {
    return outcomes.stream().filter(outcome -> outcome.status() == status).collect(Collectors.toList());
  }

  public int count(Status status) {
    return (int) outcomes.stream().filter(outcome -> outcome.status() == status).count();
  }

  /** Every item has its desired value: nothing failed, nothing was left out, nothing is unknown. */
  public boolean succeeded() {
    return outcomes.stream().allMatch(o -> o.status() == Status.CHANGED || o.status() == Status.UNCHANGED);
  }

  /** Whether any request may have changed the tenant: then the before-state is the way back. */
  public boolean touchedTenant() {
    return outcomes.stream().anyMatch(o -> o.status() == Status.CHANGED || o.status() == Status.FAILED
        || o.status() == Status.UNKNOWN);
  }
}
