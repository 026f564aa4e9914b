package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.mscommerce.testing.TestEmulator;
import java.util.List;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.BuildWatcher;
import org.jvnet.hudson.test.JenkinsRule;

/** The freestyle build step in a real Jenkins: its form, and builds at the emulator. */
public class PolicyBuilderJenkinsTest {

  @ClassRule public static BuildWatcher buildWatcher = new BuildWatcher();
  @Rule public JenkinsRule r = new JenkinsRule();

  private EmulatorPipelines pipelines;

  @Before
  public void setUp() throws Exception {
    pipelines = new EmulatorPipelines(r);
    pipelines.addDemoApp();
  }

  private <S extends CommerceStep> S atEmulator(S step) {
    step.setCredentialsId(EmulatorPipelines.CREDENTIALS_ID);
    step.setEndpoint(pipelines.emulator.baseUrl().toString());
    step.setTrustCertificate(TestEmulator.certificatePem().toString());
    return step;
  }

  private FreeStyleProject project(CommerceStep step) throws Exception {
    FreeStyleProject project = r.createFreeStyleProject();
    project.getBuildersList().add(new PolicyBuilder(step));
    return project;
  }

  @Test
  public void configRoundTripOfAGate() throws Exception {
    VerifyPolicyStep gate = atEmulator(new VerifyPolicyStep());
    gate.setProductIds(List.of("CFQ7TTC0MM8R"));
    gate.setUnstable(true);
    PolicyBuilder before = new PolicyBuilder(gate);

    r.assertEqualDataBoundBeans(before, r.configRoundtrip(before));
  }

  @Test
  public void configRoundTripOfAnUpdate() throws Exception {
    UpdateProductPolicyStep update = atEmulator(new UpdateProductPolicyStep());
    update.setAll(true);
    update.setValue("Disabled");
    FreeStyleProject project = project(update);

    r.configRoundtrip(project);

    r.assertEqualDataBoundBeans(new PolicyBuilder(update), project.getBuildersList().get(PolicyBuilder.class));
  }

  @Test
  public void gateFailsTheBuild() throws Exception {
    FreeStyleBuild b = r.buildAndAssertStatus(Result.FAILURE, project(atEmulator(new VerifyPolicyStep())));

    r.assertLogContains("Policy gate failed: 24 violations", b);
    r.assertLogNotContains("\tat ", b);
    r.assertLogNotContains(pipelines.emulator.demo().clientSecret(), b);
  }

  @Test
  public void unstableGateMarksTheBuildUnstable() throws Exception {
    VerifyPolicyStep gate = atEmulator(new VerifyPolicyStep());
    gate.setUnstable(true);

    r.buildAndAssertStatus(Result.UNSTABLE, project(gate));
  }

  @Test
  public void updateChangesTheTenant() throws Exception {
    UpdateProductPolicyStep update = atEmulator(new UpdateProductPolicyStep());
    update.setProductIds(List.of("CFQ7TTC0MM8R"));
    update.setValue("Disabled");

    r.buildAndAssertSuccess(project(update));

    assertEquals("Disabled", pipelines.value("CFQ7TTC0MM8R"));
  }
}
