package io.github.mscommerce.core.gate;

import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.PolicyValue;
import java.util.Objects;
import java.util.Optional;

/**
 * One item that breaks one rule.
 *
 * @param rule the rule in words, for this kind of item: "no product may be Enabled"
 * @param name the service's display name; empty when the item was not found
 * @param actual the item's value; empty when the rule wants an item that was not among those checked
 * @param expectation what the value should be: "must not be Enabled"
 */
public record Violation(String rule, ItemKind kind, String id, String name, Optional<PolicyValue> actual,
    String expectation) {

  public Violation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    name = name == null ? "" : name;
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(expectation, "expectation");
  }

  /** The same item breaking {@code other}'s rule too: one violation naming both rules. */
  Violation and(Violation other) {
    return new Violation(rule + "; " + other.rule, kind, id, name, actual.isPresent() ? actual : other.actual,
        expectation + " and " + other.expectation);
  }

  /** One line: {@code CFQ7TTC0MM8R Microsoft 365 Copilot is Enabled (rule: no product may be Enabled)}. */
  public String describe() {
    String item = name.isEmpty() ? id : id + " " + name;
    String state = actual.map(value -> "is " + value)
        .orElse("was not found among the " + kind.label() + "s checked");
    return item + " " + state + " (rule: " + rule + ")";
  }
}
