package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import hudson.model.Result;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.BuildWatcher;
import org.jvnet.hudson.test.JenkinsRule;

/** The build page's report in a real Jenkins: its summary, its page, its kept files, after a restart of the view. */
public class PolicyReportsActionJenkinsTest {

  @ClassRule public static BuildWatcher buildWatcher = new BuildWatcher();
  @Rule public JenkinsRule r = new JenkinsRule();

  private EmulatorPipelines pipelines;

  @Before
  public void setUp() throws Exception {
    pipelines = new EmulatorPipelines(r);
    pipelines.addDemoApp();
  }

  private WorkflowRun gateAndUpdate() throws Exception {
    return pipelines.build("node {\n"
        + "  msCommerceVerifyPolicy(productIds: ['CFQ7TTC0MM8R'], unstable: true, " + pipelines.connection() + ")\n"
        + "  msCommerceUpdateProductPolicy(productIds: ['CFQ7TTC0MM8R'], value: 'Disabled', " + pipelines.connection()
        + ")\n  msCommerceProductPolicies(" + pipelines.connection() + ")\n"
        + "}", Result.UNSTABLE);
  }

  @Test
  public void buildPageSummarizesTheGateAndTheUpdate() throws Exception {
    WorkflowRun b = gateAndUpdate();

    PolicyReportsAction action = b.getAction(PolicyReportsAction.class);
    assertEquals("reads are not shown", 2, action.getReports().size());
    HtmlPage page = r.createWebClient().getPage(b);
    String text = page.asNormalizedText();
    assertTrue(text, text.contains(Messages.PolicyReportsAction_displayName()));
    assertTrue(text, text.contains("msCommerceVerifyPolicy: Failed: 1 violation in 1 product"));
    assertTrue(text, text.contains("CFQ7TTC0MM8R Microsoft 365 Copilot is Enabled (rule: no product may be Enabled)"));
    assertTrue(text, text.contains("CFQ7TTC0MM8R Microsoft 365 Copilot: Enabled → Disabled (changed)"));
  }

  @Test
  public void actionPageLinksTheKeptFiles() throws Exception {
    WorkflowRun b = gateAndUpdate();

    HtmlPage page = r.createWebClient().getPage(b, PolicyReportsAction.URL_NAME + "/");
    HtmlPage junit = page.getAnchorByText("commerce/TEST-commerce-verify-policy.xml").click();
    assertTrue(junit.asNormalizedText(), junit.asNormalizedText().contains("CFQ7TTC0MM8R"));
    HtmlAnchor restore = page.getAnchors().stream()
        .filter(a -> a.getTextContent().startsWith("commerce/before-update-policy-")).findFirst().orElseThrow();
    HtmlPage before = restore.click();
    assertTrue(before.asNormalizedText(), before.asNormalizedText().contains("\"CFQ7TTC0MM8R\": \"Enabled\""));
  }

  @Test
  public void unknownFileIsNotFound() throws Exception {
    WorkflowRun b = gateAndUpdate();

    r.createWebClient().assertFails(b.getUrl() + PolicyReportsAction.URL_NAME + "/file/0-build.xml/", 404);
  }
}
