package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class EmulatorOptionsTest {

  @Test
  public void defaults_tls12And13_loopbackNames_noGeneratedTenants() {
    EmulatorOptions options = EmulatorOptions.builder().build();

    assertEquals(List.of("TLSv1.3", "TLSv1.2"), options.tlsProtocols());
    assertEquals(List.of("IP:127.0.0.1", "DNS:localhost"), options.certificateNames());
    assertEquals(GeneratedTenants.NONE, options.generatedTenants());
  }

  @Test
  public void tenants_takeSeedAndEnabledProductsWhateverTheOrder() {
    EmulatorOptions options = EmulatorOptions.builder().enabledProductsPerTenant(5).tenants(5000).tenantSeed(9)
        .build();

    assertEquals(new GeneratedTenants(5000, 9, 5), options.generatedTenants());
  }

  @Test
  public void tenants_outOfRange_isRejectedAtOnce() {
    assertThrows(IllegalArgumentException.class, () -> EmulatorOptions.builder().tenants(-1));
    assertThrows(IllegalArgumentException.class, () -> EmulatorOptions.builder().tenants(100_000));
    assertThrows(IllegalArgumentException.class, () -> EmulatorOptions.builder().enabledProductsPerTenant(-1));
  }

  @Test
  public void tlsProtocols_unknownOrNone_isRejectedNamingTheChoices() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> EmulatorOptions.builder().tlsProtocols("TLS1.2"));

    assertTrue(error.getMessage(), error.getMessage().contains("TLSv1.3, TLSv1.2, TLSv1.1, TLSv1"));
    assertThrows(IllegalArgumentException.class, () -> EmulatorOptions.builder().tlsProtocols());
  }

  @Test
  public void certificateNames_needTheDnsOrIpNotation() {
    assertEquals(List.of("DNS:other.invalid", "IP:::1"),
        EmulatorOptions.builder().certificateNames("DNS:other.invalid", "IP:::1").build().certificateNames());
    for (String bad : List.of("other.invalid", "DNS:", "DNS:bad name", "IP:localhost", "IP:300.1.1.1", "URI:x")) {
      IllegalArgumentException error = assertThrows(bad, IllegalArgumentException.class,
          () -> EmulatorOptions.builder().certificateNames(bad));
      assertTrue(error.getMessage(), error.getMessage().contains("DNS:other.invalid or IP:127.0.0.1"));
    }
    assertThrows(IllegalArgumentException.class, () -> EmulatorOptions.builder().certificateNames());
  }
}
