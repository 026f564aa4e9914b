package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import hudson.model.Result;
import io.github.mscommerce.emulator.GeneratedTenants;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.BuildWatcher;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * Steps over many tenants in real Pipelines at the emulator's generated tenants: a tenants file in the workspace, the
 * text form of the list, shards in parallel each recording its JUnit suites (examples/Jenkinsfile.tenants, scripted),
 * and a tenant that fails the build alone. The credential's own tenant (the demo tenant) is overridden by the list.
 */
public class StepTenantsJenkinsTest {

  @ClassRule public static BuildWatcher buildWatcher = new BuildWatcher();
  @Rule public JenkinsRule r = new JenkinsRule();

  private EmulatorPipelines pipelines;
  private List<String> tenants;

  @Before
  public void setUp() throws Exception {
    pipelines = new EmulatorPipelines(r);
    pipelines.addDemoApp();
    pipelines.emulator.admin().generateTenants(GeneratedTenants.of(4));
    tenants = IntStream.rangeClosed(1, 4).mapToObj(GeneratedTenants::domain).collect(Collectors.toList());
  }

  /** Each generated tenant has three products Enabled, so the default gate finds violations in every one. */
  @Test
  public void gateOverATenantsFileInTheWorkspace() throws Exception {
    WorkflowRun b = pipelines.build("node {\n"
        + "  writeFile file: 'tenants.txt', text: '# customers\\n" + String.join("\\n", tenants) + "\\n'\n"
        + "  def gate = msCommerceVerifyPolicy(tenants: '@tenants.txt', unstable: true, " + pipelines.connection()
        + ")\n"
        + "  echo \"tenants=${gate.keySet()} second=${gate['" + tenants.get(1) + "'].status}\"\n"
        + "  junit 'commerce/TEST-*.xml'\n"
        + "}", Result.UNSTABLE);

    r.assertLogContains("tenants overrides the tenant " + pipelines.emulator.demo().tenantId() + " of the credential",
        b);
    r.assertLogContains("tenants=" + tenants + " second=violations", b);
    r.assertLogContains("Recording test results", b);
    HtmlPage page = r.createWebClient().getPage(b);
    String text = page.asNormalizedText();
    assertTrue(text, text.contains("msCommerceVerifyPolicy: 4 tenants: 0 ok, 4 violations, 0 failed."));
    assertTrue(text, text.contains("VIOLATIONS " + tenants.get(0) + " (" + GeneratedTenants.tenantId(1)
        + "): Failed: 3 violations"));
    pipelines.assertNoSecret(b);
  }

  /** Comma-separated text, as a build parameter gives it, is the same list. */
  @Test
  public void tenantsAsText() throws Exception {
    WorkflowRun b = pipelines.build("def list = '" + tenants.get(0) + ", " + tenants.get(1) + "'\n"
        + "node {\n"
        + "  def products = msCommerceProductPolicies(tenants: list, tenantConcurrency: 2, maxRequests: 4, "
        + pipelines.connection() + ")\n"
        + "  echo \"tenants=${products.keySet()} first=${products['" + tenants.get(0) + "'].value.size()}\"\n"
        + "}", Result.SUCCESS);

    r.assertLogContains("tenants=" + tenants.subList(0, 2) + " first=24", b);
  }

  /**
   * The example's shape, scripted (Declarative and the stage step are not test dependencies): the list split into
   * shards, each shard on a node of its own, its JUnit XML recorded there; both shards end up in the build's one test
   * result and on the build page.
   */
  @Test
  public void shardsInParallelEachRecordTheirSuites() throws Exception {
    WorkflowRun b = pipelines.build("def tenants = ['" + String.join("', '", tenants) + "']\n"
        + "def shards = [[], []]\n"
        + "for (int i = 0; i < tenants.size(); i++) { shards[i % 2].add(tenants[i]) }\n"
        + "def branches = [:]\n"
        + "for (int n = 0; n < shards.size(); n++) {\n"
        + "  def shard = shards[n]\n"
        + "  branches[\"shard ${n}\"] = {\n"
        + "    node {\n"
        + "      dir('commerce') { deleteDir() }\n"
        + "      try {\n"
        + "        msCommerceVerifyPolicy(tenants: shard, unstable: true, " + pipelines.connection() + ")\n"
        + "      } finally {\n"
        + "        junit testResults: 'commerce/TEST-*.xml', allowEmptyResults: true\n"
        + "      }\n"
        + "    }\n"
        + "  }\n"
        + "}\n"
        + "branches.failFast = false\n"
        + "parallel branches\n", Result.UNSTABLE);

    PolicyReportsAction action = b.getAction(PolicyReportsAction.class);
    assertEquals(2, action.getReports().size());
    for (PolicyRunReport shard : action.getReports()) {
      assertEquals(2, shard.getChecked());
      assertTrue(shard.isTenants());
    }
    r.assertLogContains("tenants overrides the tenant " + pipelines.emulator.demo().tenantId(), b);
    pipelines.assertNoSecret(b);
  }

  @Test
  public void tenantWithoutConsentFailsTheBuildNamingIt() throws Exception {
    pipelines.emulator.admin().unregisterApp(tenants.get(1), pipelines.emulator.demo().clientId());

    WorkflowRun b = pipelines.build("node { msCommerceProductPolicies(tenants: ['" + String.join("', '", tenants)
        + "'], " + pipelines.connection() + ") }", Result.FAILURE);

    r.assertLogContains("msCommerceProductPolicies did not succeed in 1 of 4 tenants", b);
    r.assertLogContains("  FAILED " + tenants.get(1) + ": Entra ID refused a token", b);
    r.assertLogNotContains("\tat ", b);
    pipelines.assertNoSecret(b);
  }
}
