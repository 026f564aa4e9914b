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
import java.util.List;
import java.util.Optional;

/**
 * A release gate: rules over the tenant's values, run all of them, collect every violation (maven-enforcer's "collect
 * everything, report once"). Without a scope it checks every product and no offer type, as design.md decides for the
 * default rule "no product may be Enabled".
 *
 * <pre>{@code
 * GateResult result = new Gate(Gate.defaultRules(), null).evaluate(client);
 * if (!result.passed()) { result.violations().forEach(v -> log(v.describe())); }
 * }</pre>
 */
public final class Gate {

  private final List<Rule> rules;
  private final Selection scope;

  /**
   * @param scope which items to check; {@code null} for every product
   * @throws InvalidSettingsException when there is no rule: a gate without rules would pass anything
   */
  public Gate(List<Rule> rules, Selection scope) {
    if (rules == null || rules.isEmpty()) {
      throw new InvalidSettingsException(Suggestions.generic().noGateRules());
    }
    this.rules = List.copyOf(rules);
    this.scope = scope;
  }

  /** "No product may be Enabled": what a gate checks when no rule is configured. */
  public static List<Rule> defaultRules() {
    return List.of(ForbidValues.of(PolicyValue.ENABLED));
  }

  public List<Rule> rules() {
    return rules;
  }

  public Optional<Selection> scope() {
    return Optional.ofNullable(scope);
  }

  /**
   * Reads what the scope needs (the products, and the offer types only when the scope names some) and evaluates.
   */
  public GateResult evaluate(CommerceClient client) {
    boolean products = scope == null || scope.needsProducts();
    boolean offerTypes = scope != null && scope.needsOfferTypes();
    TenantItems tenant = TenantItems.read(client, products, offerTypes);
    return evaluate(tenant.products(), tenant.offerTypes());
  }

  /**
   * @throws InvalidSettingsException when the scope names an id the tenant does not have
   */
  public GateResult evaluate(List<ProductPolicy> products, List<OfferTypePolicy> offerTypes) {
    List<PolicyItem> checked = scope == null ? List.copyOf(products) : scope.resolve(products, offerTypes);
    List<Violation> violations = new ArrayList<>();
    for (Rule rule : rules) {
      violations.addAll(rule.check(checked));
    }
    return new GateResult(checked, rules, violations);
  }

  @Override
  public String toString() {
    return "Gate[rules=" + rules + ", scope=" + (scope == null ? "every product" : scope) + "]";
  }
}
