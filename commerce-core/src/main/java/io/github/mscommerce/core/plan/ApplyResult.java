package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.plan.ItemOutcome.Status;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything an apply did, item by item in plan order, and the values before it: applying {@code beforeState} puts back
 * every item the run touched.
 */
public record ApplyResult(List<ItemOutcome> outcomes, DesiredState beforeState) {

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

  /** Every item has its desired value: nothing failed and nothing was left out. */
  public boolean succeeded() {
    return count(Status.FAILED) == 0 && count(Status.NOT_ATTEMPTED) == 0;
  }
}
