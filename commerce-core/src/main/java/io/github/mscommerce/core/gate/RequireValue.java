package io.github.mscommerce.core.gate;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.client.ItemIds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * These products must have this value: "CFQ7TTC0MM8R and CFQ7TTC0LH2H must be Disabled". A product that is not among
 * those checked is a violation, not a pass: a typo in the id must not make the gate green.
 */
public record RequireValue(Set<String> ids, PolicyValue value) implements Rule {

  public RequireValue {
    if (ids == null || ids.isEmpty()) {
      throw new InvalidSettingsException(Suggestions.generic().requireValueNeedsIds(value));
    }
    if (value == null) {
      throw new InvalidSettingsException(Suggestions.generic().requireValueNeedsValue(ids));
    }
    Set<String> checked = new LinkedHashSet<>();
    ids.forEach(id -> checked.add(ItemIds.requireValid(ItemKind.PRODUCT, id)));
    ids = Collections.unmodifiableSet(checked);
  }

  public static RequireValue of(PolicyValue value, String... ids) {
    return new RequireValue(new LinkedHashSet<>(List.of(ids)), value);
  }

  @Override
  public List<Violation> check(List<? extends PolicyItem> items) {
    List<Violation> violations = new ArrayList<>();
    for (String id : ids) {
      String rule = id + " must be " + value;
      Optional<? extends PolicyItem> found = items.stream()
          .filter(item -> item.kind() == ItemKind.PRODUCT && item.id().equalsIgnoreCase(id))
          .findFirst();
      if (found.isEmpty()) {
        violations.add(new Violation(rule, ItemKind.PRODUCT, id, "", Optional.empty(), "must be " + value));
      } else if (found.get().policyValue() != value) {
        PolicyItem item = found.get();
        violations.add(new Violation(rule, item.kind(), item.id(), item.name(), Optional.of(item.policyValue()),
            "must be " + value));
      }
    }
    return violations;
  }
}
