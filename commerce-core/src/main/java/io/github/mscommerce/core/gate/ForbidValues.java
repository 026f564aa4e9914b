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

/** No checked item may have any of these values; {@code ForbidValues(Enabled)} is the gate's default rule. */
public record ForbidValues(Set<PolicyValue> forbidden) implements Rule {

  public ForbidValues {
    if (forbidden == null || forbidden.isEmpty()) {
      throw new InvalidSettingsException(Suggestions.generic().ruleNeedsValues("forbidding values", "to forbid"));
    }
    forbidden = Collections.unmodifiableSet(EnumSet.copyOf(forbidden));
  }

  public static ForbidValues of(PolicyValue... values) {
    return new ForbidValues(Set.of(values));
  }

  @Override
  public List<Violation> check(List<? extends PolicyItem> items) {
    return items.stream()
        .filter(item -> forbidden.contains(item.policyValue()))
        .map(item -> new Violation("no " + item.kind().label() + " may be " + Words.either(forbidden), item.kind(),
            item.id(), item.name(), Optional.of(item.policyValue()), "must not be " + Words.either(forbidden)))
        .collect(Collectors.toList());
  }
}
