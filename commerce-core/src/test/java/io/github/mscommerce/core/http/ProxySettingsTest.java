package io.github.mscommerce.core.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.Proxy;
import java.net.URI;
import java.util.List;
import org.junit.Test;

public class ProxySettingsTest {

  private final ProxySettings proxy =
      new ProxySettings("proxy.corp.example", 3128, ProxySettings.parseNonProxyHosts("localhost|*.internal.example"));

  @Test
  public void selector_sendsOtherHostsThroughTheProxy() {
    List<Proxy> chosen = proxy.toSelector().select(URI.create("https://licensing.m365.microsoft.com"));
    assertEquals(Proxy.Type.HTTP, chosen.get(0).type());
  }

  @Test
  public void selector_bypassesNonProxyHostsWithWildcards() {
    assertEquals(Proxy.NO_PROXY, proxy.toSelector().select(URI.create("https://login.internal.example")).get(0));
    assertTrue(proxy.bypasses("LOCALHOST"));
    assertFalse(proxy.bypasses("internal.example.com"));
  }

  @Test
  public void bypasses_loopbackAlways_evenWithoutNonProxyHosts() {
    ProxySettings noExceptions = new ProxySettings("proxy.corp.example", 3128, List.of());

    assertTrue(noExceptions.bypasses("127.0.0.1"));
    assertTrue(noExceptions.bypasses("localhost"));
    assertTrue(noExceptions.bypasses("[::1]"));
    assertEquals(Proxy.NO_PROXY, noExceptions.toSelector().select(URI.create("https://127.0.0.1:8443")).get(0));
    assertFalse(noExceptions.bypasses("licensing.m365.microsoft.com"));
  }

  @Test
  public void parseNonProxyHosts_acceptsPipesAndCommasAndBlank() {
    assertEquals(List.of("a", "b.example"), ProxySettings.parseNonProxyHosts(" a | b.example "));
    assertEquals(List.of("a", "b"), ProxySettings.parseNonProxyHosts("a,b"));
    assertEquals(List.of(), ProxySettings.parseNonProxyHosts(" "));
  }

  @Test
  public void parseNonProxyHosts_jenkinsProxyPage_oneBlankOrLineSeparatedPatternEach() {
    assertEquals(List.of("localhost", "*.internal.example", "10.0.*"),
        ProxySettings.parseNonProxyHosts("localhost\n*.internal.example\r\n\n10.0.*\n"));
    assertEquals(List.of("a.example", "b.example"), ProxySettings.parseNonProxyHosts("a.example b.example"));
    assertEquals(List.of("a", "b", "c", "d"), ProxySettings.parseNonProxyHosts("a, b |c\td"));
    assertEquals(List.of(), ProxySettings.parseNonProxyHosts("\n ,|"));
  }

  @Test
  public void hasCredentials_isFalseUnlessTheFrontEndSaysSo() {
    assertFalse(new ProxySettings("proxy.corp.example", 3128, List.of()).hasCredentials());
    ProxySettings withCredentials = new ProxySettings("proxy.corp.example", 3128, List.of(), true);

    assertTrue(withCredentials.hasCredentials());
    assertEquals("proxy.corp.example:3128 with credentials the front end holds", withCredentials.toString());
  }
}
