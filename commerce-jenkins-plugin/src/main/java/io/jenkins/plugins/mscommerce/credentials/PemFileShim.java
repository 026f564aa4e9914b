package io.jenkins.plugins.mscommerce.credentials;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * SHIM(core) — delete this class when core's {@code SettingsProcessor} reads {@code RawSettings.trustCertificatePem()}.
 * Until then (its "TODO(auth merge)") core takes a trust anchor only as a file it reads itself, so a PEM that Jenkins
 * holds (a secret-file credential, the credential form's test field) is written to a temporary file on the controller for
 * the length of one run and offered as the trust certificate file. It only works where the controller's files are the
 * step's: on the built-in node (core reads the file through the workspace, then again as a local path).
 * {@link ControllerSettings#trustCertificatePem()} already hands core the text, so nothing else changes when it goes.
 */
public final class PemFileShim implements Closeable {

  private final Path file;

  private PemFileShim(Path file) {
    this.file = file;
  }

  /** Writes {@code pem}, if present, to a new temporary file (on POSIX systems readable by this user only). */
  public static PemFileShim write(Optional<String> pem) throws IOException {
    if (pem.isEmpty()) {
      return new PemFileShim(null);
    }
    Path file = Files.createTempFile("mscommerce-trust-", ".pem");
    Files.writeString(file, pem.get(), StandardCharsets.UTF_8);
    return new PemFileShim(file);
  }

  /** The file's absolute path; empty when there was no PEM. */
  public Optional<String> path() {
    return Optional.ofNullable(file).map(Path::toString);
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      Files.deleteIfExists(file);
    }
  }
}
