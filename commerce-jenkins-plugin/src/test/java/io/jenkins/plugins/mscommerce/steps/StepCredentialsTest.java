package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.AbortException;
import hudson.ProxyConfiguration;
import io.github.mscommerce.core.frontend.FrontEnd;
import io.github.mscommerce.core.frontend.SettingNames;
import io.jenkins.plugins.mscommerce.credentials.EntraAppCredentialsImpl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jenkins.model.Jenkins;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mockito.MockedStatic;

/**
 * Where a step's sign-in and trust come from: the credentials of {@code credentialsId}, else the step's {@code AZURE_*}
 * environment; a secret-file trust anchor. Mistakes fail cleanly, before any request, and no secret is ever logged.
 */
public class StepCredentialsTest {

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private StepHarness harness;

  @Before
  public void setUp() throws Exception {
    harness = new StepHarness(folder.getRoot().toPath()).withCredentials();
  }

  @After
  public void tearDown() {
    harness.close();
  }

  @Test
  public void missingCredentials_failCleanlyBeforeAnyRequest() throws Exception {
    PoliciesStep step = harness.atEmulator(new PoliciesStep());
    step.setCredentialsId("nobody");

    AbortException e = assertThrows(AbortException.class, () -> harness.run(step));

    assertEquals(io.jenkins.plugins.mscommerce.credentials.Messages.EntraAppSignIn_notFound("nobody"), e.getMessage());
    assertEquals(0, harness.emulator.admin().journal().size());
  }

  @Test
  public void credentialsOfAnotherType_failCleanly() throws Exception {
    harness.register("login", new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, "login", "", "user",
        "password-not.for.logs"));
    PoliciesStep step = harness.atEmulator(new PoliciesStep());
    step.setCredentialsId("login");

    AbortException e = assertThrows(AbortException.class, () -> harness.run(step));

    assertEquals(io.jenkins.plugins.mscommerce.credentials.Messages.EntraAppSignIn_wrongType("login"), e.getMessage());
    assertFalse(harness.log(), harness.log().contains("password-not.for.logs"));
  }

  /** Without credentialsId the step signs in as withCredentials([entraIdApp(…)]) leaves the environment. */
  @Test
  public void noCredentialsId_signsInWithTheStepsEnvironment() throws Exception {
    harness.demoAppInEnvironment();

    List<?> products = (List<?>) harness.run(harness.atEmulator(new ProductPoliciesStep()));

    assertEquals(24, products.size());
    assertTrue(harness.log(), harness.log().contains("(from AZURE_CLIENT_SECRET)"));
    harness.assertNoSecretAnywhere();
  }

  /**
   * The credentials' tenant is where a one-tenant step signs in, though the step has no tenantId and the credentials
   * hand it over as the tenant that comes with them (which a tenants list overrides: see {@code StepTenantsTest}).
   */
  @Test
  public void credentialsTenant_isWhereAOneTenantStepSignsIn() throws Exception {
    harness.run(harness.withDemoApp(new ProductPoliciesStep()));

    List<String> tokenTenants = harness.emulator.admin().journal().stream()
        .filter(entry -> entry.route().equals("/{tenant}/oauth2/v2.0/token")).map(entry -> entry.pathTenant())
        .collect(Collectors.toList());
    assertEquals(List.of(harness.emulator.demo().tenantId()), tokenTenants);
    assertFalse(harness.log(), harness.log().contains("overrides the tenant"));
  }

  /** Design.md's precedence: the Jenkins credential outranks the environment. */
  @Test
  public void credentials_outrankTheEnvironment() throws Exception {
    harness.environment.put("AZURE_TENANT_ID", "11111111-2222-3333-4444-555555555555");
    harness.environment.put("AZURE_CLIENT_ID", "66666666-7777-8888-9999-000000000000");
    harness.environment.put("AZURE_CLIENT_SECRET", "environment-secret-not.for.logs");

    harness.run(harness.withDemoApp(new PolicyStep()));

    assertTrue(harness.log(), harness.log().contains("(from credentials '" + StepHarness.CREDENTIALS_ID + "')"));
    assertFalse(harness.log(), harness.log().contains("environment-secret-not.for.logs"));
  }

  @Test
  public void refusedSecret_failsWithCoresMessageAndNoSecret() throws Exception {
    EntraAppCredentialsImpl app = harness.demoApp();
    app.setClientSecret(hudson.util.Secret.fromString("wrong-Secret-not.for.logs"));
    PolicyStep step = harness.atEmulator(new PolicyStep());
    step.setCredentialsId(StepHarness.CREDENTIALS_ID);

    AbortException e = assertThrows(AbortException.class, () -> harness.run(step));

    assertTrue(e.getMessage(), e.getMessage().startsWith("Entra ID refused a token for client secret of app"));
    assertTrue(e.getMessage(), e.getMessage().contains(Messages.StepSupport_credentials()));
    assertFalse(e.getMessage(), e.getMessage().contains("wrong-Secret-not.for.logs"));
    assertFalse(harness.log(), harness.log().contains("wrong-Secret-not.for.logs"));
  }

  /** The trust anchor from a secret file, as the emulator's certificate: without it TLS would fail. */
  @Test
  public void trustCertificateId_trustsTheSecretFilesPem() throws Exception {
    String pem = Files.readString(io.jenkins.plugins.mscommerce.testing.TestEmulator.certificatePem());
    harness.registerSecretFile("emulator-ca", pem);
    PoliciesStep step = harness.withDemoApp(new PoliciesStep());
    step.setTrustCertificate(null);
    step.setTrustCertificateId("emulator-ca");

    List<?> policies = (List<?>) harness.run(step);

    assertEquals(1, policies.size());
  }

  /**
   * The secret file's PEM goes to core as text, which core prefers to a trust certificate path: the step writes no
   * temporary file and reads none, so this works whichever agent runs it.
   */
  @Test
  public void trustCertificateId_outranksATrustCertificatePath_andNoFileIsWritten() throws Exception {
    String pem = Files.readString(io.jenkins.plugins.mscommerce.testing.TestEmulator.certificatePem());
    harness.registerSecretFile("emulator-ca", pem);
    PoliciesStep step = harness.withDemoApp(new PoliciesStep());
    step.setTrustCertificate("no-such.pem");
    step.setTrustCertificateId("emulator-ca");
    Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
    Set<Path> before = pemFilesIn(temporary);

    assertEquals(1, ((List<?>) harness.run(step)).size());

    assertEquals(before, pemFilesIn(temporary));
    assertFalse(harness.exists("no-such.pem"));
  }

  private static Set<Path> pemFilesIn(Path directory) throws Exception {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".pem")).collect(Collectors.toSet());
    }
  }

  /**
   * Jenkins' proxy page reaches core with its no-proxy hosts and the fact that it has a user name, never the password;
   * core says (once per JVM) that the credentials are not sent. The emulator is on loopback, which no proxy serves.
   * Only the warning is looked at: with a proxy user name, core's HTTP client currently loses the bearer token, so the
   * run itself fails with HTTP 401 (a core bug, reported; see the Javadoc of ControllerSettings.proxyOf).
   */
  @Test
  public void jenkinsProxyWithAUserName_makesCoreSayItsCredentialsAreNotSent() throws Exception {
    Jenkins jenkins = mock(Jenkins.class);
    jenkins.proxy = new ProxyConfiguration("proxy.example.com", 3128, "builder", "proxy-Pa55-not.for.logs",
        "*.internal.example.com");
    PoliciesStep step = harness.withDemoApp(new PoliciesStep());
    try (MockedStatic<Jenkins> controller = mockStatic(Jenkins.class)) {
      controller.when(Jenkins::getInstanceOrNull).thenReturn(jenkins);
      try {
        harness.run(step);
      } catch (AbortException e) {
        assertFalse(e.getMessage(), e.getMessage().contains("proxy-Pa55-not.for.logs"));
      }
    }

    String notice = FrontEnd.of(SettingNames.PIPELINE, Messages.StepSupport_credentials(), new WorkspaceFiles(
        harness.workspace)).suggestions().proxyCredentialsNotUsed("proxy.example.com:3128");
    assertTrue(harness.log(), harness.log().contains("WARNING: " + notice));
    assertFalse(harness.log(), harness.log().contains("proxy-Pa55-not.for.logs"));
  }

  @Test
  public void withoutTheTrustAnchor_theTlsFailureIsCoresMessage() throws Exception {
    PoliciesStep step = harness.withDemoApp(new PoliciesStep());
    step.setTrustCertificate(null);

    AbortException e = assertThrows(AbortException.class, () -> harness.run(step));

    assertTrue(e.getMessage(), e.getMessage().contains("README.md#tls-handshake-failed"));
  }

  /**
   * A secret file that holds no certificate fails before any request, with core's message naming the secret file by
   * its id and field, not the trustCertificate path it outranks.
   */
  @Test
  public void trustCertificateIdWithoutACertificate_failsBeforeAnyRequestNamingTheSecretFile() throws Exception {
    harness.registerSecretFile("not-a-ca", "just text");
    PoliciesStep step = harness.withDemoApp(new PoliciesStep());
    step.setTrustCertificateId("not-a-ca");

    AbortException e = assertThrows(AbortException.class, () -> harness.run(step));

    assertTrue(e.getMessage(), e.getMessage().startsWith("The trust certificate from "
        + Messages.StepSupport_trustCertificateSource("not-a-ca") + " holds no certificate"));
    assertTrue(e.getMessage(), e.getMessage().contains("secret file 'not-a-ca' (trustCertificateId)"));
    assertFalse(harness.log(), harness.log().contains("\tat "));
    assertEquals(0, harness.emulator.admin().journal().size());
  }

  @Test
  public void missingTrustCertificateId_failsCleanly() throws Exception {
    PoliciesStep step = harness.withDemoApp(new PoliciesStep());
    step.setTrustCertificateId("no-such-file");

    AbortException e = assertThrows(AbortException.class, () -> harness.run(step));

    assertEquals(Messages.StepSupport_trustCertificateNotFound("no-such-file"), e.getMessage());
  }

  /** A trust certificate path is read on the agent: relative paths start in the workspace. */
  @Test
  public void relativeTrustCertificate_isReadFromTheWorkspace() throws Exception {
    harness.write("emulator.pem", Files.readString(io.jenkins.plugins.mscommerce.testing.TestEmulator.certificatePem()));
    PoliciesStep step = harness.withDemoApp(new PoliciesStep());
    step.setTrustCertificate("emulator.pem");

    assertEquals(1, ((List<?>) harness.run(step)).size());
  }
}
