package io.github.mscommerce.core.testing;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.http.NetworkSettings;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Demo;
import io.github.mscommerce.emulator.EmulatorAdmin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.rules.ExternalResource;

/**
 * One in-process emulator for a test class ({@code @ClassRule}), and clients of its demo tenant that trust only its
 * certificate and talk only to 127.0.0.1. Call {@link #reset()} before each test: it also forgets issued tokens, so
 * make clients after it.
 */
public final class EmulatorRule extends ExternalResource {

  private CommerceEmulator emulator;
  private Path certificatePem;

  @Override
  protected void before() throws Throwable {
    emulator = CommerceEmulator.start();
    certificatePem = emulator.writeCertificatePem(Files.createTempFile("commerce-emulator-", ".pem"));
  }

  @Override
  protected void after() {
    if (emulator != null) {
      emulator.close();
    }
    try {
      if (certificatePem != null) {
        Files.deleteIfExists(certificatePem);
      }
    } catch (IOException e) {
      // A temporary file left behind does not change any test's outcome.
    }
  }

  public void reset() {
    emulator.admin().reset();
  }

  public EmulatorAdmin admin() {
    return emulator.admin();
  }

  public Demo demo() {
    return emulator.demo();
  }

  public String tenantId() {
    return emulator.demo().tenantId();
  }

  /** The demo app with {@code Policy.ReadWrite.AllowSelfServicePurchase}, with a cold token cache. */
  public CommerceClient readWriteClient(Consumer<CommerceEvent> events) {
    return client(demo().clientId(), demo().clientSecret(), events);
  }

  /** The demo app with {@code Policy.Read.AllowSelfServicePurchase} only: its writes get 403. */
  public CommerceClient readOnlyClient(Consumer<CommerceEvent> events) {
    return client(demo().readOnlyClientId(), demo().readOnlyClientSecret(), events);
  }

  private CommerceClient client(String clientId, String clientSecret, Consumer<CommerceEvent> events) {
    EmulatorTokenCredential credential = new EmulatorTokenCredential(emulator.baseUrl(), tenantId(), clientId,
        clientSecret, emulator.clientSslContext());
    return CommerceClient.builder()
        .endpoint(emulator.baseUrl())
        .credential(credential)
        .network(NetworkSettings.builder().trustCertificate(certificatePem).build())
        .events(events)
        .build();
  }
}
