package io.github.mscommerce.core.gate;

import static io.github.mscommerce.core.PolicyValue.DISABLED;
import static io.github.mscommerce.core.PolicyValue.ENABLED;
import static io.github.mscommerce.core.testing.TestItems.COPILOT;
import static io.github.mscommerce.core.testing.TestItems.POWER_APPS;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.testing.TestItems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class RequireValueTest {

  @Test
  public void check_productWithAnotherValue_isAViolation() {
    List<Violation> violations = RequireValue.of(DISABLED, COPILOT).check(TestItems.products(ENABLED));

    assertEquals("CFQ7TTC0MM8R Microsoft 365 Copilot is Enabled (rule: CFQ7TTC0MM8R must be Disabled)",
        violations.get(0).describe());
    assertEquals(1, violations.size());
  }

  @Test
  public void check_idInAnotherCase_findsTheProduct() {
    List<PolicyItem> items = new ArrayList<>(TestItems.products(DISABLED));

    assertTrue(RequireValue.of(DISABLED, COPILOT.toLowerCase()).check(items).isEmpty());
  }

  @Test
  public void check_productNotInTheTenant_isAViolationNotAPass() {
    List<Violation> violations = RequireValue.of(DISABLED, "CFQ7TTC0GONE", POWER_APPS)
        .check(TestItems.products(DISABLED));

    assertEquals(List.of(new Violation("CFQ7TTC0GONE must be Disabled", ItemKind.PRODUCT, "CFQ7TTC0GONE", "",
        Optional.empty(), "must be Disabled")), violations);
    assertEquals("CFQ7TTC0GONE was not found among the products checked (rule: CFQ7TTC0GONE must be Disabled)",
        violations.get(0).describe());
  }

  @Test
  public void check_offerTypeWithTheSameId_doesNotCount() {
    List<PolicyItem> items = List.of(TestItems.offerType("SaaS", "Software as a Service", DISABLED));

    assertEquals(1, RequireValue.of(DISABLED, "SaaS").check(items).size());
  }

  @Test
  public void construct_noIds_cannotRun() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> new RequireValue(Set.of(), DISABLED));

    assertThat(e.getMessage(), containsString("needs at least one product id"));
  }

  @Test
  public void construct_malformedId_namesIt() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> RequireValue.of(DISABLED, "CFQ7 TTC0"));

    assertThat(e.getMessage(), containsString("'CFQ7 TTC0' is not a valid product id"));
  }

  @Test
  public void construct_noValue_cannotRun() {
    assertThrows(InvalidSettingsException.class, () -> RequireValue.of((PolicyValue) null, COPILOT));
  }

  @Test
  public void toString_printsTheConfiguration() {
    assertEquals("RequireValue[ids=[CFQ7TTC0MM8R, CFQ7TTC0LH2H], value=Disabled]",
        RequireValue.of(DISABLED, COPILOT, POWER_APPS).toString());
  }
}
