package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.MsalServiceException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The certificate credential with MSAL4J (PEM and PKCS#12), and assertions MSAL would never send. */
public class MsalCertificateIT {

  private static final String APP = "5d4e6f70-8192-4a3b-9c4d-e5f60718293a";

  @ClassRule
  public static final TemporaryFolder FILES = new TemporaryFolder();

  private static CommerceEmulator emulator;
  private static EmulatorHttp http;
  private static ClientCertificate registered;
  private static ClientCertificate other;
  private static String tokenEndpoint;

  @BeforeClass
  public static void startEmulator() throws Exception {
    emulator = CommerceEmulator.start();
    http = new EmulatorHttp(emulator);
    registered = ClientCertificate.generate("registered-client");
    other = ClientCertificate.generate("unregistered-client");
    tokenEndpoint = emulator.baseUrl() + "/" + emulator.demo().tenantId() + "/oauth2/v2.0/token";
  }

  @AfterClass
  public static void stopEmulator() {
    emulator.close();
  }

  @Before
  public void registerApp() {
    emulator.admin().reset();
    emulator.admin().registerApp(emulator.demo().tenantId(), AppRegistration.builder(APP)
        .certificate(registered.certificate()).role(AppRegistration.ROLE_READ_WRITE).build());
  }

  @Test
  public void acquireToken_certificateFromPemFile_givesWorkingToken() throws Exception {
    Path pem = registered.writePem(FILES.getRoot().toPath().resolve("client.pem"));
    String text = Files.readString(pem);

    String token = acquire(ClientCredentialFactory.createFromCertificate(privateKey(text), certificate(text)));

    assertEquals(200, http.get(EmulatorHttp.PRODUCTS, token).statusCode());
  }

  @Test
  public void acquireToken_certificateFromPkcs12File_givesWorkingToken() throws Exception {
    Path p12 = registered.writePkcs12(FILES.getRoot().toPath().resolve("client.p12"), "p12-pass".toCharArray());

    String token;
    try (InputStream in = Files.newInputStream(p12)) {
      token = acquire(ClientCredentialFactory.createFromCertificate(in, "p12-pass"));
    }

    assertEquals(200, http.put("/v1.0/policies/AllowSelfServicePurchase/products/CFQ7TTC0LH2H", token,
        "{\"policyValue\":\"Disabled\"}").statusCode());
  }

  @Test
  public void acquireToken_unregisteredCertificate_reportsInvalidClient700027() {
    MsalServiceException error = failure(ClientCredentialFactory.createFromCertificate(other.privateKey(),
        other.certificate()));

    assertEquals("invalid_client", error.errorCode());
    assertEquals(401, (int) error.statusCode());
    assertTrue(error.getMessage(), error.getMessage().startsWith("AADSTS700027"));
  }

  @Test
  public void acquireToken_assertionNamingTheCertificateButSignedByAnotherKey_reportsInvalidClient7000274()
      throws Exception {
    String forged = TestAssertions.certificateAssertion("RS256", registered.certificate(), other.privateKey(), APP,
        tokenEndpoint, Instant.now(), Instant.now().plusSeconds(600));

    MsalServiceException error = failure(ClientCredentialFactory.createFromClientAssertion(forged));

    assertEquals("invalid_client", error.errorCode());
    assertTrue(error.getMessage(), error.getMessage().startsWith("AADSTS7000274"));
  }

  @Test
  public void acquireToken_ps256Assertion_isAccepted() throws Exception {
    String token = acquire(ClientCredentialFactory.createFromCallback(() -> TestAssertions.certificateAssertion(
        "PS256", registered.certificate(), registered.privateKey(), APP, tokenEndpoint, Instant.now(),
        Instant.now().plusSeconds(600))));

    assertEquals(200, http.get(EmulatorHttp.PRODUCTS, token).statusCode());
  }

  @Test
  public void acquireToken_expiredAssertion_reportsInvalidClient700024() throws Exception {
    Instant past = Instant.now().minus(Duration.ofMinutes(20));
    String expired = TestAssertions.certificateAssertion("RS256", registered.certificate(), registered.privateKey(),
        APP, tokenEndpoint, past, past.plus(Duration.ofMinutes(10)));

    MsalServiceException error = failure(ClientCredentialFactory.createFromClientAssertion(expired));

    assertEquals("invalid_client", error.errorCode());
    assertTrue(error.getMessage(), error.getMessage().startsWith("AADSTS700024"));
  }

  @Test
  public void acquireToken_replayedAssertion_isRefused() throws Exception {
    String assertion = TestAssertions.certificateAssertion("RS256", registered.certificate(),
        registered.privateKey(), APP, tokenEndpoint, Instant.now(), Instant.now().plusSeconds(600));
    acquire(ClientCredentialFactory.createFromClientAssertion(assertion));

    MsalServiceException error = failure(ClientCredentialFactory.createFromClientAssertion(assertion));

    assertEquals("invalid_client", error.errorCode());
    assertTrue(error.getMessage(), error.getMessage().contains("jti was already used"));
  }

  @Test
  public void acquireToken_assertionForAnotherAudience_isRefused() throws Exception {
    String elsewhere = TestAssertions.certificateAssertion("RS256", registered.certificate(),
        registered.privateKey(), APP, "https://login.microsoftonline.com/common/oauth2/v2.0/token", Instant.now(),
        Instant.now().plusSeconds(600));

    MsalServiceException error = failure(ClientCredentialFactory.createFromClientAssertion(elsewhere));

    assertEquals("invalid_client", error.errorCode());
    assertTrue(error.getMessage(), error.getMessage().contains("is not this token endpoint"));
  }

  @Test
  public void multiTenantApp_sameCertificateInTwoTenants_getsATokenForEachWithItsTid() throws Exception {
    emulator.admin().generateTenants(GeneratedTenants.of(1));
    emulator.admin().registerApp(GeneratedTenants.domain(1), AppRegistration.builder(APP)
        .certificate(registered.certificate()).role(AppRegistration.ROLE_READ_WRITE).build());
    IClientCredential credential = ClientCredentialFactory.createFromCertificate(registered.privateKey(),
        registered.certificate());

    String home = acquire(credential);
    String other = MsalSetup.forEmulator(ConfidentialClientApplication.builder(APP, credential), emulator,
        GeneratedTenants.domain(1)).disableInternalRetries().build()
        .acquireToken(ClientCredentialParameters.builder(Set.of(EmulatorHttp.POLICY_SCOPE)).build()).get()
        .accessToken();

    assertEquals(emulator.demo().tenantId(), TokenEndpointIT.claims(home).get("tid").getAsString());
    assertEquals(GeneratedTenants.tenantId(1), TokenEndpointIT.claims(other).get("tid").getAsString());
    assertEquals(200, http.get(EmulatorHttp.PRODUCTS, other).statusCode());
  }

  private static String acquire(IClientCredential credential) throws Exception {
    return app(credential).acquireToken(ClientCredentialParameters.builder(Set.of(EmulatorHttp.POLICY_SCOPE))
        .build()).get().accessToken();
  }

  private static MsalServiceException failure(IClientCredential credential) {
    ExecutionException failure = assertThrows(ExecutionException.class, () -> acquire(credential));
    return (MsalServiceException) failure.getCause();
  }

  private static ConfidentialClientApplication app(IClientCredential credential) throws Exception {
    return MsalSetup.forEmulator(ConfidentialClientApplication.builder(APP, credential), emulator,
        emulator.demo().tenantId()).disableInternalRetries().build();
  }

  private static PrivateKey privateKey(String pem) throws Exception {
    byte[] der = block(pem, "PRIVATE KEY");
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
  }

  private static X509Certificate certificate(String pem) throws Exception {
    return (X509Certificate) CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(block(pem, "CERTIFICATE")));
  }

  private static byte[] block(String pem, String type) {
    Matcher matcher = Pattern.compile("-----BEGIN " + type + "-----([^-]+)-----END " + type + "-----").matcher(pem);
    assertTrue("no " + type + " block", matcher.find());
    return Base64.getMimeDecoder().decode(matcher.group(1).getBytes(StandardCharsets.US_ASCII));
  }
}
