package io.github.mscommerce.core.gate;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.Suggestions;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Every checked item must have one of these values: "only Disabled or OnlyTrialsWithoutPaymentMethod". */
public record AllowOnlyValues(Set<PolicyValue> allowed) implements Rule {

  public AllowOnlyValues {
    if (allowed == null || allowed.isEmpty()) {
      throw new InvalidSettingsException(Suggestions.generic().ruleNeedsValues("allowing only some values",
          "to allow"));
    }
    allowed = Collections.unmodifiableSet(EnumSet.copyOf(allowed));
  }

  public static AllowOnlyValues of(PolicyValue... values) {
    return new AllowOnlyValues(Set.of(values));
  }

  @Override
  public List<Violation> check(List<? extends PolicyItem> items) {
    return items.stream()
        .filter(item -> !allowed.contains(item.policyValue()))
        .map(item -> new Violation(item.kind().label() + "s may only be " + Words.either(allowed), item.kind(),
            item.id(), item.name(), Optional.of(item.policyValue()), "must be " + Words.either(allowed)))
        .collect(Collectors.toList());
  }
}
