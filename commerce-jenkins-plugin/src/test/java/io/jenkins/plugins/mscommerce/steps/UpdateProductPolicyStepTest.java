package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import hudson.AbortException;
import hudson.FilePath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@code msCommerceUpdateProductPolicy} end to end at the emulator: typed arguments, changes, dry run, the way back. */
public class UpdateProductPolicyStepTest {

  private static final String POWER_APPS = "CFQ7TTC0LH2H";
  private static final String POWER_BI_PRO = "CFQ7TTC0H9MP";

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

  private UpdateProductPolicyStep disable(List<String> productIds) throws Exception {
    UpdateProductPolicyStep step = harness.withDemoApp(new UpdateProductPolicyStep());
    step.setProductIds(productIds);
    step.setValue("Disabled");
    return step;
  }

  @Test
  public void listOfProductIds_changesEachAndReturnsBeforeAndAfter() throws Exception {
    Map<?, ?> result = (Map<?, ?>) harness.run(disable(List.of(POWER_APPS, POWER_BI_PRO)));

    assertEquals("Disabled", harness.value(POWER_APPS));
    assertEquals("Disabled", harness.value(POWER_BI_PRO));
    assertEquals(true, result.get("succeeded"));
    assertEquals(false, result.get("dryRun"));
    assertEquals(Set.of("dryRun", "succeeded", "cancelled", "items"), result.keySet());
    List<?> items = (List<?>) result.get("items");
    Map<?, ?> powerApps = items.stream().map(Map.class::cast).filter(i -> POWER_APPS.equals(i.get("productId")))
        .findFirst().orElseThrow();
    assertEquals("Enabled", powerApps.get("before"));
    assertEquals("Disabled", powerApps.get("after"));
    assertEquals("Disabled", powerApps.get("policyValue"));
    assertEquals(2, harness.requests("PUT"));
    assertTrue(harness.log(), harness.log().contains("Applied: 2 changed, 0 unchanged, 0 failed, 0 not attempted."));
    harness.assertNoSecretAnywhere();
  }

  /** A form's "A, B" and a script's ['A,B'] are the same list as ['A', 'B']. */
  @Test
  public void commaSeparatedElement_selectsEachProduct() throws Exception {
    harness.run(disable(List.of(POWER_APPS + ", " + POWER_BI_PRO)));

    assertEquals("Disabled", harness.value(POWER_APPS));
    assertEquals("Disabled", harness.value(POWER_BI_PRO));
  }

  @Test
  public void change_writesTheBeforeStateIntoTheReportDirectoryFirst() throws Exception {
    harness.run(disable(List.of(POWER_APPS)));

    List<FilePath> before = harness.workspace.child("commerce").list().stream()
        .filter(f -> f.getName().startsWith("before-update-policy-")).collect(Collectors.toList());
    assertEquals(before.toString(), 1, before.size());
    String restore = before.get(0).readToString();
    assertTrue(restore, restore.contains("\"" + POWER_APPS + "\": \"Enabled\""));
    assertTrue(harness.log(), harness.log().contains("commerce/" + before.get(0).getName()));
  }

  @Test
  public void dryRun_sendsNothingAndReturnsThePlan() throws Exception {
    UpdateProductPolicyStep step = disable(List.of(POWER_APPS));
    step.setDryRun(true);

    Map<?, ?> result = (Map<?, ?>) harness.run(step);

    assertEquals(true, result.get("dryRun"));
    assertEquals("a real run's keys, as the README lists them", Set.of("dryRun", "succeeded", "cancelled", "items"),
        result.keySet());
    assertEquals(false, result.get("cancelled"));
    assertEquals("Enabled", harness.value(POWER_APPS));
    assertEquals(0, harness.requests("PUT"));
    assertTrue(harness.log(), harness.log().contains("nothing was sent"));
  }

  /** The cmdlet's -Enabled alias: a Boolean, as a script writes it. */
  @Test
  public void enabledFalse_disables() throws Exception {
    UpdateProductPolicyStep step = harness.withDemoApp(new UpdateProductPolicyStep());
    step.setProductIds(List.of(POWER_APPS));
    step.setEnabled(false);

    harness.run(step);

    assertEquals("Disabled", harness.value(POWER_APPS));
  }

  @Test
  public void allWithValue_changesEveryProduct() throws Exception {
    UpdateProductPolicyStep step = harness.withDemoApp(new UpdateProductPolicyStep());
    step.setAll(true);
    step.setValue("OnlyTrialsWithoutPaymentMethod");

    Map<?, ?> result = (Map<?, ?>) harness.run(step);

    assertEquals(24, ((List<?>) result.get("items")).size());
    assertEquals("OnlyTrialsWithoutPaymentMethod", harness.value(POWER_BI_PRO));
  }

  @Test
  public void unknownProductId_failsBeforeAnyChangeNamingTheClosestIds() throws Exception {
    AbortException e = assertThrows(AbortException.class, () -> harness.run(disable(List.of("CFQ7TTC0LH2X"))));

    assertTrue(e.getMessage(), e.getMessage().contains(POWER_APPS));
    assertEquals(0, harness.requests("PUT"));
    assertFalse(harness.log(), harness.log().contains("\tat "));
  }

  @Test
  public void change_isShownOnTheBuildPageWithItsFiles() throws Exception {
    harness.run(disable(List.of(POWER_APPS)));

    PolicyRunReport report = harness.action().getReports().get(0);
    assertEquals("msCommerceUpdateProductPolicy", report.getStep());
    assertEquals("CHANGED", report.getOutcome());
    assertEquals(List.of(POWER_APPS + " Power Apps per user: Enabled → Disabled (changed)"), report.getDetails());
    assertTrue(report.getFiles().toString(), report.getFiles().contains("commerce/update-policy.json"));
  }
}
