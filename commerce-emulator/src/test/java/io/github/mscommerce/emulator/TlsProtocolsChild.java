package io.github.mscommerce.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.net.ssl.SSLParameters;

/**
 * Runs in a child JVM whose security properties re-enable old TLS versions (the test JVM's must stay untouched).
 * Starts an emulator offering only the versions given as arguments, then prints one line per client version tried:
 * {@code TLSv1.1=401} (the handshake worked; no token, hence 401) or {@code TLSv1.2=refused}.
 */
public final class TlsProtocolsChild {

  private TlsProtocolsChild() {}

  public static void main(String[] offered) throws Exception {
    try (CommerceEmulator emulator = CommerceEmulator.start(EmulatorOptions.builder().tlsProtocols(offered).build())) {
      for (String client : new String[] {"TLSv1.1", "TLSv1.2", "TLSv1.3"}) {
        System.out.println(client + "=" + tryWith(emulator, client));
      }
    }
  }

  private static String tryWith(CommerceEmulator emulator, String protocol) throws InterruptedException {
    SSLParameters parameters = new SSLParameters();
    parameters.setProtocols(new String[] {protocol});
    HttpClient client = HttpClient.newBuilder().sslContext(emulator.clientSslContext()).sslParameters(parameters)
        .version(HttpClient.Version.HTTP_1_1).build();
    try {
      return String.valueOf(client.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v1.0/policies"))
          .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    } catch (IOException e) {
      return "refused";
    }
  }
}
