package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.auth.TestCertificates.Identity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ClientCertificateContentsTest {

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

  private static ClientCertificateContents.Contents read(Path path, SecretValue password) {
    try {
      return ClientCertificateContents.read(path.toString(), Files.readAllBytes(path), password);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String failureOf(Path path, SecretValue password) {
    try {
      read(path, password);
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

    ClientCertificateContents.Contents contents = read(pem, null);

    assertEquals(client.privateKey(), contents.privateKey());
    assertEquals(List.of(client.certificate()), contents.chain());
  }

  @Test
  public void read_pemWithPkcs1Key_returnsTheKey() {
    String pkcs1 = TestCertificates.pkcs1Pem(client.privateKey());
    assertTrue(pkcs1.startsWith("-----BEGIN RSA PRIVATE KEY-----"));
    Path pem = TestCertificates.write(file("client.key"), TestCertificates.certificatePem(client.certificate()), pkcs1);

    ClientCertificateContents.Contents contents = read(pem, null);

    assertEquals(client.keys().getPublic(), contents.leaf().getPublicKey());
  }

  @Test
  public void read_encryptedPkcs8WithPassword_decryptsTheKey() {
    Path pem = TestCertificates.write(file("client.pem"),
        TestCertificates.encryptedPkcs8Pem(client.privateKey(), PASSWORD.toCharArray()),
        TestCertificates.certificatePem(client.certificate()));

    ClientCertificateContents.Contents contents = read(pem, password(PASSWORD));

    assertEquals(client.privateKey(), contents.privateKey());
  }

  @Test
  public void read_encryptedPkcs1WithPassword_decryptsTheKey() {
    Path pem = TestCertificates.write(file("client.pem"),
        TestCertificates.encryptedPkcs1Pem(client.privateKey(), PASSWORD.toCharArray()),
        TestCertificates.certificatePem(client.certificate()));

    assertEquals(client.keys().getPublic(),
        read(pem, password(PASSWORD)).leaf().getPublicKey());
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

    ClientCertificateContents.Contents contents = read(pfx, password(PASSWORD));

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

    assertEquals(List.of(leaf.certificate(), ca.certificate()), read(pem, null).chain());
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
  public void read_binaryGarbage_saysItIsNeitherPemNorPkcs12() throws IOException {
    Path garbage = Files.write(file("client.bin"), new byte[] {0x01, 0x02, 0x03, 0x04});

    String message = failureOf(garbage, null);

    assertTrue(message.contains("is neither PEM nor a readable PKCS#12 file"));
    assertFalse("no library wording: " + message, message.contains("Exception"));
  }

  @Test
  public void read_pemWithByteOrderMark_readsTheFirstBlockToo() throws IOException {
    Path pem = Files.writeString(file("client.pem"), "\uFEFF" + TestCertificates.pkcs8Pem(client.privateKey())
        + TestCertificates.certificatePem(client.certificate()), StandardCharsets.UTF_8);

    assertEquals(client.privateKey(), read(pem, null).privateKey());
  }

  @Test
  public void read_damagedPemBlock_saysWhatIsWrongWithoutLibraryWording() {
    Path pem = TestCertificates.write(file("client.pem"), TestCertificates.pkcs8Pem(client.privateKey()),
        "-----BEGIN CERTIFICATE-----\nnot*base64*at*all\n-----END CERTIFICATE-----\n");

    assertEquals("The client certificate " + pem + " is PEM, but one of its blocks is damaged or cut short: give a PEM "
        + "file with one PRIVATE KEY block and the CERTIFICATE block(s), each complete from its -----BEGIN to its -----END "
        + "line, or a PKCS#12 file.", failureOf(pem, null));
  }

  @Test
  public void read_noBytes_saysTheContentIsEmpty() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> ClientCertificateContents.read("credential 'contoso-cert'", new byte[0], null));

    assertEquals("The client certificate credential 'contoso-cert' is empty: give the PEM or PKCS#12 (.pfx/.p12) "
        + "content of the app's certificate and key.", e.getMessage());
  }

  @Test
  public void fromKeyStore_jenkinsStyleStore_returnsKeyAndChain() {
    Identity ca = TestCertificates.rsa("test-ca");
    Identity leaf = TestCertificates.rsaIssuedBy("client-app", ca);

    ClientCertificateContents.Contents contents = ClientCertificateContents.fromKeyStore("credential 'contoso-cert'",
        keyStore(leaf.privateKey(), leaf.certificate(), ca.certificate()), password(PASSWORD));

    assertEquals(leaf.privateKey(), contents.privateKey());
    assertEquals(List.of(leaf.certificate(), ca.certificate()), contents.chain());
  }

  @Test
  public void fromKeyStore_wrongPassword_namesTheSourceNotThePassword() {
    KeyStore store = keyStore(client.privateKey(), client.certificate());

    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> ClientCertificateContents.fromKeyStore("credential 'contoso-cert'", store, password("wrong-" + PASSWORD)));

    assertEquals("The client certificate credential 'contoso-cert' cannot be opened with the password given: check the "
        + "certificate password (and that it belongs to this file).", e.getMessage());
  }

  @Test
  public void fromKeyStore_certificateOnly_saysTheKeyIsMissing() throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("uploaded", client.certificate());

    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> ClientCertificateContents.fromKeyStore("credential 'contoso-cert'", store, null));

    assertEquals("The client certificate credential 'contoso-cert' holds no private key: export exactly one "
        + "certificate with its private key.", e.getMessage());
  }

  @Test
  public void fromKeyStore_ecKey_isRefusedBecauseMsalSignsRs256Only() {
    Identity ec = TestCertificates.ec("ec-client");

    InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> ClientCertificateContents
        .fromKeyStore("credential 'ec-cert'", keyStore(ec.privateKey(), ec.certificate()), password(PASSWORD)));

    assertTrue(e.getMessage(), e.getMessage().startsWith("The client certificate credential 'ec-cert' holds a EC key"));
  }

  /** What Jenkins' certificate credential hands out: a loaded store whose key entry has the credential's password. */
  private static KeyStore keyStore(PrivateKey key, X509Certificate... chain) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("jenkins", key, PASSWORD.toCharArray(), chain);
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
