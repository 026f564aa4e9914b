package io.github.mscommerce.maven;

import io.github.mscommerce.core.http.ProxySettings;
import java.util.Optional;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;

/** The active {@code settings.xml} proxy for {@code https}, the protocol of every request the goals send. */
final class SettingsProxy {

  private SettingsProxy() {}

  static Optional<ProxySettings> active(Settings settings) {
    Optional<Proxy> proxy = settings.getProxies().stream()
        .filter(p -> p.isActive() && "https".equalsIgnoreCase(p.getProtocol())).findFirst();
    // Core warns once that proxy credentials are not sent, and says how a user may choose to enable them.
    return proxy.map(p -> new ProxySettings(p.getHost(), p.getPort(),
        ProxySettings.parseNonProxyHosts(p.getNonProxyHosts()), p.getUsername() != null && !p.getUsername().isBlank()));
  }
}
