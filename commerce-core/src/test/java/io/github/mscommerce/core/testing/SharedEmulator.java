package io.github.mscommerce.core.testing;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.auth.Authority;
import io.github.mscommerce.core.auth.CredentialOptions;
import io.github.mscommerce.core.auth.SharedTokens;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.http.NetworkSettings;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Demo;
import io.github.mscommerce.emulator.EmulatorAdmin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The emulator most tests of a JVM share, reset between tests by {@link #fresh()}; it stops when the JVM does. Starting
 * one is what costs, so tests share it; a second one on another port works too (core re-seeds MSAL's instance
 * metadata, keyed by host without port, for the authority in use: see {@code TwoEmulatorsIT}).
 */
public final class SharedEmulator {

  private static CommerceEmulator emulator;
  private static Path certificatePem;

  private SharedEmulator() {}

  public static synchronized CommerceEmulator get() {
    if (emulator == null) {
      try {
        emulator = CommerceEmulator.start();
        certificatePem = emulator.writeCertificatePem(Files.createTempFile("commerce-emulator-", ".pem"));
        certificatePem.toFile().deleteOnExit();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the emulator", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "emulator-shutdown"));
    }
    return emulator;
  }

  /**
   * The emulator's reset state, for the start of a test. The JVM's shared tokens are forgotten too: the emulator refuses
   * every token it issued before the reset, and tests count token requests from a cold start.
   */
  public static CommerceEmulator fresh() {
    CommerceEmulator shared = get();
    shared.admin().reset();
    SharedTokens.clear();
    return shared;
  }

  public static Demo demo() {
    return get().demo();
  }

  public static EmulatorAdmin admin() {
    return get().admin();
  }

  public static String tenantId() {
    return demo().tenantId();
  }

  /**
   * A client of the demo app with {@code Policy.ReadWrite.AllowSelfServicePurchase}, its own cold token cache, tokens by
   * a plain HTTP request (no MSAL). Make it after {@link #fresh()}: a reset forgets issued tokens.
   */
  public static CommerceClient readWriteClient(Consumer<CommerceEvent> events) {
    return client(demo().clientId(), demo().clientSecret(), events);
  }

  /** The demo app with {@code Policy.Read.AllowSelfServicePurchase} only: its writes get 403. */
  public static CommerceClient readOnlyClient(Consumer<CommerceEvent> events) {
    return client(demo().readOnlyClientId(), demo().readOnlyClientSecret(), events);
  }

  /** A client of any app of the demo tenant, as {@link #readWriteClient} makes it. */
  public static CommerceClient client(String clientId, String clientSecret, Consumer<CommerceEvent> events) {
    return clientBuilder(clientId, clientSecret).events(events).build();
  }

  /** The builder behind those clients, for tests that change one more setting (version, retries, clock). */
  public static CommerceClient.Builder clientBuilder(String clientId, String clientSecret) {
    CommerceEmulator shared = get();
    return CommerceClient.builder()
        .endpoint(shared.baseUrl())
        .credential(new EmulatorTokenCredential(shared.baseUrl(), tenantId(), clientId, clientSecret,
            shared.clientSslContext()))
        .network(network());
  }

  /** The emulator's TLS certificate as a PEM file, for settings that name a trust certificate file. */
  public static synchronized Path certificatePem() {
    get();
    return certificatePem;
  }

  /** Trusts the emulator; everything else as the library's defaults. */
  public static NetworkSettings network() {
    return networkBuilder().build();
  }

  /** A builder that trusts the emulator, for tests that change one more network setting. */
  public static NetworkSettings.Builder networkBuilder() {
    return NetworkSettings.builder().trustCertificatePem("the emulator's certificate", get().certificatePem());
  }

  public static CredentialOptions options() {
    return CredentialOptions.defaults().withNetwork(network());
  }

  /** The demo tenant at the emulator. */
  public static Authority authority() {
    return Authority.of(get().baseUrl().toString(), demo().tenantId());
  }
}
