package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import hudson.AbortException;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.TaskListener;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The freestyle build step runs its step as the Pipeline does: same settings, output, failure and build page. */
public class PolicyBuilderTest {

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

  private void perform(PolicyBuilder builder) throws Exception {
    builder.perform(harness.run, harness.workspace, harness.environment, mock(Launcher.class),
        harness.context.get(TaskListener.class));
  }

  @Test
  public void gate_failsTheBuildStepOnAViolation() throws Exception {
    VerifyPolicyStep gate = harness.withDemoApp(new VerifyPolicyStep());

    AbortException e = assertThrows(AbortException.class, () -> perform(new PolicyBuilder(gate)));

    assertTrue(e.getMessage(), e.getMessage().startsWith("Policy gate failed: 24 violations in 24 products"));
    assertTrue(harness.exists("commerce/TEST-commerce-verify-policy.xml"));
  }

  @Test
  public void unstableGate_marksTheBuildUnstable() throws Exception {
    VerifyPolicyStep gate = harness.withDemoApp(new VerifyPolicyStep());
    gate.setUnstable(true);

    perform(new PolicyBuilder(gate));

    verify(harness.run).setResult(Result.UNSTABLE);
  }

  @Test
  public void update_changesTheProductsAndShowsThemOnTheBuildPage() throws Exception {
    UpdateProductPolicyStep update = harness.withDemoApp(new UpdateProductPolicyStep());
    update.setProductNames(List.of("Power BI*"));
    update.setValue("Disabled");

    perform(new PolicyBuilder(update));

    assertEquals("Disabled", harness.value("CFQ7TTC0H9MP"));
    assertEquals("Disabled", harness.value("CFQ7TTC0H6RP"));
    assertEquals(2, harness.action().getReports().get(0).getDetails().size());
  }
}
