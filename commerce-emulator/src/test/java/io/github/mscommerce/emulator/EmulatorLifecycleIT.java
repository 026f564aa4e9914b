package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Starting, configuring and stopping the emulator; its TLS set-up. */
public class EmulatorLifecycleIT {

  private static final String TENANT = "11111111-2222-3333-4444-555555555555";
  private static final String APP = "99999999-8888-4777-8666-555555555555";

  @ClassRule
  public static final TemporaryFolder FILES = new TemporaryFolder();

  @Test
  public void start_default_servesHttpsOnLoopbackWithoutTrailingSlash() throws Exception {
    try (CommerceEmulator emulator = CommerceEmulator.start()) {
      assertEquals("https://127.0.0.1:" + emulator.port(), emulator.baseUrl().toString());
      assertEquals(URI.create(emulator.baseUrl() + "/msi/token"), emulator.managedIdentityEndpoint());
      assertEquals(emulator.demo().federationIssuer(), emulator.baseUrl() + "/federation");
      assertEquals(200, new EmulatorHttp(emulator).get(EmulatorHttp.PRODUCTS,
          new EmulatorHttp(emulator).readWriteToken()).statusCode());
    }
  }

  @Test
  public void certificate_namesLoopbackAndLocalhost() throws Exception {
    try (CommerceEmulator emulator = CommerceEmulator.start()) {
      X509Certificate certificate = emulator.certificate();
      Collection<List<?>> names = certificate.getSubjectAlternativeNames();
      List<String> values = names.stream().map(name -> name.get(1).toString()).collect(Collectors.toList());

      assertTrue(values.toString(), values.contains("127.0.0.1"));
      assertTrue(values.toString(), values.contains("localhost"));
      assertEquals("EC", certificate.getPublicKey().getAlgorithm());
      Path pem = emulator.writeCertificatePem(FILES.getRoot().toPath().resolve("nested/dir/emulator.pem"));
      assertEquals(emulator.certificatePem(), Files.readString(pem));
      assertTrue(emulator.certificatePem().startsWith("-----BEGIN CERTIFICATE-----"));
    }
  }

  @Test
  public void tls_acceptsVersions12And13AndRefuses11() throws Exception {
    try (CommerceEmulator emulator = CommerceEmulator.start()) {
      // Any HTTP answer (here 401, no token) proves the handshake succeeded.
      assertEquals(401, getWith(emulator, "TLSv1.2").statusCode());
      assertEquals(401, getWith(emulator, "TLSv1.3").statusCode());
      assertThrows(IOException.class, () -> getWith(emulator, "TLSv1.1"));
    }
  }

  @Test
  public void tls_clientWithoutTheEmulatorCertificate_failsTheHandshake() throws Exception {
    try (CommerceEmulator emulator = CommerceEmulator.start()) {
      HttpClient untrusting = HttpClient.newBuilder().sslContext(SSLContext.getDefault()).build();

      assertThrows(SSLHandshakeException.class, () -> untrusting.send(HttpRequest.newBuilder(
          URI.create(emulator.baseUrl() + "/v1.0/policies")).build(), HttpResponse.BodyHandlers.ofString()));
    }
  }

  @Test
  public void close_isIdempotentAndStopsServing() throws Exception {
    CommerceEmulator emulator = CommerceEmulator.start();
    EmulatorHttp http = new EmulatorHttp(emulator);

    emulator.close();
    emulator.close();

    assertThrows(IOException.class, () -> http.get("/v1.0/policies", null));
  }

  @Test
  public void start_onAChosenFreePort_usesIt() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    try (CommerceEmulator emulator = CommerceEmulator.start(EmulatorOptions.builder().port(port).threads(4).build())) {
      assertEquals(port, emulator.port());
    }
  }

  @Test
  public void start_onATakenPort_failsNamingThePort() throws Exception {
    try (CommerceEmulator first = CommerceEmulator.start()) {
      BindException error = assertThrows(BindException.class,
          () -> CommerceEmulator.start(EmulatorOptions.builder().port(first.port()).build()));

      assertTrue(error.getMessage(), error.getMessage().contains("127.0.0.1:" + first.port()));
    }
  }

  @Test
  public void start_withStateFile_servesItsTenantInsteadOfTheDemo() throws Exception {
    Path state = FILES.newFile("state.json").toPath();
    Files.writeString(state, "{\"products\":[{\"productId\":\"CFQ7TTC0ABCD\",\"productName\":\"Some new product\"}],"
        + "\"tenants\":[{\"tenantId\":\"" + TENANT + "\",\"domain\":\"fabrikam.onmicrosoft.com\","
        + "\"apps\":[{\"clientId\":\"" + APP + "\",\"clientSecret\":\"fabrikam-secret\","
        + "\"roles\":[\"Policy.ReadWrite.AllowSelfServicePurchase\"]}],"
        + "\"productValues\":{\"CFQ7TTC0LH2H\":\"Disabled\"},\"offerTypeValues\":{\"saas\":\"Disabled\"}}]}");

    try (CommerceEmulator emulator = CommerceEmulator.start(EmulatorOptions.builder().stateFile(state).build())) {
      EmulatorHttp http = new EmulatorHttp(emulator);
      String token = http.token(TENANT, EmulatorHttp.form("grant_type", "client_credentials", "client_id", APP,
          "client_secret", "fabrikam-secret", "scope", EmulatorHttp.POLICY_SCOPE));

      assertEquals("Disabled", emulator.admin().productValue(TENANT, "CFQ7TTC0LH2H"));
      assertEquals("Disabled", emulator.admin().offerTypeValue(TENANT, "SaaS"));
      assertTrue(http.get(EmulatorHttp.PRODUCTS, token).body().contains("CFQ7TTC0ABCD"));
      assertEquals(400, http.postForm("/" + emulator.demo().tenantId() + "/oauth2/v2.0/token",
          EmulatorHttp.form("grant_type", "client_credentials")).statusCode());
      emulator.admin().setProductValue(TENANT, "CFQ7TTC0LH2H", "Enabled");
      emulator.admin().reset();
      assertEquals("reset returns to the state file", "Disabled",
          emulator.admin().productValue(TENANT, "CFQ7TTC0LH2H"));
    }
  }

  @Test
  public void start_withInvalidStateJson_failsNamingTheKeyAndTheFix() {
    InvalidStateException error = assertThrows(InvalidStateException.class, () -> CommerceEmulator.start(
        EmulatorOptions.builder().stateJson("{\"tenants\":[{\"tenantId\":\"" + TENANT + "\",\"domain\":\"f.com\","
            + "\"apps\":[{\"clientId\":\"" + APP + "\",\"secret\":\"x\"}]}]}").build()));

    assertTrue(error.getMessage(), error.getMessage().startsWith("State JSON: tenants[0].apps[0].secret: unknown key"));
    assertTrue(error.getMessage(), error.getMessage().contains("clientSecret"));
  }

  @Test
  public void demo_secretsDifferPerStartButIdsStay() throws Exception {
    Demo first;
    Demo second;
    try (CommerceEmulator emulator = CommerceEmulator.start()) {
      first = emulator.demo();
    }
    try (CommerceEmulator emulator = CommerceEmulator.start()) {
      second = emulator.demo();
    }

    assertEquals(first.tenantId(), second.tenantId());
    assertEquals(first.clientId(), second.clientId());
    assertNotEquals(first.clientSecret(), second.clientSecret());
    assertNotEquals(first.userPassword(), second.userPassword());
    assertFalse(first.toString().contains(first.clientSecret()));
  }

  private static HttpResponse<String> getWith(CommerceEmulator emulator, String protocol) throws Exception {
    SSLParameters parameters = new SSLParameters();
    parameters.setProtocols(new String[] {protocol});
    HttpClient client = HttpClient.newBuilder().sslContext(emulator.clientSslContext()).sslParameters(parameters)
        .build();
    return client.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v1.0/policies")).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
