package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.PolicyValue;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a {@link Plan}: its value now, the value wanted, and what apply will do about it.
 *
 * @param name the service's display name; empty for an id the tenant does not have
 * @param current empty for an id the tenant does not have
 * @param problem why the item is {@link Action#INVALID}; empty otherwise
 */
public record PlanItem(ItemKind kind, String id, String name, Optional<PolicyValue> current, PolicyValue desired,
    Action action, Optional<String> problem) {

  /** What apply does with an item. */
  public enum Action {
    /** Already has the desired value: no request is sent. */
    UNCHANGED,
    /** One PUT. */
    CHANGE,
    /** Cannot be applied; a plan holding one is refused as a whole. */
    INVALID
  }

  public PlanItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    name = name == null ? "" : name;
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(desired, "desired");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(problem, "problem");
    if ((action == Action.INVALID) != problem.isPresent()) {
      throw new IllegalArgumentException("an INVALID item, and only such an item, has a problem: " + id);
    }
  }

  /** UNCHANGED or CHANGE, by comparing the item's value with the desired one. */
  static PlanItem of(PolicyItem item, PolicyValue desired) {
    Action action = item.policyValue() == desired ? Action.UNCHANGED : Action.CHANGE;
    return new PlanItem(item.kind(), item.id(), item.name(), Optional.of(item.policyValue()), desired, action,
        Optional.empty());
  }

  static PlanItem invalid(ItemKind kind, String id, String name, Optional<PolicyValue> current, PolicyValue desired,
      String problem) {
    return new PlanItem(kind, id, name, current, desired, Action.INVALID, Optional.of(problem));
  }

  /** "CFQ7TTC0LH2H Power Apps per user": how events and reports name the item. */
  public String label() {
    return name.isEmpty() ? id : id + " " + name;
  }
}
