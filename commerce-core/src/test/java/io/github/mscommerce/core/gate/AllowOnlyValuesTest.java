package io.github.mscommerce.core.gate;

import static io.github.mscommerce.core.PolicyValue.DISABLED;
import static io.github.mscommerce.core.PolicyValue.ENABLED;
import static io.github.mscommerce.core.PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD;
import static io.github.mscommerce.core.testing.TestItems.COPILOT;
import static io.github.mscommerce.core.testing.TestItems.POWER_APPS;
import static io.github.mscommerce.core.testing.TestItems.POWER_BI_PRO;
import static io.github.mscommerce.core.testing.TestItems.product;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.PolicyItem;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;

public class AllowOnlyValuesTest {

  @Test
  public void check_itemsOutsideTheAllowedValues_areViolations() {
    List<PolicyItem> items = List.of(product(POWER_APPS, "Power Apps per user", ENABLED),
        product(POWER_BI_PRO, "Power BI Pro", ONLY_TRIALS_WITHOUT_PAYMENT_METHOD),
        product(COPILOT, "Microsoft 365 Copilot", DISABLED));

    List<Violation> violations = AllowOnlyValues.of(DISABLED, ONLY_TRIALS_WITHOUT_PAYMENT_METHOD).check(items);

    assertEquals(List.of(POWER_APPS), violations.stream().map(Violation::id).collect(Collectors.toList()));
    assertEquals("CFQ7TTC0LH2H Power Apps per user is Enabled (rule: products may only be Disabled or "
        + "OnlyTrialsWithoutPaymentMethod)", violations.get(0).describe());
    assertEquals("must be Disabled or OnlyTrialsWithoutPaymentMethod", violations.get(0).expectation());
  }

  @Test
  public void construct_noValue_cannotRun() {
    assertThrows(InvalidSettingsException.class, () -> new AllowOnlyValues(Set.of()));
  }

  @Test
  public void toString_printsTheConfiguration() {
    assertEquals("AllowOnlyValues[allowed=[Disabled]]", AllowOnlyValues.of(DISABLED).toString());
  }
}
