package io.jenkins.plugins.mscommerce.credentials;

import io.github.mscommerce.core.PathResolver;
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
 * the length of one run and offered as the trust certificate file, which {@link #resolver} serves from the controller.
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

  /**
   * {@code files}, except that this shim's own file is read here on the controller, where it was written: core reads it
   * through the front end's resolver and then again by its path, both on the controller, so a secret-file trust anchor
   * works whichever agent runs the step.
   */
  public PathResolver resolver(PathResolver files) {
    if (file == null) {
      return files;
    }
    String own = file.toString();
    return new PathResolver() {
      @Override
      public byte[] read(String path, long maxBytes) throws IOException {
        if (!path.trim().equals(own)) {
          return files.read(path, maxBytes);
        }
        if (Files.size(file) > maxBytes) {
          throw new FileTooLargeException(own, maxBytes);
        }
        return Files.readAllBytes(file);
      }

      @Override
      public String describe(String path) {
        return path.trim().equals(own) ? own : files.describe(path);
      }

      @Override
      public String base() {
        return files.base();
      }
    };
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      Files.deleteIfExists(file);
    }
  }
}
