package io.github.mscommerce.core.gate;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.OfferTypePolicy;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.ProductPolicy;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.plan.Selection;
import io.github.mscommerce.core.plan.TenantItems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A release gate: rules over the tenant's values, run all of them, collect every violation (maven-enforcer's "collect
 * everything, report once"). Without a selection it checks every product and no offer type, as design.md decides for the
 * default rule "no product may be Enabled".
 *
 * <pre>{@code
 * GateResult result = new Gate(Gate.defaultRules(), null).evaluate(client);
 * if (!result.passed()) { result.violations().forEach(v -> log(v.describe())); }
 * }</pre>
 */
public final class Gate {

  private final List<Rule> rules;
  private final Selection selection;
  private final Suggestions suggestions;

  /**
   * @param selection which items to check; {@code null} for every product
   * @throws InvalidSettingsException when there is no rule: a gate without rules would pass anything
   */
  public Gate(List<Rule> rules, Selection selection) {
    this(rules, selection, Suggestions.generic());
  }

  /** The same, its messages worded in the front end's terms. */
  public Gate(List<Rule> rules, Selection selection, Suggestions suggestions) {
    this.suggestions = suggestions;
    if (rules == null || rules.isEmpty()) {
      throw new InvalidSettingsException(suggestions.noGateRules());
    }
    this.rules = List.copyOf(rules);
    this.selection = selection;
  }

  /** "No product may be Enabled": what a gate checks when no rule is configured. */
  public static List<Rule> defaultRules() {
    return List.of(ForbidValues.of(PolicyValue.ENABLED));
  }

  public List<Rule> rules() {
    return rules;
  }

  public Optional<Selection> selection() {
    return Optional.ofNullable(selection);
  }

  /**
   * Reads what the selection needs (the products, and the offer types only when it names some) and evaluates.
   */
  public GateResult evaluate(CommerceClient client) {
    boolean products = selection == null || selection.needsProducts();
    boolean offerTypes = selection != null && selection.needsOfferTypes();
    TenantItems tenant = TenantItems.read(client, products, offerTypes);
    return evaluate(tenant.products(), tenant.offerTypes());
  }

  /**
   * @throws InvalidSettingsException when the selection names an id the tenant does not have
   */
  public GateResult evaluate(List<ProductPolicy> products, List<OfferTypePolicy> offerTypes) {
    List<PolicyItem> checked = selection == null ? List.copyOf(products)
        : selection.resolve(products, offerTypes, suggestions);
    List<Violation> violations = new ArrayList<>();
    for (Rule rule : rules) {
      violations.addAll(rule.check(checked));
    }
    return new GateResult(checked, rules, onePerItem(violations));
  }

  /**
   * An item that breaks several rules (forbid Enabled and allow only Disabled, say) is one violation naming every rule
   * it breaks: the count in "3 violations in 24 products" is the number of items to fix, not of rules times items.
   */
  private static List<Violation> onePerItem(List<Violation> violations) {
    Map<String, Violation> byItem = new LinkedHashMap<>();
    for (Violation violation : violations) {
      byItem.merge(violation.kind() + " " + violation.id().toUpperCase(Locale.ROOT), violation, Violation::and);
    }
    return List.copyOf(byItem.values());
  }

  @Override
  public String toString() {
    return "Gate[rules=" + rules + ", selection=" + (selection == null ? "every product" : selection) + "]";
  }
}
