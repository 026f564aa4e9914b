package io.github.mscommerce.core.gate;

import static io.github.mscommerce.core.PolicyValue.DISABLED;
import static io.github.mscommerce.core.PolicyValue.ENABLED;
import static io.github.mscommerce.core.PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD;
import static io.github.mscommerce.core.testing.TestItems.COPILOT;
import static io.github.mscommerce.core.testing.TestItems.POWER_APPS;
import static io.github.mscommerce.core.testing.TestItems.product;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.testing.TestItems;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class ForbidValuesTest {

  @Test
  public void check_enabledProduct_isAViolationDescribedInOneLine() {
    List<PolicyItem> items = List.of(product(POWER_APPS, "Power Apps per user", DISABLED),
        product(COPILOT, "Microsoft 365 Copilot", ENABLED));

    List<Violation> violations = ForbidValues.of(ENABLED).check(items);

    assertEquals(List.of(new Violation("no product may be Enabled", ItemKind.PRODUCT, COPILOT, "Microsoft 365 Copilot",
        Optional.of(ENABLED), "must not be Enabled")), violations);
    assertEquals("CFQ7TTC0MM8R Microsoft 365 Copilot is Enabled (rule: no product may be Enabled)",
        violations.get(0).describe());
  }

  @Test
  public void check_everyForbiddenItem_isReported() {
    List<Violation> violations = ForbidValues.of(ENABLED, ONLY_TRIALS_WITHOUT_PAYMENT_METHOD)
        .check(TestItems.products(ONLY_TRIALS_WITHOUT_PAYMENT_METHOD));

    assertEquals(TestItems.products(ENABLED).size(), violations.size());
    assertEquals("no product may be Enabled or OnlyTrialsWithoutPaymentMethod", violations.get(0).rule());
  }

  @Test
  public void check_offerType_isNamedAsOne() {
    List<Violation> violations = ForbidValues.of(ENABLED).check(TestItems.offerTypes(ENABLED));

    assertEquals("no offer type may be Enabled", violations.get(0).rule());
  }

  @Test
  public void check_noForbiddenValue_passes() {
    assertTrue(ForbidValues.of(ENABLED).check(TestItems.products(DISABLED)).isEmpty());
  }

  @Test
  public void construct_noValue_cannotRun() {
    assertThrows(InvalidSettingsException.class, () -> new ForbidValues(Set.of()));
  }

  @Test
  public void toString_printsTheConfiguration() {
    assertEquals("ForbidValues[forbidden=[Enabled, Disabled]]", ForbidValues.of(DISABLED, ENABLED).toString());
  }
}
