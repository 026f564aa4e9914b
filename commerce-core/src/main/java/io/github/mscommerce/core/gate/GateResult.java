package io.github.mscommerce.core.gate;

import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.plan.PolicyItems;
import java.util.List;

/**
 * What a gate checked and found; one result feeds the JSON, Markdown and JUnit reports and the front end's message.
 *
 * @param checked the items the rules looked at, in the service's order
 * @param rules the rules, in the order they ran
 * @param violations one per item that breaks a rule, naming every rule it breaks, in the order first found
 */
public record GateResult(List<PolicyItem> checked, List<Rule> rules, List<Violation> violations) {

  public GateResult {
    checked = List.copyOf(checked);
    rules = List.copyOf(rules);
    violations = List.copyOf(violations);
  }

  public boolean passed() {
    return violations.isEmpty();
  }

  /** "3 violations in 24 products checked against 1 rule", the header of a report or a build failure. */
  public String summary() {
    return count(violations.size(), "violation") + " in " + PolicyItems.count(checked) + " checked against "
        + count(rules.size(), "rule");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
