package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;

import hudson.model.Result;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.BuildWatcher;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * Each step in a real, sandboxed Pipeline at the emulator: what the script gets back (read as a script writer would),
 * the lines in the build log, the reports in the workspace. The gate has its own class.
 */
public class CommerceStepsJenkinsTest {

  @ClassRule public static BuildWatcher buildWatcher = new BuildWatcher();
  @Rule public JenkinsRule r = new JenkinsRule();

  private EmulatorPipelines pipelines;

  @Before
  public void setUp() throws Exception {
    pipelines = new EmulatorPipelines(r);
    pipelines.addDemoApp();
  }

  private WorkflowRun succeed(String body) throws Exception {
    WorkflowRun b = pipelines.build("node {\n" + body + "\n}", Result.SUCCESS);
    pipelines.assertNoSecret(b);
    return b;
  }

  @Test
  public void policies() throws Exception {
    WorkflowRun b = succeed("def policies = msCommercePolicies(" + pipelines.connection() + ")\n"
        + "echo \"policy=${policies[0].id} default=${policies[0].defaultValue}\"");

    r.assertLogContains("policy=AllowSelfServicePurchase default=", b);
    r.assertLogContains("Signing in with client secret of app " + pipelines.emulator.demo().clientId(), b);
    r.assertLogContains("Wrote commerce/policies.json, commerce/policies.md", b);
  }

  @Test
  public void policy() throws Exception {
    WorkflowRun b = succeed("def policy = msCommercePolicy(" + pipelines.connection() + ")\n"
        + "echo \"id=${policy.id}\"");

    r.assertLogContains("id=AllowSelfServicePurchase", b);
  }

  @Test
  public void productPolicies() throws Exception {
    WorkflowRun b = succeed("def products = msCommerceProductPolicies(" + pipelines.connection() + ")\n"
        + "def enabled = products.findAll { it.policyValue == 'Enabled' }.collect { it.productId }\n"
        + "echo \"products=${products.size()} enabled=${enabled.size()} first=${products[0].productName}\"");

    r.assertLogContains("products=24 enabled=24 first=Power Apps per user", b);
  }

  @Test
  public void productPoliciesOfOfferTypes() throws Exception {
    WorkflowRun b = succeed("def types = msCommerceProductPolicies(scope: 'OfferType', " + pipelines.connection()
        + ")\necho \"types=${types.collect { it.offerType }}\"");

    r.assertLogContains("types=[SaaS, POWERBIVISUALS, DYNAMICSCE, DYNAMICSBC]", b);
  }

  @Test
  public void productPolicy() throws Exception {
    WorkflowRun b = succeed("def copilot = msCommerceProductPolicy(productId: 'CFQ7TTC0MM8R', "
        + pipelines.connection() + ")\necho \"${copilot.productName} is ${copilot.policyValue}\"");

    r.assertLogContains("Microsoft 365 Copilot is Enabled", b);
  }

  /** A typed list and a Boolean, as a script writer types them; the result's items, as a script reads them. */
  @Test
  public void updateProductPolicy() throws Exception {
    WorkflowRun b = succeed("def result = msCommerceUpdateProductPolicy(productIds: ['CFQ7TTC0LH2H', 'CFQ7TTC0H9MP'], "
        + "enabled: false, " + pipelines.connection() + ")\n"
        + "echo \"succeeded=${result.succeeded} changed=${result.items.findAll { it.status == 'changed' }.size()}\"");

    r.assertLogContains("succeeded=true changed=2", b);
    assertEquals("Disabled", pipelines.value("CFQ7TTC0LH2H"));
    assertEquals("Disabled", pipelines.value("CFQ7TTC0H9MP"));
  }

  @Test
  public void updateProductPolicyDryRun() throws Exception {
    WorkflowRun b = succeed("def plan = msCommerceUpdateProductPolicy(all: true, value: 'Disabled', dryRun: true, "
        + pipelines.connection() + ")\necho \"dryRun=${plan.dryRun} items=${plan.items.size()}\"");

    r.assertLogContains("dryRun=true items=24", b);
    assertEquals("Enabled", pipelines.value("CFQ7TTC0LH2H"));
  }

  @Test
  public void applyPolicy() throws Exception {
    WorkflowRun b = succeed("writeFile file: 'desired-state.json', text: '{\"default\": \"Disabled\"}'\n"
        + "def result = msCommerceApplyPolicy(desiredState: 'desired-state.json', " + pipelines.connection() + ")\n"
        + "echo \"succeeded=${result.succeeded}\"");

    r.assertLogContains("succeeded=true", b);
    r.assertLogContains("Applied: 24 changed", b);
    r.assertLogContains("The previous values are in commerce/before-apply-", b);
    assertEquals("Disabled", pipelines.value("CFQ7TTC0MM8R"));
  }

  @Test
  public void exportPolicy() throws Exception {
    WorkflowRun b = succeed("def state = msCommerceExportPolicy(output: 'state/tenant.json', " + pipelines.connection()
        + ")\necho \"copilot=${state.products.CFQ7TTC0MM8R}\"\n"
        + "echo \"file=${readFile('state/tenant.json').contains('CFQ7TTC0MM8R')}\"");

    r.assertLogContains("copilot=Enabled", b);
    r.assertLogContains("file=true", b);
  }

  /** Outside node there is no workspace for the reports: Pipeline says so before the step starts. */
  @Test
  public void stepOutsideNode() throws Exception {
    WorkflowRun b = pipelines.build("msCommercePolicies(" + pipelines.connection() + ")", Result.FAILURE);

    r.assertLogContains("Required context class hudson.FilePath is missing", b);
  }
}
