package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The TLS versions offered and the names the server certificate is issued for, as options. */
public class TransportOptionsIT {

  /** The JDK's default list without TLSv1 and TLSv1.1: what a JVM that allows old TLS again would set. */
  private static final String OLD_TLS_ALLOWED = "jdk.tls.disabledAlgorithms=SSLv3, DTLSv1.0, RC4, DES, MD5withRSA, "
      + "DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL, ECDH\n";

  @ClassRule
  public static final TemporaryFolder FILES = new TemporaryFolder();

  @Test
  public void tlsProtocols_onlyTls11_inAJvmThatAllowsIt_handshakesTls11AndRefusesNewer() throws Exception {
    Path security = FILES.getRoot().toPath().resolve("old-tls.security");
    Files.writeString(security, OLD_TLS_ALLOWED);

    List<String> lines = child(security, "TLSv1.1");

    assertEquals(List.of("TLSv1.1=401", "TLSv1.2=refused", "TLSv1.3=refused"), lines);
  }

  @Test
  public void tlsProtocols_versionThisJvmDisables_failsTheStartNamingTheProperty() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> CommerceEmulator.start(EmulatorOptions.builder().tlsProtocols("TLSv1.1").build()));

    assertTrue(error.getMessage(), error.getMessage().startsWith("TLSv1.1 is disabled in this JVM"));
    assertTrue(error.getMessage(), error.getMessage().contains("jdk.tls.disabledAlgorithms"));
  }

  @Test
  public void tlsProtocols_onlyTls12_refusesATls13Client() throws Exception {
    try (CommerceEmulator emulator = CommerceEmulator.start(EmulatorOptions.builder().tlsProtocols("TLSv1.2")
        .build())) {
      assertEquals(401, getWith(emulator, "TLSv1.2").statusCode());
      assertThrows(SSLHandshakeException.class, () -> getWith(emulator, "TLSv1.3"));
    }
  }

  @Test
  public void certificateNames_otherName_isRefusedByAClientThatTrustsTheCertificate() throws Exception {
    try (CommerceEmulator emulator = CommerceEmulator.start(EmulatorOptions.builder()
        .certificateNames("DNS:other.invalid").build())) {
      X509Certificate certificate = emulator.certificate();

      SSLHandshakeException error = assertThrows(SSLHandshakeException.class, () -> getWith(emulator, "TLSv1.3"));

      assertEquals(List.of(List.of(2, "other.invalid")), List.copyOf(certificate.getSubjectAlternativeNames()));
      assertEquals("CN=other.invalid", certificate.getSubjectX500Principal().getName());
      assertTrue(error.getMessage(), error.getMessage().contains("127.0.0.1"));
    }
  }

  @Test
  public void certificateNames_loopbackAddressAmongOthers_isAccepted() throws Exception {
    try (CommerceEmulator emulator = CommerceEmulator.start(EmulatorOptions.builder()
        .certificateNames("DNS:other.invalid", "IP:127.0.0.1").build())) {
      assertEquals(401, getWith(emulator, "TLSv1.3").statusCode());
    }
  }

  private static HttpResponse<String> getWith(CommerceEmulator emulator, String protocol) throws Exception {
    SSLParameters parameters = new SSLParameters();
    parameters.setProtocols(new String[] {protocol});
    HttpClient client = HttpClient.newBuilder().sslContext(emulator.clientSslContext()).sslParameters(parameters)
        .build();
    return client.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v1.0/policies")).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> child(Path security, String... offered) throws Exception {
    File output = FILES.newFile();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.security.properties=" + security, "-cp", System.getProperty("java.class.path"),
        TlsProtocolsChild.class.getName()));
    command.addAll(List.of(offered));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("the child JVM did not finish in 60 s: " + Files.readString(output.toPath()));
    }
    List<String> lines = Files.readAllLines(output.toPath());
    assertEquals(String.join("\n", lines), 0, process.exitValue());
    return lines;
  }
}
