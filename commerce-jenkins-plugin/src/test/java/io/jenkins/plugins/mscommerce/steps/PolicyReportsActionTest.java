package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import hudson.AbortException;
import io.github.mscommerce.core.plan.DesiredStateJson;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The build page's report: one action per build, one report per gate, update, apply or export, its files kept. */
public class PolicyReportsActionTest {

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
  public void severalSteps_shareOneActionInTheirOrder() throws Exception {
    VerifyPolicyStep gate = harness.withDemoApp(new VerifyPolicyStep());
    gate.setUnstable(true);
    harness.run(gate);
    harness.run(harness.withDemoApp(new ExportPolicyStep()));

    assertEquals(1, harness.actions.size());
    List<PolicyRunReport> reports = harness.action().getReports();
    assertEquals(List.of("msCommerceVerifyPolicy", "msCommerceExportPolicy"),
        List.of(reports.get(0).getStep(), reports.get(1).getStep()));
    assertEquals(24, reports.get(0).getChecked());
    assertEquals(24, reports.get(0).getDetails().size());
    assertEquals(1, reports.get(1).getIndex());
  }

  /** A gate that only warns (failOnViolation: false) shows its violations, and that the step did not fail. */
  @Test
  public void warningGate_isShownAsNotFailed() throws Exception {
    VerifyPolicyStep gate = harness.withDemoApp(new VerifyPolicyStep());
    gate.setFailOnViolation(false);
    harness.run(gate);

    PolicyRunReport report = harness.action().getReports().get(0);
    assertEquals("VIOLATIONS", report.getOutcome());
    assertFalse(report.isFailed());
    assertEquals(24, report.getDetails().size());
  }

  /** A run that failed before core had a result (here its settings) has nothing for the build page; the log says why. */
  @Test
  public void runWithoutAResult_isNotShown() throws Exception {
    VerifyPolicyStep gate = harness.withDemoApp(new VerifyPolicyStep());
    gate.setForbid(List.of("Sometimes"));

    assertThrows(AbortException.class, () -> harness.run(gate));

    assertTrue(harness.actions.isEmpty());
    assertEquals(0, harness.emulator.admin().journal().size());
  }

  /** Reads are not shown: a script may call them in a loop, and they change nothing. */
  @Test
  public void reads_areNotShown() throws Exception {
    harness.run(harness.withDemoApp(new ProductPoliciesStep()));

    assertTrue(harness.actions.isEmpty());
  }

  @Test
  public void keptFiles_areServedByTheirKeyWithTheirContent() throws Exception {
    assertThrows(AbortException.class, () -> harness.run(harness.withDemoApp(new VerifyPolicyStep())));

    PolicyReportsAction action = harness.action();
    PolicyRunReport report = action.getReports().get(0);
    String key = report.key("commerce/verify-policy.md");
    assertEquals("0-verify-policy.md", key);
    PolicyReportsAction.ReportFileView view = action.getFile(key);
    assertEquals("commerce/verify-policy.md", view.getPath());
    assertEquals(harness.file("commerce/verify-policy.md"), view.getContent());
  }

  /** Only the names the reports list: no path of the build directory can be asked for. */
  @Test
  public void unknownKeys_areNotServed() throws Exception {
    harness.run(harness.withDemoApp(new ExportPolicyStep()));

    PolicyReportsAction action = harness.action();
    assertNull(action.getFile("0-build.xml"));
    assertNull(action.getFile("0-../build.xml"));
    assertNull(action.getFile("1-export.json"));
  }

  @Test
  public void keptFiles_outliveTheWorkspace() throws Exception {
    harness.run(harness.withDemoApp(new ExportPolicyStep()));
    harness.workspace.deleteRecursive();

    PolicyReportsAction action = harness.action();
    String content = action.getFile("0-" + DesiredStateJson.DEFAULT_FILE_NAME).getContent();
    assertTrue(content, content.contains("\"CFQ7TTC0MM8R\": \"Enabled\""));
  }
}
