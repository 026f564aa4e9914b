package io.github.mscommerce.core.frontend;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.testing.MapRawSettings;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.junit.Test;

public class TenantSettingsTest {

  @Test
  public void everyAccessorOfRawSettings_isForwarded_soNoFrontEndValueFallsBackToADefault() throws Exception {
    for (Method method : RawSettings.class.getMethods()) {
      if (!Modifier.isStatic(method.getModifiers())) {
        Method own = TenantSettings.class.getDeclaredMethod(method.getName(), method.getParameterTypes());
        assertEquals(method.getName(), TenantSettings.class, own.getDeclaringClass());
      }
    }
  }

  @Test
  public void theTenantReplacesTheIdTheListAndTheHomeTenant() {
    RawSettings raw = new MapRawSettings().set(PropertyNames.TENANTS, "a.onmicrosoft.com,b.onmicrosoft.com")
        .set(PropertyNames.CLIENT_ID, "0f6a3c55-1d2e-4b7a-9c8d-2e3f4a5b6c7d");

    TenantSettings tenant = new TenantSettings(raw, "b.onmicrosoft.com");

    assertEquals(Optional.of("b.onmicrosoft.com"), tenant.tenantId());
    assertEquals(Optional.of("b.onmicrosoft.com"), tenant.value(PropertyNames.TENANT_ID));
    assertEquals(Optional.empty(), tenant.value(PropertyNames.TENANTS));
    assertEquals(Optional.empty(), tenant.homeTenantId());
    assertTrue(tenant.clientId().isPresent());
  }
}
