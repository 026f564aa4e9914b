package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Managed identity with MSAL4J in a child JVM: the App Service variables are set in the child's environment only
 * (maven-msal-notes §5.3), so nothing leaks into this JVM or tells MSAL to probe a real metadata address.
 */
public class MsalManagedIdentityIT {

  /** Variables that select another managed identity source; a stray one in the developer's shell would flip it. */
  private static final List<String> SOURCE_VARIABLES = List.of("IDENTITY_ENDPOINT", "IDENTITY_HEADER",
      "IDENTITY_SERVER_THUMBPRINT", "MSI_ENDPOINT", "MSI_SECRET", "IMDS_ENDPOINT",
      "AZURE_POD_IDENTITY_AUTHORITY_HOST");

  @ClassRule
  public static final TemporaryFolder FILES = new TemporaryFolder();

  private static CommerceEmulator emulator;
  private static Path pem;

  @BeforeClass
  public static void startEmulator() throws Exception {
    emulator = CommerceEmulator.start();
    pem = emulator.writeCertificatePem(FILES.getRoot().toPath().resolve("emulator.pem"));
  }

  @AfterClass
  public static void stopEmulator() {
    emulator.close();
  }

  @Before
  public void reset() {
    emulator.admin().reset();
  }

  @Test
  public void acquireTokenForManagedIdentity_appService_tokenReadsPoliciesAndIsCached() throws Exception {
    Child child = runChild(emulator.demo().identityHeader());

    assertEquals(child.output, 0, child.exitCode);
    assertTrue(child.output, child.output.contains("source=APP_SERVICE"));
    assertTrue(child.output, child.output.contains("policyStatus=200"));
    assertTrue(child.output, child.output.contains("secondSource=CACHE"));
    assertEquals(1, emulator.admin().count("GET", "/msi/token"));
    JournalEntry entry = emulator.admin().journal().get(0);
    assertEquals("managed_identity", entry.grantType());
    assertEquals(emulator.demo().managedIdentityClientId(), entry.clientId());
  }

  @Test
  public void acquireTokenForManagedIdentity_wrongIdentityHeader_reportsRequestFailed() throws Exception {
    Child child = runChild("not-the-identity-header");

    assertEquals(child.output, 3, child.exitCode);
    assertTrue(child.output, child.output.contains("error=managed_identity_request_failed"));
    assertEquals(401, emulator.admin().journal().get(0).status());
  }

  private static Child runChild(String identityHeader) throws Exception {
    File output = FILES.newFile();
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ManagedIdentityChild.class.getName(), pem.toString(),
        "aeb86249-8ea3-49e2-900b-54cc8e308f85", emulator.baseUrl() + EmulatorHttp.PRODUCTS);
    SOURCE_VARIABLES.forEach(builder.environment()::remove);
    builder.environment().put("IDENTITY_ENDPOINT", emulator.managedIdentityEndpoint().toString());
    builder.environment().put("IDENTITY_HEADER", identityHeader);
    builder.redirectErrorStream(true).redirectOutput(output); // a file: no pipe can fill up and block the child
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("the child JVM did not finish in 60 s: " + Files.readString(output.toPath()));
    }
    return new Child(process.exitValue(), Files.readString(output.toPath()));
  }

  private record Child(int exitCode, String output) {}
}
