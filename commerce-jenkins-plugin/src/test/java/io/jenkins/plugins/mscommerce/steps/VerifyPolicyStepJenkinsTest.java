package io.jenkins.plugins.mscommerce.steps;

import hudson.model.Result;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.BuildWatcher;
import org.jvnet.hudson.test.JenkinsRule;

/** The release gate in real Pipelines at the emulator: failing, passing, unstable, and its JUnit XML recorded. */
public class VerifyPolicyStepJenkinsTest {

  @ClassRule public static BuildWatcher buildWatcher = new BuildWatcher();
  @Rule public JenkinsRule r = new JenkinsRule();

  private EmulatorPipelines pipelines;

  @Before
  public void setUp() throws Exception {
    pipelines = new EmulatorPipelines(r);
    pipelines.addDemoApp();
  }

  @Test
  public void violationsFailTheBuild() throws Exception {
    WorkflowRun b = pipelines.build("node { msCommerceVerifyPolicy(" + pipelines.connection() + ") }", Result.FAILURE);

    r.assertLogContains("Policy gate failed: 24 violations in 24 products checked against 1 rule:", b);
    r.assertLogContains("CFQ7TTC0MM8R Microsoft 365 Copilot is Enabled (rule: no product may be Enabled)", b);
    r.assertLogNotContains("\tat ", b);
    pipelines.assertNoSecret(b);
  }

  @Test
  public void gatePassesAfterTheTenantIsLockedDown() throws Exception {
    WorkflowRun b = pipelines.build("node {\n"
        + "  msCommerceUpdateProductPolicy(all: true, value: 'Disabled', " + pipelines.connection() + ")\n"
        + "  def gate = msCommerceVerifyPolicy(" + pipelines.connection() + ")\n"
        + "  echo \"passed=${gate.passed} checked=${gate.checked}\"\n"
        + "}", Result.SUCCESS);

    r.assertLogContains("Policy gate passed: 0 violations in 24 products checked against 1 rule.", b);
    r.assertLogContains("passed=true checked=24", b);
  }

  /** unstable: true and junit 'commerce/TEST-*.xml': the build is UNSTABLE and the gate is a test report. */
  @Test
  public void unstableGateWithItsJUnitReport() throws Exception {
    WorkflowRun b = pipelines.build("node {\n"
        + "  def gate = msCommerceVerifyPolicy(productIds: ['CFQ7TTC0MM8R', 'CFQ7TTC0H9MP'], unstable: true, "
        + pipelines.connection() + ")\n"
        + "  echo \"passed=${gate.passed} violations=${gate.violations.collect { it.productId }}\"\n"
        + "  junit 'commerce/TEST-*.xml'\n"
        + "}", Result.UNSTABLE);

    r.assertLogContains(Messages.VerifyPolicyStep_unstable(), b);
    r.assertLogContains("passed=false violations=[CFQ7TTC0MM8R, CFQ7TTC0H9MP]", b);
    r.assertLogContains("Recording test results", b);
  }

  @Test
  public void failOnViolationFalseOnlyWarns() throws Exception {
    WorkflowRun b = pipelines.build("node { msCommerceVerifyPolicy(productIds: ['CFQ7TTC0MM8R'], "
        + "failOnViolation: false, " + pipelines.connection() + ") }", Result.SUCCESS);

    r.assertLogContains("WARNING: 1 violation in 1 product checked against 1 rule:", b);
  }

  /** A comma-separated string in a list, as the form writes it, is the same list. */
  @Test
  public void forbiddenValuesAsAList() throws Exception {
    WorkflowRun b = pipelines.build("node {\n"
        + "  msCommerceUpdateProductPolicy(productIds: ['CFQ7TTC0MM8R'], value: 'OnlyTrialsWithoutPaymentMethod', "
        + pipelines.connection() + ")\n"
        + "  msCommerceVerifyPolicy(productIds: ['CFQ7TTC0MM8R'], forbid: ['Enabled, OnlyTrialsWithoutPaymentMethod'], "
        + pipelines.connection() + ")\n"
        + "}", Result.FAILURE);

    r.assertLogContains("CFQ7TTC0MM8R Microsoft 365 Copilot is OnlyTrialsWithoutPaymentMethod", b);
  }

  /** Text for a list field, as a script writer (or a build parameter) gives it: the same as the list. */
  @Test
  public void listFieldsAsText() throws Exception {
    WorkflowRun b = pipelines.build("def ids = 'CFQ7TTC0MM8R, CFQ7TTC0H9MP'\n"
        + "node {\n"
        + "  def gate = msCommerceVerifyPolicy(productIds: ids, forbid: \"${'Enabled'}\", failOnViolation: false, "
        + pipelines.connection() + ")\n"
        + "  echo \"checked=${gate.checked} violations=${gate.violations.size()}\"\n"
        + "}", Result.SUCCESS);

    r.assertLogContains("checked=2 violations=2", b);
    r.assertLogNotContains("\tat ", b);
  }
}
