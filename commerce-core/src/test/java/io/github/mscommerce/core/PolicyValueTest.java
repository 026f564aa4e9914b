package io.github.mscommerce.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class PolicyValueTest {

  @Test
  public void parse_acceptsEveryWireValueInAnyCasing() {
    assertEquals(PolicyValue.ENABLED, PolicyValue.parse("Enabled"));
    assertEquals(PolicyValue.DISABLED, PolicyValue.parse(" disabled "));
    assertEquals(PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD, PolicyValue.parse("ONLYTRIALSWITHOUTPAYMENTMETHOD"));
  }

  @Test
  public void parse_mapsTheModulesEnabledAlias() {
    assertEquals(PolicyValue.ENABLED, PolicyValue.parse("True"));
    assertEquals(PolicyValue.DISABLED, PolicyValue.parse("false"));
  }

  @Test
  public void parse_rejectsUnknownValueNamingItAndTheAllowedOnes() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> PolicyValue.parse("Enable"));
    assertTrue(e.getMessage(), e.getMessage().startsWith("'Enable' is not a policy value"));
    assertTrue(e.getMessage(), e.getMessage().contains("Enabled, Disabled or OnlyTrialsWithoutPaymentMethod"));
  }

  @Test
  public void parse_attributedToASettingNamesTheSetting() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> {
      try {
        PolicyValue.parse("maybe");
      } catch (InvalidSettingsException cause) {
        throw cause.forSetting("commerce.value");
      }
    });
    assertTrue(e.getMessage(), e.getMessage().startsWith("commerce.value: 'maybe' is not a policy value"));
    assertEquals("commerce.value", e.setting().orElseThrow());
  }

  @Test
  public void fromWire_isExactAsTheServiceIs() {
    assertEquals(PolicyValue.DISABLED, PolicyValue.fromWire("Disabled").orElseThrow());
    assertFalse(PolicyValue.fromWire("disabled").isPresent());
  }

  @Test
  public void wireValue_isWhatToStringShows() {
    assertEquals("OnlyTrialsWithoutPaymentMethod", PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD.toString());
  }
}
