package io.jenkins.plugins.mscommerce.steps;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.model.Result;
import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.ClientCertificate;
import io.jenkins.plugins.mscommerce.credentials.EntraAppCredentialsImpl;
import io.jenkins.plugins.mscommerce.testing.TestCertificateCredentials;
import io.jenkins.plugins.mscommerce.testing.TestEmulator;
import io.jenkins.plugins.mscommerce.testing.TestSecretFile;
import java.nio.file.Files;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.BuildWatcher;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * Where a step's sign-in comes from in real Pipelines: the credentials of credentialsId, or the AZURE_* variables of
 * withCredentials([entraIdApp(…)]), with a client secret or a certificate credential; a secret-file trust anchor; and
 * user mistakes that fail cleanly.
 */
public class StepCredentialsJenkinsTest {

  private static final String CERTIFICATE_APP = "8f3a5b7c-4d6e-4fa0-9b2c-3d4e5f6a7b82";
  private static final String KEYSTORE_PASSWORD = "pfx-Pa55-not.for.logs";

  @ClassRule public static BuildWatcher buildWatcher = new BuildWatcher();
  @Rule public JenkinsRule r = new JenkinsRule();

  private EmulatorPipelines pipelines;

  @Before
  public void setUp() throws Exception {
    pipelines = new EmulatorPipelines(r);
  }

  @Test
  public void missingCredentials() throws Exception {
    WorkflowRun b = pipelines.build("node { msCommercePolicies(credentialsId: 'nobody', " + pipelines.atEmulator()
        + ") }", Result.FAILURE);

    r.assertLogContains(io.jenkins.plugins.mscommerce.credentials.Messages.EntraAppSignIn_notFound("nobody"), b);
    r.assertLogNotContains("\tat ", b);
  }

  @Test
  public void wrongCredentialType() throws Exception {
    pipelines.add(new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, "login", "", "user",
        "password-not.for.logs"));

    WorkflowRun b = pipelines.build("node { msCommercePolicies(credentialsId: 'login', " + pipelines.atEmulator()
        + ") }", Result.FAILURE);

    r.assertLogContains(io.jenkins.plugins.mscommerce.credentials.Messages.EntraAppSignIn_wrongType("login"), b);
    r.assertLogNotContains("\tat ", b);
    r.assertLogNotContains("password-not.for.logs", b);
  }

  /** The binding's AZURE_* variables are the step's environment: no credentialsId needed inside the block. */
  @Test
  public void stepInsideWithCredentialsSignsInWithTheBoundVariables() throws Exception {
    pipelines.addDemoApp();

    WorkflowRun b = pipelines.build("node { withCredentials([entraIdApp(credentialsId: 'contoso')]) {\n"
        + "  def products = msCommerceProductPolicies(" + pipelines.atEmulator() + ")\n"
        + "  echo \"products=${products.size()}\"\n"
        + "} }", Result.SUCCESS);

    r.assertLogContains("products=24", b);
    r.assertLogContains("(from AZURE_CLIENT_SECRET)", b);
    pipelines.assertNoSecret(b);
  }

  @Test
  public void trustCertificateFromASecretFile() throws Exception {
    pipelines.addDemoApp();
    pipelines.add(new TestSecretFile("emulator-ca", "emulator.pem", Files.readAllBytes(TestEmulator.certificatePem())));

    WorkflowRun b = pipelines.build("node { def p = msCommercePolicies(credentialsId: 'contoso', trustCertificateId: "
        + "'emulator-ca', endpoint: '" + pipelines.emulator.baseUrl() + "')\necho \"policies=${p.size()}\" }",
        Result.SUCCESS);

    r.assertLogContains("policies=1", b);
  }

  @Test
  public void missingTrustCertificate() throws Exception {
    pipelines.addDemoApp();

    WorkflowRun b = pipelines.build("node { msCommercePolicies(credentialsId: 'contoso', trustCertificateId: 'gone', "
        + "endpoint: '" + pipelines.emulator.baseUrl() + "') }", Result.FAILURE);

    r.assertLogContains(Messages.StepSupport_trustCertificateNotFound("gone"), b);
    r.assertLogNotContains("\tat ", b);
  }

  /** The app registered at the emulator with a fresh certificate, and credentials naming a certificate credential. */
  private void addCertificateApp() throws Exception {
    ClientCertificate certificate = ClientCertificate.generate("jenkins-pipeline-certificate");
    pipelines.emulator.admin().registerApp(pipelines.emulator.demo().tenantId(),
        AppRegistration.builder(CERTIFICATE_APP).certificate(certificate.certificate())
            .role(AppRegistration.ROLE_READ).build());
    EntraAppCredentialsImpl app = new EntraAppCredentialsImpl(CredentialsScope.GLOBAL, "contoso-certificate-app", "",
        pipelines.emulator.demo().tenantId(), CERTIFICATE_APP);
    app.setCertificateCredentialsId("contoso-certificate");
    app.setAuthorityHost(pipelines.emulator.baseUrl().toString());
    pipelines.add(app);
    pipelines.add(TestCertificateCredentials.of("contoso-certificate", certificate, KEYSTORE_PASSWORD));
  }

  @Test
  public void certificateCredentialSignsIn() throws Exception {
    addCertificateApp();

    WorkflowRun b = pipelines.build("node { def products = msCommerceProductPolicies(credentialsId: "
        + "'contoso-certificate-app', " + pipelines.atEmulator() + ")\necho \"products=${products.size()}\" }",
        Result.SUCCESS);

    r.assertLogContains("products=24", b);
    r.assertLogContains("Signing in with certificate " + io.jenkins.plugins.mscommerce.credentials.Messages
        .EntraAppSignIn_certificateOrigin("contoso-certificate", io.jenkins.plugins.mscommerce.credentials.Messages
            .EntraAppSignIn_origin("contoso-certificate-app")), b);
    r.assertLogNotContains(KEYSTORE_PASSWORD, b);
  }

  /** withCredentials writes the keystore beside the workspace; the step reads it there, through the workspace. */
  @Test
  public void stepInsideWithCredentialsReadsTheBoundCertificateFile() throws Exception {
    addCertificateApp();

    WorkflowRun b = pipelines.build("node { withCredentials([entraIdApp(credentialsId: 'contoso-certificate-app')]) {\n"
        + "  def products = msCommerceProductPolicies(" + pipelines.atEmulator() + ")\n"
        + "  echo \"products=${products.size()}\"\n"
        + "} }", Result.SUCCESS);

    r.assertLogContains("products=24", b);
    r.assertLogContains("client-certificate.p12 (thumbprint ", b);
    r.assertLogNotContains(KEYSTORE_PASSWORD, b);
  }
}
