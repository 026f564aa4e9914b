package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.plan.PlanItem.Action;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What applying a desired state or an update would do, item by item, before anything is sent: a dry run is a plan that is
 * reported and not applied. Items are in the service's order, products first.
 */
public record Plan(String policyId, List<PlanItem> items) {

  public Plan {
    Objects.requireNonNull(policyId, "policyId");
    items = List.copyOf(items);
  }

  public List<PlanItem> itemsWith(Action action) {
    return items.stream().filter(item -> item.action() == action).collect(Collectors.toList());
  }

  public int count(Action action) {
    return (int) items.stream().filter(item -> item.action() == action).count();
  }

  /** A plan with invalid items cannot be applied. */
  public boolean isValid() {
    return count(Action.INVALID) == 0;
  }
}
