package io.github.mscommerce.core.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.ItemKind;
import org.junit.Test;

public class ItemIdsTest {

  @Test
  public void requireValid_acceptsLettersAndDigits() {
    assertEquals("CFQ7TTC0LH2H", ItemIds.requireValid(ItemKind.PRODUCT, " CFQ7TTC0LH2H "));
    assertEquals("SaaS", ItemIds.requireValid(ItemKind.OFFER_TYPE, "SaaS"));
  }

  @Test
  public void requireValid_refusesAnythingThatWouldChangeThePath() {
    for (String bad : new String[] {"CFQ7TTC0LH2H/../x", "CFQ7 TTC0", "", "CFQ7TTC0LH2H?scope=x", "%2F"}) {
      InvalidSettingsException e =
          assertThrows(InvalidSettingsException.class, () -> ItemIds.requireValid(ItemKind.PRODUCT, bad));
      assertTrue(e.getMessage(), e.getMessage().startsWith("'" + bad + "' is not a valid product id"));
    }
  }

  @Test
  public void apiVersionParse_acceptsBothSegmentsOnly() {
    assertEquals(ApiVersion.V1, ApiVersion.parse("V1"));
    assertEquals(ApiVersion.V1_0, ApiVersion.parse("v1.0"));
    assertThrows(InvalidSettingsException.class, () -> ApiVersion.parse("v2"));
  }
}
