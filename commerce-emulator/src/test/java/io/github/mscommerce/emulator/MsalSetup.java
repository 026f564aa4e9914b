package io.github.mscommerce.emulator;

import com.microsoft.aad.msal4j.AbstractClientApplicationBase;
import java.net.MalformedURLException;

/** The MSAL4J 1.26.0 recipe for an emulator authority (maven-msal-notes §2.3). */
final class MsalSetup {

  private MsalSetup() {}

  /**
   * Points {@code builder} at the emulator: no instance discovery (it would call Microsoft), trust only the emulator's
   * certificate, and seed the discovery metadata so the token cache works on a port other than 443.
   */
  static <T extends AbstractClientApplicationBase.Builder<T>> T forEmulator(T builder, CommerceEmulator emulator,
                                                                          String tenant) throws MalformedURLException {
    String authority = emulator.baseUrl() + "/" + tenant + "/";
    String host = emulator.baseUrl().getHost();
    String hostAndPort = host + ":" + emulator.port();
    return builder.authority(authority)
        .instanceDiscovery(false)
        .validateAuthority(false)
        .sslSocketFactory(emulator.clientSslContext().getSocketFactory())
        .aadInstanceDiscoveryResponse("{\"tenant_discovery_endpoint\":\"" + authority
            + "v2.0/.well-known/openid-configuration\",\"metadata\":[{\"preferred_network\":\"" + host
            + "\",\"preferred_cache\":\"" + hostAndPort + "\",\"aliases\":[\"" + host + "\",\"" + hostAndPort
            + "\"]}]}");
  }
}
