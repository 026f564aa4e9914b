package io.github.mscommerce.maven;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.http.ProxySettings;
import java.util.List;
import java.util.Optional;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.junit.Test;

public class SettingsProxyTest {

  private final Settings settings = new Settings();

  private Proxy proxy(String id, boolean active, String protocol, String host) {
    Proxy proxy = new Proxy();
    proxy.setId(id);
    proxy.setActive(active);
    proxy.setProtocol(protocol);
    proxy.setHost(host);
    proxy.setPort(3128);
    settings.addProxy(proxy);
    return proxy;
  }

  @Test
  public void active_takesTheFirstActiveHttpsProxy_withItsNonProxyHosts() {
    proxy("off", false, "https", "inactive.example");
    proxy("plain", true, "http", "http-only.example");
    proxy("corporate", true, "https", "proxy.corp.example").setNonProxyHosts("*.internal.example|localhost");

    ProxySettings chosen = SettingsProxy.active(settings).orElseThrow();

    assertEquals("proxy.corp.example", chosen.host());
    assertEquals(3128, chosen.port());
    assertEquals(List.of("*.internal.example", "localhost"), chosen.nonProxyHosts());
  }

  @Test
  public void active_noHttpsProxy_isEmpty() {
    proxy("plain", true, "http", "http-only.example");

    assertEquals(Optional.empty(), SettingsProxy.active(settings));
  }

  @Test
  public void active_proxyWithCredentials_saysSoWithoutHandingThemOver() {
    Proxy proxy = proxy("corporate", true, "https", "proxy.corp.example");
    proxy.setUsername("builder");
    proxy.setPassword("proxy-password");

    ProxySettings active = SettingsProxy.active(settings).orElseThrow();
    assertTrue(active.hasCredentials());
    assertFalse(active.toString().contains("proxy-password"));
    assertFalse(SettingsProxy.active(new Settings()).isPresent());
  }
}
