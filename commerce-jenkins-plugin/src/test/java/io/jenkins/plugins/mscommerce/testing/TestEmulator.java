package io.jenkins.plugins.mscommerce.testing;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.auth.CredentialOptions;
import io.github.mscommerce.core.auth.SharedTokens;
import io.github.mscommerce.core.http.NetworkSettings;
import io.github.mscommerce.emulator.CommerceEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The one emulator of a test JVM, reset by {@link #fresh()}. MSAL caches instance metadata statically by host without
 * port, so two emulators on different ports in one JVM would break each other's token cache (as in commerce-core's
 * tests); every test class that signs in shares this one. It stops when the JVM does.
 */
public final class TestEmulator {

  private static CommerceEmulator emulator;
  private static Path certificatePem;

  private TestEmulator() {}

  /**
   * The emulator in its start-up state (the demo tenant, nothing registered by an earlier test). The JVM's shared tokens
   * are forgotten too, as core's tests do: the emulator refuses every token it issued before the reset.
   */
  public static synchronized CommerceEmulator fresh() {
    started().admin().reset();
    SharedTokens.clear();
    return emulator;
  }

  /** Core's defaults, trusting the emulator's TLS certificate, with events going to {@code events}. */
  public static synchronized CredentialOptions options(Consumer<CommerceEvent> events) {
    started();
    return CredentialOptions.defaults()
        .withNetwork(NetworkSettings.builder().trustCertificatePem("the emulator's certificate", emulator.certificatePem())
            .build())
        .withEvents(events);
  }

  /** The emulator's TLS certificate as a PEM file, for a step's {@code trustCertificate}. */
  public static synchronized Path certificatePem() {
    started();
    return certificatePem;
  }

  private static CommerceEmulator started() {
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
}
