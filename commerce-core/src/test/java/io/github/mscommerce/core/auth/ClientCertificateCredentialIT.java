package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.github.mscommerce.core.AuthenticationFailedException;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.auth.TestCertificates.Identity;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.ClientCertificate;
import io.github.mscommerce.emulator.CommerceEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ClientCertificateCredentialIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final String APP = "c3a7e0d2-5b1f-4e8a-9c6d-2f4b8a1e7d30";
  private static final String ENCRYPTED_KEY_APP = "d4b8f1e3-6c2a-4f9b-8d7e-3a5c9b2f8e41";
  private static final String PASSWORD = "pfx-password-never-shown";
  private static final String READ_WRITE = "Policy.ReadWrite.AllowSelfServicePurchase";

  private static ClientCertificate registered;
  private static ClientCertificate unregistered;

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private CommerceEmulator emulator;

  @BeforeClass
  public static void makeCertificates() {
    registered = ClientCertificate.generate("policy-pipeline");
    unregistered = ClientCertificate.generate("someone-else");
  }

  @Before
  public void registerTheApp() {
    emulator = SharedEmulator.fresh();
    register(APP, registered.certificate());
  }

  private void register(String clientId, X509Certificate certificate) {
    emulator.admin().registerApp(emulator.demo().tenantId(),
        AppRegistration.builder(clientId).certificate(certificate).role(READ_WRITE).build());
  }

  private Path file(String name) {
    return folder.getRoot().toPath().resolve(name);
  }

  private ClientCertificateCredential credential(Path file, SecretValue password) {
    return credential(APP, file, password);
  }

  private ClientCertificateCredential credential(String clientId, Path file, SecretValue password) {
    try {
      return ClientCertificateCredential.fromContents(SharedEmulator.authority(), clientId, file.toString(),
          Files.readAllBytes(file), password, SharedEmulator.options());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int tokenRequests() {
    return emulator.admin().count("POST", ClientSecretCredentialIT.TOKEN_ROUTE);
  }

  @Test
  public void token_pemFile_isAcceptedByThePolicyService() throws IOException {
    ClientCertificateCredential credential = credential(registered.writePem(file("client.pem")), null);

    CommerceClient client = CommerceClient.builder().endpoint(emulator.baseUrl()).network(SharedEmulator.network())
        .credential(credential).build();

    assertFalse(client.productPolicies().isEmpty());
  }

  @Test
  public void token_pkcs12File_getsAToken() throws IOException {
    Path pfx = registered.writePkcs12(file("client.pfx"), PASSWORD.toCharArray());

    credential(pfx, SecretValue.of(PASSWORD, "AZURE_CLIENT_CERTIFICATE_PASSWORD")).token(false);

    assertEquals(1, tokenRequests());
  }

  @Test
  public void token_encryptedPkcs8Key_signsAnAssertionEntraAccepts() {
    Identity identity = TestCertificates.rsa("encrypted-key");
    register(ENCRYPTED_KEY_APP, identity.certificate());
    Path pem = TestCertificates.write(file("encrypted.pem"),
        TestCertificates.encryptedPkcs8Pem(identity.privateKey(), PASSWORD.toCharArray()),
        TestCertificates.certificatePem(identity.certificate()));

    credential(ENCRYPTED_KEY_APP, pem, SecretValue.of(PASSWORD, "a test")).token(false);

    assertEquals(1, tokenRequests());
  }

  @Test
  public void token_secondCall_isServedFromCacheAndForceRefreshSignsAgain() throws IOException {
    ClientCertificateCredential credential = credential(registered.writePem(file("client.pem")), null);

    credential.token(false);
    credential.token(false);
    assertEquals(1, tokenRequests());

    credential.token(true);
    assertEquals(2, tokenRequests());
  }

  @Test
  public void token_unregisteredCertificate_isRefusedWithAadsts700027() throws IOException {
    ClientCertificateCredential credential = credential(unregistered.writePem(file("other.pem")), null);

    AuthenticationFailedException e = Refusals.assertRefused(AuthenticationFailedException.class, "AADSTS700027",
        () -> credential.token(false), PASSWORD);

    assertEquals(401, e.status().getAsInt());
    assertEquals("invalid_client", e.errorCode().orElseThrow());
    assertEquals(1, tokenRequests());
  }
}
