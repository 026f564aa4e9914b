package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
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

/** {@code msCommerceApplyPolicy} end to end at the emulator, with the desired-state file in the workspace. */
public class ApplyPolicyStepTest {

  private static final String TEAMS_PREMIUM = "CFQ7TTC0RM8K";
  private static final String DESIRED = "{\"default\": \"Disabled\", \"products\": {\"" + TEAMS_PREMIUM
      + "\": \"OnlyTrialsWithoutPaymentMethod\"}}";

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
  public void relativeDesiredState_isReadFromTheWorkspaceAndApplied() throws Exception {
    harness.write("policy/desired-state.json", DESIRED);

    Map<?, ?> result = (Map<?, ?>) harness.run(harness.withDemoApp(new ApplyPolicyStep("policy/desired-state.json")));

    assertEquals(true, result.get("succeeded"));
    assertEquals("OnlyTrialsWithoutPaymentMethod", harness.value(TEAMS_PREMIUM));
    assertEquals("Disabled", harness.value("CFQ7TTC0MM8R"));
    assertEquals(24, harness.requests("PUT"));
    assertTrue(harness.log(), harness.log().contains("Applied: 24 changed, 0 unchanged, 0 failed, 0 not attempted."));
    assertTrue(harness.workspace.child("commerce").list().stream()
        .anyMatch(f -> f.getName().startsWith("before-apply-")));
    harness.assertNoSecretAnywhere();
  }

  @Test
  public void dryRun_reportsThePlanAndSendsNothing() throws Exception {
    harness.write("desired-state.json", DESIRED);
    ApplyPolicyStep step = harness.withDemoApp(new ApplyPolicyStep("desired-state.json"));
    step.setDryRun(true);

    Map<?, ?> result = (Map<?, ?>) harness.run(step);

    assertEquals(true, result.get("dryRun"));
    assertEquals(0, harness.requests("PUT"));
    assertEquals("Enabled", harness.value(TEAMS_PREMIUM));
  }

  /** Blank, as an empty form field gives it, means core's default file name, as for commerce:apply. */
  @Test
  public void blankDesiredState_readsTheDefaultFile() throws Exception {
    harness.write(DesiredStateJson.DEFAULT_FILE_NAME, DESIRED);
    ApplyPolicyStep step = harness.withDemoApp(new ApplyPolicyStep(" "));
    step.setDryRun(true);

    Map<?, ?> result = (Map<?, ?>) harness.run(step);

    assertEquals(true, result.get("dryRun"));
    assertNull(step.getDesiredState());
  }

  /** A missing file is named as the agent sees it, and the message says where relative paths start. */
  @Test
  public void missingDesiredState_failsNamingTheWorkspace() throws Exception {
    AbortException e = assertThrows(AbortException.class,
        () -> harness.run(harness.withDemoApp(new ApplyPolicyStep("nowhere.json"))));

    assertTrue(e.getMessage(), e.getMessage().startsWith("desiredState: "));
    assertTrue(e.getMessage(), e.getMessage().contains(harness.workspace.child("nowhere.json").getRemote()));
    assertTrue(e.getMessage(), e.getMessage().contains(
        "(a relative path starts in " + Messages.WorkspaceFiles_base(harness.workspace.getRemote()) + ")"));
    assertEquals(0, harness.emulator.admin().journal().size());
  }

  @Test
  public void desiredStateWithAnUnknownKey_failsWithLineAndColumnBeforeAnyRequest() throws Exception {
    harness.write("desired-state.json", "{\n  \"defualt\": \"Disabled\"\n}");

    AbortException e = assertThrows(AbortException.class,
        () -> harness.run(harness.withDemoApp(new ApplyPolicyStep("desired-state.json"))));

    assertTrue(e.getMessage(), e.getMessage().contains("desired-state.json:2:3"));
    assertEquals(0, harness.emulator.admin().journal().size());
  }
}
