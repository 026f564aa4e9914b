package io.github.mscommerce.core.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.InvalidSettingsException;
import java.net.URI;
import org.junit.Test;

public class EndpointsTest {

  @Test
  public void hostRoot_acceptsHttpsAndDropsATrailingSlash() {
    assertEquals(URI.create("https://licensing.m365.microsoft.com"),
        Endpoints.hostRoot("https://licensing.m365.microsoft.com/", "commerce.endpoint"));
  }

  @Test
  public void hostRoot_acceptsPlainHttpOnLoopback() {
    assertEquals(URI.create("http://127.0.0.1:8443"), Endpoints.hostRoot("http://127.0.0.1:8443", "e"));
    assertEquals(URI.create("http://localhost:1"), Endpoints.hostRoot("http://localhost:1", "e"));
    assertEquals(URI.create("http://[::1]:9"), Endpoints.hostRoot("http://[::1]:9", "e"));
  }

  @Test
  public void hostRoot_refusesPlainHttpToAnotherHostNamingTheFix() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> Endpoints.hostRoot("http://licensing.m365.microsoft.com", "commerce.endpoint"));
    assertTrue(e.getMessage(), e.getMessage().startsWith("commerce.endpoint: 'http://licensing.m365.microsoft.com'"));
    assertTrue(e.getMessage(), e.getMessage().contains("Use https://licensing.m365.microsoft.com"));
  }

  @Test
  public void hostRoot_refusesPathsAndOtherSchemes() {
    assertThrows(InvalidSettingsException.class, () -> Endpoints.hostRoot("https://h.example/v1.0", "e"));
    assertThrows(InvalidSettingsException.class, () -> Endpoints.hostRoot("ftp://h.example", "e"));
    assertThrows(InvalidSettingsException.class, () -> Endpoints.hostRoot("not a url", "e"));
  }

  @Test
  public void isLoopback_doesNotTrustLookalikeNames() {
    assertTrue(Endpoints.isLoopback("127.0.0.2"));
    assertFalse(Endpoints.isLoopback("127.0.0.1.nip.io"));
    assertFalse(Endpoints.isLoopback("localhost.example.com"));
    assertFalse(Endpoints.isLoopback("10.0.0.1"));
  }
}
