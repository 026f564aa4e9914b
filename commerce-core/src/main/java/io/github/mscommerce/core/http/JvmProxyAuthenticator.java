package io.github.mscommerce.core.http;

import java.net.Authenticator;
import java.net.PasswordAuthentication;

/**
 * Answers a proxy's challenge with whatever the JVM's default authenticator answers (Jenkins installs one for its proxy
 * page), and nothing else; servers get nothing. Core never holds proxy credentials, and the JDK still refuses Basic for
 * HTTPS tunnels unless the JVM's owner enabled it ({@code -Djdk.http.auth.tunneling.disabledSchemes=}).
 */
final class JvmProxyAuthenticator extends Authenticator {

  static final JvmProxyAuthenticator INSTANCE = new JvmProxyAuthenticator();

  private JvmProxyAuthenticator() {}

  @Override
  protected PasswordAuthentication getPasswordAuthentication() {
    Authenticator jvm = Authenticator.getDefault();
    if (getRequestorType() != RequestorType.PROXY || jvm == null || jvm == this) {
      return null;
    }
    return jvm.requestPasswordAuthenticationInstance(getRequestingHost(), getRequestingSite(), getRequestingPort(),
        getRequestingProtocol(), getRequestingPrompt(), getRequestingScheme(), getRequestingURL(), getRequestorType());
  }
}
