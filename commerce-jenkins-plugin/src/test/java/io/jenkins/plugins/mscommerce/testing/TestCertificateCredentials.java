package io.jenkins.plugins.mscommerce.testing;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.util.Secret;
import io.github.mscommerce.emulator.ClientCertificate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/**
 * A certificate credential holding a PKCS#12 keystore, as credentials' {@code CertificateCredentialsImpl} does. That
 * class (and its key store sources) has no stand-in, so the tests bring this one, for unit tests and, registered by its
 * {@link Extension}, for JenkinsRule tests (XStream stores the keystore bytes and the encrypted password).
 */
public final class TestCertificateCredentials extends BaseStandardCredentials
    implements StandardCertificateCredentials {

  private static final long serialVersionUID = 1L;

  private final byte[] pkcs12;
  private final Secret password;

  public TestCertificateCredentials(String id, byte[] pkcs12, String password) {
    super(CredentialsScope.GLOBAL, id, "test certificate " + id);
    this.pkcs12 = pkcs12.clone();
    this.password = Secret.fromString(password);
  }

  /** The key and certificate of {@code certificate} in a PKCS#12 keystore protected by {@code password}. */
  public static TestCertificateCredentials of(String id, ClientCertificate certificate, String password) {
    try {
      Path file = Files.createTempFile("test-certificate-", ".p12");
      try {
        return new TestCertificateCredentials(id,
            Files.readAllBytes(certificate.writePkcs12(file, password.toCharArray())), password);
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @NonNull
  @Override
  public KeyStore getKeyStore() {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(pkcs12), password.getPlainText().toCharArray());
      return store;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("unreadable test keystore", e);
    }
  }

  @NonNull
  @Override
  public Secret getPassword() {
    return password;
  }

  @Extension
  public static final class DescriptorImpl extends BaseStandardCredentialsDescriptor {
    @NonNull
    @Override
    public String getDisplayName() {
      return "Test certificate";
    }
  }
}
