package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import hudson.AbortException;
import hudson.model.Result;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The release gate end to end at the emulator: failing, passing, unstable, warning only; its JUnit XML. */
public class VerifyPolicyStepTest {

  private static final String COPILOT = "CFQ7TTC0MM8R";

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

  /** Only Copilot checked, so one violation while the demo tenant has every product Enabled. */
  private VerifyPolicyStep copilotGate() throws Exception {
    VerifyPolicyStep step = harness.withDemoApp(new VerifyPolicyStep());
    step.setProductIds(List.of(COPILOT));
    return step;
  }

  @Test
  public void violation_failsTheStepNamingTheProductWithoutAStackTrace() throws Exception {
    AbortException e = assertThrows(AbortException.class, () -> harness.run(copilotGate()));

    assertTrue(e.getMessage(), e.getMessage().startsWith("Policy gate failed: 1 violation"));
    assertTrue(e.getMessage(), e.getMessage().contains(
        COPILOT + " Microsoft 365 Copilot is Enabled (rule: no product may be Enabled)"));
    assertFalse(harness.log(), harness.log().contains("\tat "));
    verify(harness.run, never()).setResult(any(Result.class));
    harness.assertNoSecretAnywhere();
  }

  /** The reports are written before the step fails, the JUnit XML where {@code junit 'commerce/TEST-*.xml'} looks. */
  @Test
  public void violation_stillWritesTheJUnitReportAndTheBuildPage() throws Exception {
    assertThrows(AbortException.class, () -> harness.run(copilotGate()));

    String junit = harness.file("commerce/TEST-commerce-verify-policy.xml");
    assertTrue(junit, junit.contains("<testsuite") && junit.contains(COPILOT));
    PolicyRunReport report = harness.action().getReports().get(0);
    assertEquals("VIOLATIONS", report.getOutcome());
    assertTrue(report.isFailed());
    assertTrue(report.getHeadline(), report.getHeadline().startsWith("Failed: 1 violation in 1 product"));
    assertEquals(1, report.getChecked());
    assertTrue(report.getDetails().toString(), report.getDetails().get(0).startsWith(COPILOT));
    assertTrue(report.getFiles().toString(), report.getFiles().contains("commerce/TEST-commerce-verify-policy.xml"));
  }

  @Test
  public void noViolation_passesAndReturnsPassed() throws Exception {
    harness.emulator.admin().setProductValue(harness.emulator.demo().tenantId(), COPILOT, "Disabled");

    Map<?, ?> result = (Map<?, ?>) harness.run(copilotGate());

    assertEquals(true, result.get("passed"));
    assertEquals(1, result.get("checked"));
    assertEquals(List.of(), result.get("violations"));
    assertTrue(harness.log(), harness.log().contains("Policy gate passed: 0 violations in 1 product"));
    assertEquals("PASSED", harness.action().getReports().get(0).getOutcome());
  }

  @Test
  public void unstable_marksTheBuildUnstableAndReturnsTheViolations() throws Exception {
    VerifyPolicyStep step = copilotGate();
    step.setUnstable(true);

    Map<?, ?> result = (Map<?, ?>) harness.run(step);

    verify(harness.run).setResult(Result.UNSTABLE);
    assertEquals(false, result.get("passed"));
    Map<?, ?> violation = (Map<?, ?>) ((List<?>) result.get("violations")).get(0);
    assertEquals(COPILOT, violation.get("productId"));
    assertEquals("Enabled", violation.get("policyValue"));
    assertTrue(harness.log(), harness.log().contains(Messages.VerifyPolicyStep_unstable()));
    assertTrue(harness.log(), harness.log().contains("WARNING: 1 violation"));
    assertEquals("VIOLATIONS", harness.action().getReports().get(0).getOutcome());
  }

  @Test
  public void unstableWithoutViolations_leavesTheResultAlone() throws Exception {
    harness.emulator.admin().setProductValue(harness.emulator.demo().tenantId(), COPILOT, "Disabled");
    VerifyPolicyStep step = copilotGate();
    step.setUnstable(true);

    harness.run(step);

    verify(harness.run, never()).setResult(any(Result.class));
  }

  @Test
  public void failOnViolationFalse_onlyWarns() throws Exception {
    VerifyPolicyStep step = copilotGate();
    step.setFailOnViolation(false);

    Map<?, ?> result = (Map<?, ?>) harness.run(step);

    assertEquals(false, result.get("passed"));
    verify(harness.run, never()).setResult(any(Result.class));
    assertTrue(harness.log(), harness.log().contains("WARNING: 1 violation"));
  }

  /** A list of values, as a script types it. */
  @Test
  public void allowList_isARuleOverTheSelection() throws Exception {
    harness.emulator.admin().setProductValue(harness.emulator.demo().tenantId(), COPILOT,
        "OnlyTrialsWithoutPaymentMethod");
    VerifyPolicyStep step = copilotGate();
    step.setAllow(List.of("Disabled", "OnlyTrialsWithoutPaymentMethod"));

    Map<?, ?> result = (Map<?, ?>) harness.run(step);

    assertEquals(true, result.get("passed"));
  }

  @Test
  public void reportDirectory_movesTheReportsInsideTheWorkspace() throws Exception {
    VerifyPolicyStep step = copilotGate();
    step.setReportDirectory("reports/gate");
    step.setFailOnViolation(false);

    harness.run(step);

    assertTrue(harness.exists("reports/gate/TEST-commerce-verify-policy.xml"));
    assertFalse(harness.exists("commerce"));
  }

  @Test
  public void reportDirectoryOutsideTheWorkspace_failsBeforeAnyRequest() throws Exception {
    VerifyPolicyStep step = copilotGate();
    step.setReportDirectory("../elsewhere");

    AbortException e = assertThrows(AbortException.class, () -> harness.run(step));

    assertTrue(e.getMessage(), e.getMessage().contains("reportDirectory")
        && e.getMessage().contains(Messages.WorkspaceFiles_outside("../elsewhere")));
    assertEquals(0, harness.emulator.admin().journal().size());
  }
}
