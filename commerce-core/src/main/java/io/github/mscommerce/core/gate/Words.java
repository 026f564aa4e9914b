package io.github.mscommerce.core.gate;

import io.github.mscommerce.core.PolicyValue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Lists of values in rule sentences. */
final class Words {

  private Words() {}

  /** "Enabled", "Enabled or Disabled", "Enabled, Disabled or OnlyTrialsWithoutPaymentMethod". */
  static String either(Set<PolicyValue> values) {
    List<String> words = values.stream().map(PolicyValue::wireValue).collect(Collectors.toList());
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
  }
}
