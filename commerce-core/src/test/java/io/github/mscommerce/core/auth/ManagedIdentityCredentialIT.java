package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Managed identity in a child JVM: MSAL reads the endpoint only from the process environment, which a test cannot change
 * in its own JVM, and the App Service shape needs {@code IDENTITY_ENDPOINT} and {@code IDENTITY_HEADER}.
 */
public class ManagedIdentityCredentialIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final String MSI_ROUTE = "/msi/token";

  /** Any of these in the developer's or CI's shell would make MSAL pick another source. */
  private static final List<String> MANAGED_IDENTITY_VARIABLES = List.of("IDENTITY_ENDPOINT", "IDENTITY_HEADER",
      "IDENTITY_SERVER_THUMBPRINT", "MSI_ENDPOINT", "MSI_SECRET", "IMDS_ENDPOINT",
      "AZURE_POD_IDENTITY_AUTHORITY_HOST");

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private CommerceEmulator emulator;

  @Before
  public void freshEmulator() {
    emulator = SharedEmulator.fresh();
  }

  /** Result of the child: its exit code and its {@code key=value} lines. */
  private record Child(int exitCode, Map<String, String> facts, String stderr) {}

  private Child runChild(String identityHeader) throws IOException, InterruptedException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
        ManagedIdentityChild.class.getName(), SharedEmulator.certificatePem().toString(),
        emulator.baseUrl().toString());
    MANAGED_IDENTITY_VARIABLES.forEach(builder.environment()::remove);
    builder.environment().put("IDENTITY_ENDPOINT", emulator.managedIdentityEndpoint().toString());
    builder.environment().put("IDENTITY_HEADER", identityHeader);
    Path out = folder.newFile("child.out").toPath();
    Path err = folder.newFile("child.err").toPath();
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("the child JVM hung; stderr: " + Files.readString(err));
    }
    Map<String, String> facts = new LinkedHashMap<>();
    for (String line : Files.readAllLines(out)) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        facts.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return new Child(process.exitValue(), facts, Files.readString(err));
  }

  @Test
  public void token_appServiceEndpoint_getsCachesAndRefreshesAToken() throws Exception {
    Child child = runChild(emulator.demo().identityHeader());

    assertEquals(child.facts() + child.stderr(), 0, child.exitCode());
    assertEquals("true", child.facts().get("cachedIsSame"));
    assertEquals("true", child.facts().get("forcedIsNew"));
    assertEquals("true", child.facts().get("expiresInFuture"));
    assertFalse("the policy service accepted the token", child.facts().get("products").equals("0"));
    assertEquals("first call and forced refresh only", 2, emulator.admin().count("GET", MSI_ROUTE));
  }

  @Test
  public void token_wrongIdentityHeader_isRefusedWithoutShowingTheHeader() throws Exception {
    String wrongHeader = "wrong-" + emulator.demo().identityHeader();

    Child child = runChild(wrongHeader);

    assertEquals(child.facts() + child.stderr(), 3, child.exitCode());
    assertEquals("AuthenticationFailedException", child.facts().get("failure"));
    String message = child.facts().get("message");
    assertTrue(message, message.startsWith("Entra ID refused a token for system-assigned managed identity"));
    // App Service's identity endpoint answers with its own message, not an AADSTS code.
    assertTrue(message, message.contains("X-IDENTITY-HEADER header is missing or wrong"));
    assertFalse(message, message.contains(wrongHeader));
    assertFalse(child.stderr(), child.stderr().contains(wrongHeader));
    assertEquals("not retried", 1, emulator.admin().count("GET", MSI_ROUTE));
  }
}
