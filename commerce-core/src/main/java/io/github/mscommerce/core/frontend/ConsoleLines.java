package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.Policy;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.plan.ItemOutcome;
import io.github.mscommerce.core.plan.PlanItem;
import java.util.List;

/** How tasks print to a build log: tables for listings, one line per planned or failed item. */
final class ConsoleLines {

  private ConsoleLines() {}

  static List<String> policyTable(List<Policy> policies) {
    TextTable table = new TextTable("Policy", "Default", "Description");
    policies.forEach(p -> table.row(p.id(), String.valueOf(p.defaultValue()), p.description()));
    return table.lines();
  }

  static List<String> itemTable(List<? extends PolicyItem> items) {
    boolean products = items.stream().allMatch(item -> item.kind() == ItemKind.PRODUCT);
    TextTable table = new TextTable(products ? "Product id" : "Offer type", "Name", "Value");
    items.forEach(item -> table.row(item.id(), item.name(), item.policyValue().wireValue()));
    return table.lines();
  }

  /** A dry run's line: {@code would change CFQ7TTC0LH2H Power Apps per user: Enabled → Disabled}. */
  static String planLine(PlanItem item) {
    String label = item.label();
    switch (item.action()) {
      case CHANGE:
        return "would change " + label + ": " + item.current().map(String::valueOf).orElse("?") + " → "
            + item.desired();
      case UNCHANGED:
        return "unchanged    " + label + ": " + item.desired();
      default:
        return "invalid      " + label + ": " + item.problem().orElse("");
    }
  }

  /** An item that did not get its value, for the failure message. */
  static String outcomeLine(ItemOutcome outcome) {
    String label = outcome.item().label();
    String status = ItemStatus.of(outcome.status()).words().toUpperCase(java.util.Locale.ROOT);
    return "  " + status + " " + label + outcome.failure().map(f -> ": " + f.getMessage()).orElse("");
  }
}
