package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.interfaces.RSAPublicKey;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ClientCertificateTest {

  @Rule
  public final TemporaryFolder folder = new TemporaryFolder();

  private static final ClientCertificate CERTIFICATE = ClientCertificate.generate("build-agent");

  @Test
  public void generate_makesAnRsa2048SelfSignedCertificate() throws Exception {
    assertEquals(2048, ((RSAPublicKey) CERTIFICATE.certificate().getPublicKey()).getModulus().bitLength());
    assertEquals("CN=build-agent", CERTIFICATE.certificate().getSubjectX500Principal().getName());
    CERTIFICATE.certificate().verify(CERTIFICATE.certificate().getPublicKey());
  }

  @Test
  public void writePem_writesKeyThenCertificateReadableByTheOwnerOnly() throws Exception {
    Path pem = CERTIFICATE.writePem(folder.getRoot().toPath().resolve("sub/client.pem"));

    String text = Files.readString(pem);
    assertTrue(text.startsWith("-----BEGIN PRIVATE KEY-----\n"));
    assertTrue(text.indexOf("-----BEGIN CERTIFICATE-----") > text.indexOf("-----END PRIVATE KEY-----"));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(pem)));
  }

  @Test
  public void writePkcs12_loadsWithThePasswordAndNotWithout() throws Exception {
    Path p12 = CERTIFICATE.writePkcs12(folder.getRoot().toPath().resolve("client.p12"), "pw".toCharArray());

    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(p12)) {
      store.load(in, "pw".toCharArray());
    }
    assertEquals(CERTIFICATE.certificate(), store.getCertificate("client"));
    assertEquals(CERTIFICATE.privateKey(), store.getKey("client", "pw".toCharArray()));
    assertThrows(IOException.class, () -> {
      try (InputStream in = Files.newInputStream(p12)) {
        KeyStore.getInstance("PKCS12").load(in, "wrong".toCharArray());
      }
    });
  }
}
