package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import hudson.AbortException;
import io.github.mscommerce.core.plan.DesiredStateJson;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@code msCommerceExportPolicy} end to end at the emulator: where the file goes, and where it may not. */
public class ExportPolicyStepTest {

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
  public void defaultOutput_isInTheReportDirectoryAndReturnsEveryProduct() throws Exception {
    Map<?, ?> result = (Map<?, ?>) harness.run(harness.withDemoApp(new ExportPolicyStep()));

    assertEquals("AllowSelfServicePurchase", result.get("policyId"));
    assertEquals(24, ((Map<?, ?>) result.get("products")).size());
    assertEquals("Enabled", ((Map<?, ?>) result.get("products")).get("CFQ7TTC0MM8R"));
    assertTrue(harness.file("commerce/" + DesiredStateJson.DEFAULT_FILE_NAME).contains("\"CFQ7TTC0MM8R\": \"Enabled\""));
    assertEquals("READ", harness.action().getReports().get(0).getOutcome());
  }

  @Test
  public void relativeOutput_isWrittenInTheWorkspaceWithOfferTypes() throws Exception {
    ExportPolicyStep step = harness.withDemoApp(new ExportPolicyStep());
    step.setOutput("state/tenant.json");
    step.setIncludeOfferTypes(true);

    Map<?, ?> result = (Map<?, ?>) harness.run(step);

    assertTrue(harness.file("state/tenant.json").contains("\"SaaS\": \"Enabled\""));
    assertEquals(4, ((Map<?, ?>) result.get("offerTypes")).size());
    assertTrue(harness.log(), harness.log().contains("state/tenant.json"));
  }

  /** A step writes only inside its workspace: an absolute path is refused, and nothing is written there. */
  @Test
  public void absoluteOutput_isRefused() throws Exception {
    String outside = folder.getRoot().toPath().resolve("outside.json").toString();
    ExportPolicyStep step = harness.withDemoApp(new ExportPolicyStep());
    step.setOutput(outside);

    AbortException e = assertThrows(AbortException.class, () -> harness.run(step));

    assertTrue(e.getMessage(), e.getMessage().contains(Messages.WorkspaceFiles_outside(outside)));
    assertFalse(new java.io.File(outside).exists());
  }

  /** Core refuses a path that leads out before any request; the step's spelling names the field. */
  @Test
  public void outputLeavingTheWorkspace_isRefusedBeforeAnyRequest() throws Exception {
    ExportPolicyStep step = harness.withDemoApp(new ExportPolicyStep());
    step.setOutput("../tenant.json");

    AbortException e = assertThrows(AbortException.class, () -> harness.run(step));

    assertTrue(e.getMessage(), e.getMessage().contains("output"));
    assertEquals(0, harness.emulator.admin().journal().size());
  }
}
