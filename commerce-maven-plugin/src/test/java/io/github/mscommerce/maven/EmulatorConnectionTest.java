package io.github.mscommerce.maven;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.SecretValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.Test;

public class EmulatorConnectionTest {

  private static final EmulatorConnection DEMO = new EmulatorConnection("https://127.0.0.1:4443", "/t/emulator.pem",
      Optional.of("tenant"), Optional.of("app"), Optional.of(SecretValue.of("demo-secret", EmulatorConnection.ORIGIN)));

  @Test
  public void exportTo_setsTheNonSecretSettingsOnly() {
    Properties properties = new Properties();

    DEMO.exportTo(properties);

    Properties expected = new Properties();
    expected.putAll(Map.of("commerce.endpoint", "https://127.0.0.1:4443", "commerce.authorityHost",
        "https://127.0.0.1:4443", "commerce.trustCertificate", "/t/emulator.pem", "commerce.tenantId", "tenant",
        "commerce.clientId", "app"));
    assertEquals(expected, properties);
  }

  @Test
  public void exportTo_withoutDemoApp_leavesTenantAndClientToTheUser() {
    Properties properties = new Properties();

    new EmulatorConnection("https://127.0.0.1:4443", "/t/emulator.pem", Optional.empty(), Optional.empty(),
        Optional.empty()).exportTo(properties);

    assertEquals(3, properties.size());
    assertFalse(properties.containsKey("commerce.tenantId"));
  }

  @Test
  public void pluginContext_roundTrip_andToStringHidesTheSecret() {
    Map<String, Object> context = new HashMap<>();

    DEMO.putInto(context);

    assertEquals(Optional.of(DEMO), EmulatorConnection.from(context));
    assertFalse(DEMO.toString().contains("demo-secret"));
    EmulatorConnection.removeFrom(context);
    assertTrue(context.isEmpty());
    assertEquals(Optional.empty(), EmulatorConnection.from(null));
  }
}
