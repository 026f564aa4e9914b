package io.github.mscommerce.core.http;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.Suggestions;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Says once per JVM that the proxy's credentials are not used (see {@link ProxySettings#hasCredentials()}): every task
 * of a Jenkins controller builds clients, and the same warning in every build log would only be noise.
 */
public final class ProxyCredentialsNotice {

  private static final AtomicBoolean GIVEN = new AtomicBoolean();

  private ProxyCredentialsNotice() {}

  /** Warns through {@code events} when {@code network}'s proxy has credentials and no task of the JVM was warned yet. */
  public static void warnOnce(NetworkSettings network, Consumer<CommerceEvent> events, Suggestions suggestions) {
    network.proxy().filter(ProxySettings::hasCredentials).ifPresent(proxy -> {
      if (GIVEN.compareAndSet(false, true)) {
        events.accept(CommerceEvent.warn(suggestions.proxyCredentialsNotUsed(proxy.host() + ":" + proxy.port())));
      }
    });
  }

  /** For tests of the warning itself. */
  static void forget() {
    GIVEN.set(false);
  }
}
