package io.github.mscommerce.emulator;

import io.github.mscommerce.emulator.crypto.Pem;
import io.github.mscommerce.emulator.crypto.SelfSignedCertificates;
import io.github.mscommerce.emulator.crypto.Thumbprints;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Objects;

/**
 * Test and integration support: an RSA-2048 key and self-signed certificate for the certificate credential flow
 * (MSAL4J cannot sign client assertions with EC keys). Register {@link #certificate()} on an app, then give MSAL the
 * key as PEM or PKCS#12. Files holding the private key are made readable by their owner only where the file system
 * supports it.
 */
public final class ClientCertificate {

  private static final Duration VALIDITY = Duration.ofDays(365);

  private final PrivateKey privateKey;
  private final X509Certificate certificate;

  private ClientCertificate(PrivateKey privateKey, X509Certificate certificate) {
    this.privateKey = privateKey;
    this.certificate = certificate;
  }

  public static ClientCertificate generate(String commonName) {
    Objects.requireNonNull(commonName, "commonName");
    KeyPair keyPair = SelfSignedCertificates.rsa2048();
    return new ClientCertificate(keyPair.getPrivate(), SelfSignedCertificates.client(keyPair, commonName, VALIDITY));
  }

  public PrivateKey privateKey() {
    return privateKey;
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** Writes a PKCS#8 {@code PRIVATE KEY} block followed by the {@code CERTIFICATE} block. */
  public Path writePem(Path file) throws IOException {
    String pem = Pem.privateKey(privateKey) + Pem.certificate(certificate);
    try (OutputStream out = ownerOnly(file)) {
      out.write(pem.getBytes(StandardCharsets.US_ASCII));
    }
    return file;
  }

  /** Writes a PKCS#12 store with one key entry (key and certificate), protected by {@code password}. */
  public Path writePkcs12(Path file, char[] password) throws IOException {
    Objects.requireNonNull(password, "password");
    try (OutputStream out = ownerOnly(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("client", privateKey, password, new X509Certificate[] {certificate});
      store.store(out, password);
    } catch (GeneralSecurityException e) {
      throw new IOException("Cannot write the PKCS#12 file " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  /** Subject and thumbprint only: never the key. */
  @Override
  public String toString() {
    return "ClientCertificate[" + certificate.getSubjectX500Principal().getName() + ", x5t#S256="
        + Thumbprints.sha256Base64(certificate) + "]";
  }

  private static OutputStream ownerOnly(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.deleteIfExists(file);
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file); // not a POSIX file system (Windows): rely on the directory's permissions
    }
    return Files.newOutputStream(file);
  }
}
