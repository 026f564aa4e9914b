package io.jenkins.plugins.mscommerce.steps;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.model.Result;
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
 * withCredentials([entraIdApp(…)]); a secret-file trust anchor; and user mistakes that fail cleanly.
 */
public class StepCredentialsJenkinsTest {

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
}
