package io.github.mscommerce.core.gate;

import io.github.mscommerce.core.PolicyItem;
import java.util.List;

/**
 * One check of a release {@link Gate}, in the shape of maven-enforcer's rules: a rule reports every violation it finds
 * and never stops at the first; a rule that is misconfigured cannot run and throws
 * {@link io.github.mscommerce.core.InvalidSettingsException} when it is made. {@code toString()} prints the rule's
 * configuration, for logs and reports.
 */
public interface Rule {

  /** Every violation among {@code items}; empty when the rule holds for all of them. */
  List<Violation> check(List<? extends PolicyItem> items);
}
