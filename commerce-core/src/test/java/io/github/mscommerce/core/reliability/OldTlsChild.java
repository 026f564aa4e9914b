package io.github.mscommerce.core.reliability;

import io.github.mscommerce.core.CommerceException;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.auth.Authority;
import io.github.mscommerce.core.auth.ClientSecretCredential;
import io.github.mscommerce.core.auth.CredentialOptions;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.http.NetworkSettings;
import io.github.mscommerce.core.http.RetryPolicy;
import io.github.mscommerce.core.testing.EmulatorTokenCredential;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.EmulatorOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Runs in a child JVM whose security properties allow TLS 1.1 again, against an emulator that offers only TLS 1.1.
 * Prints what the JDK's own client gets with its defaults (so the JVM is shown to allow 1.1) and what this library's
 * service client and its MSAL token request get (so the refusal is shown to be the library's own restriction).
 */
public final class OldTlsChild {

  private OldTlsChild() {}

  public static void main(String[] args) throws Exception {
    try (CommerceEmulator emulator = CommerceEmulator.start(EmulatorOptions.builder().tlsProtocols("TLSv1.1")
        .build())) {
      System.out.println("jdk-default=" + jdkDefault(emulator));
      NetworkSettings network = NetworkSettings.builder().trustCertificatePem("the emulator's certificate",
          emulator.certificatePem()).build();
      CommerceClient client = CommerceClient.builder().endpoint(emulator.baseUrl()).network(network)
          .retryPolicy(RetryPolicy.withRetries(0)).credential(new EmulatorTokenCredential(emulator.baseUrl(),
              emulator.demo().tenantId(), emulator.demo().clientId(), emulator.demo().clientSecret(),
              emulator.clientSslContext())).build();
      System.out.println("service=" + outcome(() -> client.productPolicies().size()));
      ClientSecretCredential msal = new ClientSecretCredential(
          Authority.of(emulator.baseUrl().toString(), emulator.demo().tenantId()), emulator.demo().clientId(),
          SecretValue.of(emulator.demo().clientSecret(), "the demo app"),
          CredentialOptions.defaults().withNetwork(network).withRetryPolicy(RetryPolicy.withRetries(0)));
      System.out.println("token=" + outcome(() -> msal.token(false).expiresOn()));
    }
  }

  /** The JDK's client, told nothing but whom to trust: whatever versions this JVM enables by default. */
  private static String jdkDefault(CommerceEmulator emulator) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().sslContext(emulator.clientSslContext())
        .version(HttpClient.Version.HTTP_1_1).build();
    try {
      return String.valueOf(client.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v1.0/policies"))
          .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    } catch (IOException e) {
      return "refused";
    }
  }

  private static String outcome(java.util.concurrent.Callable<Object> call) {
    try {
      return "succeeded " + call.call();
    } catch (CommerceException e) {
      return e.getMessage();
    } catch (Exception e) {
      return "unexpected " + e;
    }
  }
}
