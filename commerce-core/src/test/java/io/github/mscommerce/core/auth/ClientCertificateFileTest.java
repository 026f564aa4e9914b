package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.auth.TestCertificates.Identity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ClientCertificateFileTest {

  private static final String PASSWORD = "pfx-Pa55word-never-shown";

  private static Identity client;
  private static Identity other;

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  @BeforeClass
  public static void makeKeys() {
    client = TestCertificates.rsa("client-app");
    other = TestCertificates.rsa("someone-else");
  }

  private Path file(String name) {
    return folder.getRoot().toPath().resolve(name);
  }

  private static SecretValue password(String value) {
    return SecretValue.of(value, "a test");
  }

  private String failureOf(Path path, SecretValue password) {
    try {
      ClientCertificateFile.read(path, password);
    } catch (InvalidSettingsException e) {
      assertTrue("names the file: " + e.getMessage(), e.getMessage().startsWith("The client certificate " + path + " "));
      assertFalse("never shows the password: " + e.getMessage(), e.getMessage().contains(PASSWORD));
      return e.getMessage();
    }
    throw new AssertionError("expected InvalidSettingsException for " + path);
  }

  @Test
  public void read_pemWithPkcs8Key_returnsKeyAndCertificate() {
    Path pem = TestCertificates.write(file("client.pem"), TestCertificates.pkcs8Pem(client.privateKey()),
        TestCertificates.certificatePem(client.certificate()));

    ClientCertificateFile.Contents contents = ClientCertificateFile.read(pem, null);

    assertEquals(client.privateKey(), contents.privateKey());
    assertEquals(List.of(client.certificate()), contents.chain());
  }

  @Test
  public void read_pemWithPkcs1Key_returnsTheKey() {
    String pkcs1 = TestCertificates.pkcs1Pem(client.privateKey());
    assertTrue(pkcs1.startsWith("-----BEGIN RSA PRIVATE KEY-----"));
    Path pem = TestCertificates.write(file("client.key"), TestCertificates.certificatePem(client.certificate()), pkcs1);

    ClientCertificateFile.Contents contents = ClientCertificateFile.read(pem, null);

    assertEquals(client.keys().getPublic(), contents.leaf().getPublicKey());
  }

  @Test
  public void read_encryptedPkcs8WithPassword_decryptsTheKey() {
    Path pem = TestCertificates.write(file("client.pem"),
        TestCertificates.encryptedPkcs8Pem(client.privateKey(), PASSWORD.toCharArray()),
        TestCertificates.certificatePem(client.certificate()));

    ClientCertificateFile.Contents contents = ClientCertificateFile.read(pem, password(PASSWORD));

    assertEquals(client.privateKey(), contents.privateKey());
  }

  @Test
  public void read_encryptedPkcs1WithPassword_decryptsTheKey() {
    Path pem = TestCertificates.write(file("client.pem"),
        TestCertificates.encryptedPkcs1Pem(client.privateKey(), PASSWORD.toCharArray()),
        TestCertificates.certificatePem(client.certificate()));

    assertEquals(client.keys().getPublic(),
        ClientCertificateFile.read(pem, password(PASSWORD)).leaf().getPublicKey());
  }

  @Test
  public void read_encryptedKeyWithoutPassword_asksForThePassword() {
    Path pem = TestCertificates.write(file("client.pem"),
        TestCertificates.encryptedPkcs8Pem(client.privateKey(), PASSWORD.toCharArray()),
        TestCertificates.certificatePem(client.certificate()));

    assertEquals("The client certificate " + pem + " holds an encrypted private key, and no password was given: "
        + "give the certificate password.", failureOf(pem, null));
  }

  @Test
  public void read_encryptedKeyWithWrongPassword_saysThePasswordIsWrong() {
    Path pem = TestCertificates.write(file("client.pem"),
        TestCertificates.encryptedPkcs8Pem(client.privateKey(), PASSWORD.toCharArray()),
        TestCertificates.certificatePem(client.certificate()));

    assertEquals("The client certificate " + pem + " cannot be opened with the password given: check the "
        + "certificate password (and that it belongs to this file).", failureOf(pem, password("wrong")));
  }

  @Test
  public void read_pkcs12WithPassword_returnsKeyAndChain() {
    Identity ca = TestCertificates.rsa("test-ca");
    Identity leaf = TestCertificates.rsaIssuedBy("client-app", ca);
    Path pfx = TestCertificates.writePkcs12(file("client.pfx"), PASSWORD.toCharArray(), leaf.privateKey(),
        leaf.certificate(), ca.certificate());

    ClientCertificateFile.Contents contents = ClientCertificateFile.read(pfx, password(PASSWORD));

    assertEquals(leaf.privateKey(), contents.privateKey());
    assertEquals(List.of(leaf.certificate(), ca.certificate()), contents.chain());
  }

  @Test
  public void read_pkcs12WithWrongPassword_saysThePasswordIsWrong() {
    Path pfx = TestCertificates.writePkcs12(file("client.p12"), PASSWORD.toCharArray(), client.privateKey(),
        client.certificate());

    assertTrue(failureOf(pfx, password("wrong")).contains("cannot be opened with the password given"));
  }

  @Test
  public void read_pemWithCaFirst_putsTheKeysCertificateFirst() {
    Identity ca = TestCertificates.rsa("test-ca");
    Identity leaf = TestCertificates.rsaIssuedBy("client-app", ca);
    Path pem = TestCertificates.write(file("chain.pem"), TestCertificates.certificatePem(ca.certificate()),
        TestCertificates.pkcs8Pem(leaf.privateKey()), TestCertificates.certificatePem(leaf.certificate()));

    assertEquals(List.of(leaf.certificate(), ca.certificate()), ClientCertificateFile.read(pem, null).chain());
  }

  @Test
  public void read_ecKey_isRefusedBecauseMsalSignsRs256Only() {
    Identity ec = TestCertificates.ec("ec-client");
    Path pem = TestCertificates.write(file("ec.pem"), TestCertificates.pkcs8Pem(ec.privateKey()),
        TestCertificates.certificatePem(ec.certificate()));

    assertEquals("The client certificate " + pem + " holds a EC key, but MSAL signs client assertions with RS256 "
        + "only: create an RSA certificate (2048 bits or more) for the app registration and use that.",
        failureOf(pem, null));
  }

  @Test
  public void read_certificateOnly_saysTheKeyIsMissing() {
    Path cer = TestCertificates.write(file("client.cer"), TestCertificates.certificatePem(client.certificate()));

    String message = failureOf(cer, null);

    assertTrue(message, message.contains(" holds no private key: "));
    assertTrue(message, message.contains("a .cer/.crt file usually holds only the certificate"));
  }

  @Test
  public void read_keyOnly_asksForTheCertificate() {
    Path pem = TestCertificates.write(file("client.pem"), TestCertificates.pkcs8Pem(client.privateKey()));

    assertTrue(failureOf(pem, null).contains("holds a private key but no certificate: append the app's certificate"));
  }

  @Test
  public void read_keyOfAnotherCertificate_saysTheyDoNotMatch() {
    Path pem = TestCertificates.write(file("client.pem"), TestCertificates.pkcs8Pem(client.privateKey()),
        TestCertificates.certificatePem(other.certificate()));

    assertTrue(failureOf(pem, null).contains("holds a private key that belongs to none of its 1 certificate(s)"));
  }

  @Test
  public void read_twoKeys_isRefused() {
    Path pem = TestCertificates.write(file("client.pem"), TestCertificates.pkcs8Pem(client.privateKey()),
        TestCertificates.pkcs8Pem(other.privateKey()), TestCertificates.certificatePem(client.certificate()));

    assertTrue(failureOf(pem, null).contains("holds 2 private keys"));
  }

  @Test
  public void read_missingFile_saysItCannotBeRead() {
    assertTrue(failureOf(file("absent.pem"), null).contains("cannot be read (NoSuchFileException"));
  }

  @Test
  public void read_binaryGarbage_saysItIsNeitherPemNorPkcs12() throws IOException {
    Path garbage = Files.write(file("client.bin"), new byte[] {0x01, 0x02, 0x03, 0x04});

    assertTrue(failureOf(garbage, null).contains("is neither PEM nor a readable PKCS#12 file"));
  }
}
