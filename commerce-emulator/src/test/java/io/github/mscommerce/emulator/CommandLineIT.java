package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The shaded jar started as a process: {@code java -jar commerce-emulator-<version>.jar}. */
public class CommandLineIT {

  @ClassRule
  public static final TemporaryFolder FILES = new TemporaryFolder();

  @Test(timeout = 60_000)
  public void jar_printsTheFiveCredentialLinesFirstAndServesWithThem() throws Exception {
    Path pem = FILES.getRoot().toPath().resolve("cli.pem");
    Process process = start("--port", "0", "--certificate", pem.toString());
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        String line = out.readLine();
        assertNotNull("the jar printed only " + lines, line);
        lines.add(line);
      }
      String baseUrl = value(lines.get(0), "baseUrl=");
      String tenantId = value(lines.get(2), "tenantId=");
      String clientId = value(lines.get(3), "clientId=");
      String clientSecret = value(lines.get(4), "clientSecret=");
      assertEquals(pem.toAbsolutePath().toString(), value(lines.get(1), "certificate="));

      HttpClient client = HttpClient.newBuilder().sslContext(trusting(pem)).build();
      HttpResponse<String> token = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/" + tenantId
          + "/oauth2/v2.0/token")).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + clientId
              + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8)
              + "&scope=" + EmulatorHttp.POLICY_SCOPE)).build(), HttpResponse.BodyHandlers.ofString());
      String accessToken = EmulatorHttp.json(token).get("access_token").getAsString();
      HttpResponse<String> products = client.send(HttpRequest.newBuilder(URI.create(baseUrl + EmulatorHttp.PRODUCTS))
          .header("Authorization", "Bearer " + accessToken).build(), HttpResponse.BodyHandlers.ofString());

      assertEquals(200, products.statusCode());
      assertTrue(products.body().startsWith("{\"items\":[{\"policyId\":\"AllowSelfServicePurchase\""));
    } finally {
      process.destroy(); // SIGTERM: the shutdown hook closes the emulator
      assertTrue("the jar did not stop on SIGTERM", process.waitFor(20, TimeUnit.SECONDS));
    }
  }

  @Test(timeout = 60_000)
  public void jar_removesTheCertificateItWroteToTheTempDir_whenStoppedWithSigterm() throws Exception {
    Path tmp = FILES.newFolder("tmp-sigterm").toPath();
    Process process = start(List.of("-Djava.io.tmpdir=" + tmp), "--port", "0");
    Path pem;
    try {
      pem = Path.of(value(banner(process).get(1), "certificate="));
      assertEquals(tmp.toRealPath(), pem.getParent().toRealPath());
      assertTrue("the PEM exists while the emulator runs", Files.isRegularFile(pem));
    } finally {
      process.destroy(); // SIGTERM
      assertTrue("the jar did not stop on SIGTERM", process.waitFor(20, TimeUnit.SECONDS));
    }
    assertFalse("the PEM is gone after SIGTERM", Files.exists(pem));
  }

  @Test(timeout = 60_000)
  public void jar_removesTheCertificateItWroteToTheTempDir_whenInterruptedLikeCtrlC() throws Exception {
    Path tmp = FILES.newFolder("tmp-sigint").toPath();
    Process process = start(List.of("-Djava.io.tmpdir=" + tmp), "--port", "0");
    Path pem;
    try {
      pem = Path.of(value(banner(process).get(1), "certificate="));
      assertTrue(Files.isRegularFile(pem));
      // Ctrl-C in a terminal sends SIGINT to the process; the JDK has no API for it.
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
      assertEquals(0, kill.waitFor());
      assertTrue("the jar did not stop on SIGINT", process.waitFor(20, TimeUnit.SECONDS));
    } finally {
      process.destroyForcibly();
    }
    assertFalse("the PEM is gone after SIGINT", Files.exists(pem));
  }

  @Test(timeout = 60_000)
  public void jar_keepsACertificateFileTheUserNamed() throws Exception {
    Path pem = FILES.getRoot().toPath().resolve("kept.pem");
    Process process = start("--port", "0", "--certificate", pem.toString());
    try {
      banner(process);
    } finally {
      process.destroy();
      assertTrue(process.waitFor(20, TimeUnit.SECONDS));
    }
    assertTrue("--certificate FILE stays after the emulator stops", Files.isRegularFile(pem));
  }

  @Test(timeout = 120_000)
  public void jar_tenants5000_startsAndServesTheLastGeneratedTenant() throws Exception {
    Path pem = FILES.getRoot().toPath().resolve("tenants.pem");
    long start = System.nanoTime();
    Process process = start("--port", "0", "--certificate", pem.toString(), "--tenants", "5000", "--tenant-seed",
        "7");
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      List<String> lines = lines(out, 5);
      // A figure for the reader, not an assertion: wall time depends on the machine's load.
      System.out.printf("java -jar --tenants 5000: banner after %d ms%n", (System.nanoTime() - start) / 1_000_000);
      String banner = String.join("\n", lines(out, 9));
      assertTrue(banner, banner.contains("5000 generated tenants, tenant-00001.onmicrosoft.com to "
          + "tenant-05000.onmicrosoft.com"));

      HttpClient client = HttpClient.newBuilder().sslContext(trusting(pem)).build();
      HttpResponse<String> token = client.send(HttpRequest.newBuilder(URI.create(value(lines.get(0), "baseUrl=")
          + "/tenant-05000.onmicrosoft.com/oauth2/v2.0/token")).header("Content-Type",
          "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
          "grant_type=client_credentials&client_id=" + value(lines.get(3), "clientId=") + "&client_secret="
              + URLEncoder.encode(value(lines.get(4), "clientSecret="), StandardCharsets.UTF_8) + "&scope="
              + EmulatorHttp.POLICY_SCOPE)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(token.body(), 200, token.statusCode());
      assertEquals(GeneratedTenants.tenantId(5000), TokenEndpointIT.claims(EmulatorHttp.json(token)
          .get("access_token").getAsString()).get("tid").getAsString());
    } finally {
      process.destroy();
      assertTrue(process.waitFor(20, TimeUnit.SECONDS));
    }
  }

  @Test
  public void jar_unknownArgument_exits2WithOneLineAndUsage() throws Exception {
    Result result = run("--prot", "8443");

    assertEquals(2, result.exitCode);
    assertEquals("error: unknown argument '--prot'", result.stderr.get(0));
    assertTrue(result.stderr.get(1).startsWith("usage: "));
    assertFalse(String.join("\n", result.stderr).contains("\tat "));
  }

  @Test
  public void jar_invalidStateFile_exits2WithOneLineNamingFileAndKey() throws Exception {
    Path state = FILES.newFile("bad-state.json").toPath();
    Files.writeString(state, "{\"tenants\":[{\"tenantId\":\"11111111-2222-3333-4444-555555555555\","
        + "\"domain\":\"fabrikam.onmicrosoft.com\",\"productValues\":{\"CFQ7TTC0LH2H\":\"Off\"}}]}");

    Result result = run("--state", state.toString());

    assertEquals(2, result.exitCode);
    assertEquals(result.stderr.toString(), 1, result.stderr.size());
    String line = result.stderr.get(0);
    assertTrue(line, line.startsWith("error: State file " + state + ": tenants[0].productValues.CFQ7TTC0LH2H:"));
    assertTrue(line, line.contains("use one of Enabled, Disabled, OnlyTrialsWithoutPaymentMethod"));
  }

  @Test
  public void jar_help_printsUsageAndExits0() throws Exception {
    Result result = run("--help");

    assertEquals(0, result.exitCode);
    assertTrue(result.stdout.get(0).startsWith("usage: java -jar commerce-emulator.jar"));
  }

  private static Process start(String... args) throws Exception {
    return start(List.of(), args);
  }

  private static Process start(List<String> jvmOptions, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(FILES.newFile()).start();
  }

  /** The five credential lines. The rest of stdout is left unread: the banner fits the pipe's buffer. */
  private static List<String> banner(Process process) throws Exception {
    return lines(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), 5);
  }

  private static List<String> lines(BufferedReader out, int count) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String line = out.readLine();
      assertNotNull("the jar printed only " + lines, line);
      lines.add(line);
    }
    return lines;
  }

  private static Result run(String... args) throws Exception {
    File out = FILES.newFile();
    File err = FILES.newFile();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
    assertTrue("the jar did not exit", process.waitFor(30, TimeUnit.SECONDS));
    return new Result(process.exitValue(), Files.readAllLines(out.toPath()), Files.readAllLines(err.toPath()));
  }

  private static String jar() {
    String jar = System.getProperty("emulator.jar");
    assertNotNull("run by failsafe, which sets emulator.jar", jar);
    assertTrue("missing " + jar + ": run after package", new File(jar).isFile());
    return jar;
  }

  private static String value(String line, String prefix) {
    assertTrue(line, line.startsWith(prefix));
    return line.substring(prefix.length());
  }

  private static SSLContext trusting(Path pem) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("emulator", CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(pem))));
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }

  private record Result(int exitCode, List<String> stdout, List<String> stderr) {}
}
