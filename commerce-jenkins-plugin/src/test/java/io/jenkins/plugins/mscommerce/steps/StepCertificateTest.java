package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.withSettings;
import static org.mockito.Mockito.when;

import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.util.Secret;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.SettingNames;
import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.ClientCertificate;
import io.github.mscommerce.emulator.JournalEntry;
import io.jenkins.plugins.mscommerce.binding.EntraAppBinding;
import io.jenkins.plugins.mscommerce.credentials.EntraAppCredentials;
import io.jenkins.plugins.mscommerce.credentials.EntraAppCredentialsImpl;
import io.jenkins.plugins.mscommerce.testing.TestCertificateCredentials;
import io.jenkins.plugins.mscommerce.testing.TestEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jenkinsci.plugins.credentialsbinding.MultiBinding.MultiEnvironment;
import org.junit.After;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mockito.MockedConstruction;

/**
 * A step signing in with an Entra ID application whose credentials name a certificate credential: core gets the key
 * store as Jenkins holds it (never a file), with the credential's password, and signs in at the emulator with a client
 * assertion. Neither the password nor the key reaches the log.
 */
public class StepCertificateTest {

  private static final String TOKEN_ROUTE = "/{tenant}/oauth2/v2.0/token";
  private static final String APP = "7e2f4a6b-3c5d-4e9f-8a1b-2c3d4e5f6a71";
  private static final String CERTIFICATE_ID = "contoso-certificate";
  private static final String PASSWORD = "pfx-Pa55-not.for.logs";

  private static ClientCertificate registered;
  private static ClientCertificate unregistered;

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private StepHarness harness;

  @BeforeClass
  public static void makeCertificates() {
    registered = ClientCertificate.generate("jenkins-step-certificate");
    unregistered = ClientCertificate.generate("someone-else");
  }

  @Before
  public void setUp() throws Exception {
    harness = new StepHarness(folder.getRoot().toPath()).withCredentials();
    harness.emulator.admin().registerApp(harness.emulator.demo().tenantId(), AppRegistration.builder(APP)
        .certificate(registered.certificate()).role(AppRegistration.ROLE_READ).build());
  }

  @After
  public void tearDown() {
    harness.close();
  }

  /** The app's credentials, naming the certificate credential {@link #CERTIFICATE_ID} that holds {@code certificate}. */
  private ProductPoliciesStep stepWithCertificate(ClientCertificate certificate, String password) throws Exception {
    EntraAppCredentialsImpl app = new EntraAppCredentialsImpl(CredentialsScope.GLOBAL, StepHarness.CREDENTIALS_ID, "",
        harness.emulator.demo().tenantId(), APP);
    app.setCertificateCredentialsId(CERTIFICATE_ID);
    app.setAuthorityHost(harness.emulator.baseUrl().toString());
    harness.register(StepHarness.CREDENTIALS_ID, app);
    harness.registerCertificate(CERTIFICATE_ID, TestCertificateCredentials.of(CERTIFICATE_ID, certificate, password));
    ProductPoliciesStep step = harness.atEmulator(new ProductPoliciesStep());
    step.setCredentialsId(StepHarness.CREDENTIALS_ID);
    return step;
  }

  private List<JournalEntry> tokenRequests() {
    return harness.emulator.admin().journal().stream().filter(entry -> entry.route().equals(TOKEN_ROUTE)).toList();
  }

  @Test
  public void certificateCredential_withPassword_signsInAndLists() throws Exception {
    List<?> products = (List<?>) harness.run(stepWithCertificate(registered, PASSWORD));

    assertEquals(24, products.size());
    List<JournalEntry> tokens = tokenRequests();
    assertEquals(1, tokens.size());
    assertEquals(200, tokens.get(0).status());
    assertEquals(APP, tokens.get(0).clientId());
    String certificateOrigin = io.jenkins.plugins.mscommerce.credentials.Messages.EntraAppSignIn_certificateOrigin(
        CERTIFICATE_ID, io.jenkins.plugins.mscommerce.credentials.Messages.EntraAppSignIn_origin(
            StepHarness.CREDENTIALS_ID));
    assertTrue(harness.log(), harness.log().contains("Signing in with certificate " + certificateOrigin
        + " (thumbprint "));
    assertFalse(harness.log(), harness.log().contains(PASSWORD));
    harness.assertNoSecretAnywhere();
  }

  @Test
  public void certificateCredential_withoutPassword_signsIn() throws Exception {
    assertEquals(24, ((List<?>) harness.run(stepWithCertificate(registered, ""))).size());
  }

  /**
   * The credential's key store is opened with the credential's password, even an empty one: a certificate password that
   * an outer {@code withCredentials} left in the environment belongs to another certificate.
   */
  @Test
  public void certificateCredential_ignoresACertificatePasswordInTheEnvironment() throws Exception {
    harness.environment.put("AZURE_CLIENT_CERTIFICATE_PASSWORD", "another-certificate's-password");

    assertEquals(24, ((List<?>) harness.run(stepWithCertificate(registered, ""))).size());
  }

  /** The certificate credential outranks an AZURE_CLIENT_CERTIFICATE_PATH of the environment, as the secret does. */
  @Test
  public void certificateCredential_outranksTheEnvironmentsCertificatePath() throws Exception {
    harness.environment.put("AZURE_CLIENT_CERTIFICATE_PATH", "no-such-certificate.p12");

    assertEquals(24, ((List<?>) harness.run(stepWithCertificate(registered, PASSWORD))).size());
  }

  /**
   * {@code withCredentials([entraIdApp(…)]) { msCommerceProductPolicies() }}: the binding's certificate file is on the
   * agent, and core reads the file AZURE_CLIENT_CERTIFICATE_PATH names (and the trust certificate) only through the
   * step's workspace. Given relative
   * to the workspace, the path means nothing to this JVM's working directory; and every read goes through
   * {@link WorkspaceFiles}, whose {@link hudson.FilePath} reaches the agent.
   */
  @Test
  public void boundCertificatePath_isReadThroughTheWorkspace() throws Exception {
    stepWithCertificate(registered, PASSWORD);
    MultiEnvironment bound = new EntraAppBinding(StepHarness.CREDENTIALS_ID).bind(harness.run, harness.workspace, null,
        TaskListener.NULL);
    harness.environment.putAll(bound.getPublicValues());
    harness.environment.putAll(bound.getSecretValues());
    String absolute = bound.getPublicValues().get(EntraAppBinding.DEFAULT_CERTIFICATE_PATH_VARIABLE);
    String relative = "../" + Path.of(harness.workspace.getParent().getRemote()).relativize(Path.of(absolute));
    harness.environment.put(EntraAppBinding.DEFAULT_CERTIFICATE_PATH_VARIABLE, relative);
    assertFalse(relative, Files.exists(Path.of(relative)));

    // The step's own WorkspaceFiles, made inside the block, forwards to this one and records what core reads.
    WorkspaceFiles workspace = new WorkspaceFiles(harness.workspace);
    List<String> read = new CopyOnWriteArrayList<>();
    try (MockedConstruction<WorkspaceFiles> files = mockConstruction(WorkspaceFiles.class,
        withSettings().defaultAnswer(delegatesTo(workspace)), (spy, context) -> doAnswer(invocation -> {
          read.add(invocation.getArgument(0));
          return workspace.read(invocation.getArgument(0), invocation.getArgument(1));
        }).when(spy).read(anyString(), anyLong()))) {
      assertEquals(24, ((List<?>) harness.run(harness.atEmulator(new ProductPoliciesStep()))).size());
      assertEquals(1, files.constructed().size());
    }

    // The step's trustCertificate (the emulator's PEM) is read the same way.
    assertEquals(List.of(TestEmulator.certificatePem().toString(), relative), read);
    // Named as the workspace resolves it: the agent's absolute path.
    assertTrue(harness.log(), harness.log().contains("Signing in with certificate " + absolute + " (thumbprint "));
    assertFalse(harness.log(), harness.log().contains(PASSWORD));
  }

  @Test
  public void unregisteredCertificate_isRefusedWithCoresMessageNamingTheCredential() throws Exception {
    ProductPoliciesStep step = stepWithCertificate(unregistered, PASSWORD);

    AbortException e = assertThrows(AbortException.class, () -> harness.run(step));

    assertTrue(e.getMessage(), e.getMessage().startsWith("Entra ID refused a token for certificate "));
    assertTrue(e.getMessage(), e.getMessage().contains("'" + CERTIFICATE_ID + "'"));
    assertFalse(e.getMessage(), e.getMessage().contains(PASSWORD));
    assertEquals(0, harness.requests("GET"));
  }

  /**
   * Credentials from another provider (a vault) whose tenant id core cannot use: core names the credential's value as
   * such, since the step has no tenantId field.
   */
  @Test
  public void unusableTenantIdOfTheCredentials_isNamedAsTheCredentialsValue() throws Exception {
    EntraAppCredentials vault = mock(EntraAppCredentials.class);
    when(vault.getId()).thenReturn(StepHarness.CREDENTIALS_ID);
    when(vault.getTenantId()).thenReturn("not a tenant");
    when(vault.getClientId()).thenReturn(APP);
    when(vault.getClientSecret()).thenReturn(Secret.fromString("vault-Secret-not.for.logs"));
    harness.register(StepHarness.CREDENTIALS_ID, vault);
    ProductPoliciesStep step = harness.atEmulator(new ProductPoliciesStep());
    step.setCredentialsId(StepHarness.CREDENTIALS_ID);

    AbortException e = assertThrows(AbortException.class, () -> harness.run(step));

    assertTrue(e.getMessage(), e.getMessage().startsWith(
        SettingNames.PIPELINE.setting(PropertyNames.TENANT_ID) + ": "));
    assertTrue(e.getMessage(), e.getMessage().startsWith("the tenant id of credentialsId: "));
    assertFalse(e.getMessage(), e.getMessage().contains("vault-Secret-not.for.logs"));
    assertEquals(0, harness.emulator.admin().journal().size());
  }
}
