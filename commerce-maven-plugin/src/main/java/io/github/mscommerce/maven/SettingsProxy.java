package io.github.mscommerce.maven;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.http.ProxySettings;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;

/** The active {@code settings.xml} proxy for {@code https}, the protocol of every request the goals send. */
final class SettingsProxy {

  private SettingsProxy() {}

  static Optional<ProxySettings> active(Settings settings, Consumer<CommerceEvent> events) {
    Optional<Proxy> proxy = settings.getProxies().stream()
        .filter(p -> p.isActive() && "https".equalsIgnoreCase(p.getProtocol())).findFirst();
    proxy.filter(p -> p.getUsername() != null && !p.getUsername().isBlank()).ifPresent(p -> events.accept(
        CommerceEvent.warn("The settings.xml proxy '" + p.getId() + "' has a username, but proxy authentication is not "
            + "supported: requests go through " + p.getHost() + " without credentials.")));
    return proxy.map(p -> new ProxySettings(p.getHost(), p.getPort(),
        ProxySettings.parseNonProxyHosts(p.getNonProxyHosts())));
  }
}
