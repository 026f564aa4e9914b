package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Result;
import io.github.mscommerce.core.frontend.FrontEnd;
import io.github.mscommerce.core.frontend.SettingNames;
import io.github.mscommerce.emulator.Fault;
import io.github.mscommerce.emulator.GeneratedTenants;
import io.github.mscommerce.emulator.JournalEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Steps over many tenants with one credential, end to end at the emulator's generated tenants (each with its own three
 * Enabled products, each with the demo app consented): the credential's own tenant overridden by the list, a failure
 * naming the tenants that did not succeed, a JUnit suite per tenant in the workspace, a script value keyed by tenant,
 * per-tenant exceptions of a desired state, a tenant failing alone, a tenant file read through the workspace, and the
 * build page's one line per tenant.
 */
public class StepTenantsTest {

  private static final String TOKEN = "/{tenant}/oauth2/v2.0/token";
  private static final Duration PUT_LATENCY = Duration.ofSeconds(2);

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private StepHarness harness;

  @Before
  public void setUp() throws Exception {
    harness = new StepHarness(folder.getRoot().toPath()).withCredentials();
  }

  @After
  public void tearDown() {
    harness.emulator.admin().clearFaults();
    harness.close();
  }

  /** {@code count} generated tenants, their domains in order. */
  private List<String> generate(int count) {
    harness.emulator.admin().generateTenants(GeneratedTenants.of(count));
    return IntStream.rangeClosed(1, count).mapToObj(GeneratedTenants::domain).collect(Collectors.toList());
  }

  /** The step at the emulator with the demo app's credentials (their own tenant: the demo tenant), over tenants. */
  private <S extends CommerceStep> S overTenants(S step, List<String> tenants) throws Exception {
    harness.withDemoApp(step).setTenants(tenants);
    return step;
  }

  private Set<String> enabled(String tenant) {
    return new TreeSet<>(harness.emulator.admin().tenant(tenant).productsWithValue("Enabled"));
  }

  private void disableAll(String tenant) {
    enabled(tenant).forEach(product -> harness.emulator.admin().setProductValue(tenant, product, "Disabled"));
  }

  private List<String> tokenTenants() {
    return harness.emulator.admin().journal().stream().filter(entry -> entry.route().equals(TOKEN))
        .map(JournalEntry::pathTenant).sorted().collect(Collectors.toList());
  }

  private List<String> reportFiles(String prefix) throws Exception {
    return harness.workspace.child(CommerceStep.DEFAULT_REPORT_DIRECTORY).list().stream().map(FilePath::getName)
        .filter(name -> name.startsWith(prefix)).sorted().collect(Collectors.toList());
  }

  /** Core's line saying that the list overrides the demo app credentials' own tenant. */
  private String overridden(int tenants) {
    return FrontEnd.of(SettingNames.PIPELINE, Messages.StepSupport_credentials(), new WorkspaceFiles(
        harness.workspace)).suggestions().tenantsOverrideHomeTenant("tenants", harness.emulator.demo().tenantId(),
        "the credential", tenants);
  }

  @Test
  public void verify_oneViolatingTenant_failsNamingIt_withAJUnitSuitePerTenant() throws Exception {
    List<String> tenants = generate(3);
    disableAll(tenants.get(0));
    disableAll(tenants.get(2));

    AbortException e = assertThrows(AbortException.class,
        () -> harness.run(overTenants(new VerifyPolicyStep(), tenants)));

    List<String> lines = e.getMessage().lines().collect(Collectors.toList());
    assertEquals("msCommerceVerifyPolicy did not succeed in 1 of 3 tenants (2 ok, 1 violations, 0 failed):",
        lines.get(0));
    assertEquals(e.getMessage(), 2, lines.size());
    assertTrue(lines.get(1), lines.get(1).startsWith("  VIOLATIONS " + tenants.get(1) + ": 3 violations in 24 "
        + "products checked against 1 rule: "));
    // Where junit 'commerce/TEST-*.xml' looks, with a suite per tenant and the violations as failed test cases.
    String junit = harness.file("commerce/TEST-commerce-verify-policy.xml");
    assertEquals(junit, 3, junit.split("<testsuite ", -1).length - 1);
    assertTrue(junit, junit.contains("name=\"commerce.verify-policy.tenant-00002_onmicrosoft_com\""));
    assertEquals(junit, 3, junit.split("<failure ", -1).length - 1);
    // The credential's own tenant gave way to the list, and the log says so; each tenant got its own token.
    assertTrue(harness.log(), harness.log().contains(overridden(3)));
    assertEquals(tenants, tokenTenants());
    assertFalse(harness.log(), harness.log().contains("\tat "));
    verify(harness.run, never()).setResult(any(Result.class));
    harness.assertNoSecretAnywhere();
  }

  /** The build page: core's consolidated result, a line per tenant, failures first, its GUID once sign-in told it. */
  @Test
  public void verify_buildPageShowsALinePerTenant_violationsFirst() throws Exception {
    List<String> tenants = generate(3);
    disableAll(tenants.get(0));
    disableAll(tenants.get(2));

    assertThrows(AbortException.class, () -> harness.run(overTenants(new VerifyPolicyStep(), tenants)));

    PolicyRunReport report = harness.action().getReports().get(0);
    assertTrue(report.isTenants());
    assertEquals("VIOLATIONS", report.getOutcome());
    assertTrue(report.isFailed());
    assertEquals("3 tenants: 2 ok, 1 violations, 0 failed.", report.getHeadline());
    assertEquals(3, report.getChecked());
    List<String> details = report.getDetails();
    assertEquals(details.toString(), 3, details.size());
    assertTrue(details.get(0), details.get(0).startsWith("VIOLATIONS " + tenants.get(1) + " ("
        + GeneratedTenants.tenantId(2) + "): Failed: 3 violations in 24 products"));
    assertEquals("OK " + tenants.get(0) + " (" + GeneratedTenants.tenantId(1) + "): Passed: 24 products checked "
        + "against 1 rule, no violations.", details.get(1));
    assertEquals("only the tenant that is not OK", List.of(details.get(0)), report.getSummaryDetails());
    assertTrue(report.getFiles().toString(), report.getFiles().containsAll(List.of("commerce/verify-policy.json",
        "commerce/verify-policy.md", "commerce/TEST-commerce-verify-policy.xml")));
  }

  /** What the script gets: a map keyed by tenant, each with its one-tenant value, as plain mutable JDK types. */
  @Test
  public void verify_warningOnly_returnsAMapKeyedByTenant() throws Exception {
    List<String> tenants = generate(3);
    disableAll(tenants.get(0));
    VerifyPolicyStep step = overTenants(new VerifyPolicyStep(), tenants);
    step.setFailOnViolation(false);

    Map<?, ?> result = (Map<?, ?>) harness.run(step);

    assertEquals(tenants, List.copyOf(result.keySet()));
    assertTrue(result instanceof LinkedHashMap);
    Map<?, ?> first = (Map<?, ?>) result.get(tenants.get(0));
    assertEquals("ok", first.get("status"));
    assertEquals("PASSED", first.get("outcome"));
    assertEquals(true, ((Map<?, ?>) first.get("value")).get("passed"));
    Map<?, ?> second = (Map<?, ?>) result.get(tenants.get(1));
    assertEquals(GeneratedTenants.tenantId(2), second.get("tenantId"));
    assertEquals("violations", second.get("status"));
    assertEquals("VIOLATIONS", second.get("outcome"));
    List<?> violations = (List<?>) ((Map<?, ?>) second.get("value")).get("violations");
    assertEquals(3, violations.size());
    assertEquals(enabled(tenants.get(1)), violations.stream().map(v -> (String) ((Map<?, ?>) v).get("productId"))
        .collect(Collectors.toCollection(TreeSet::new)));
    assertTrue(harness.log(), harness.log().contains("WARNING: " + tenants.get(1) + ": 3 violations in 24 products"));
    verify(harness.run, never()).setResult(any(Result.class));
  }

  /** unstable: true over tenants: violations anywhere mark the build UNSTABLE, and the step returns every tenant. */
  @Test
  public void verify_unstable_marksTheBuildUnstable() throws Exception {
    List<String> tenants = generate(2);
    VerifyPolicyStep step = overTenants(new VerifyPolicyStep(), tenants);
    step.setUnstable(true);

    Map<?, ?> result = (Map<?, ?>) harness.run(step);

    verify(harness.run).setResult(Result.UNSTABLE);
    assertTrue(harness.log(), harness.log().contains(Messages.VerifyPolicyStep_unstable()));
    assertEquals(tenants, List.copyOf(result.keySet()));
    assertTrue(harness.log(), harness.log().contains("WARNING: " + tenants.get(0) + ": 3 violations"));
    assertTrue(harness.log(), harness.log().contains("WARNING: " + tenants.get(1) + ": 3 violations"));
    PolicyRunReport report = harness.action().getReports().get(0);
    assertEquals("VIOLATIONS", report.getOutcome());
    assertFalse(report.isFailed());
  }

  /** A tenant that cannot be read fails the step even with unstable: true: only violations are UNSTABLE. */
  @Test
  public void verify_unstable_aTenantThatFailsStillFailsTheStep() throws Exception {
    List<String> tenants = generate(2);
    harness.emulator.admin().unregisterApp(tenants.get(0), harness.emulator.demo().clientId());
    VerifyPolicyStep step = overTenants(new VerifyPolicyStep(), tenants);
    step.setUnstable(true);

    AbortException e = assertThrows(AbortException.class, () -> harness.run(step));

    assertTrue(e.getMessage(), e.getMessage().contains("  FAILED " + tenants.get(0) + ": "));
    verify(harness.run, never()).setResult(any(Result.class));
    assertEquals("FAILED", harness.action().getReports().get(0).getOutcome());
  }

  @Test
  public void apply_perTenantException_isThatTenantsOnly_withABeforeStatePerTenant() throws Exception {
    List<String> tenants = generate(3);
    String kept = enabled(tenants.get(1)).iterator().next();
    harness.write("desired-state.json", "{\"default\": \"Disabled\", \"tenants\": {\"" + tenants.get(1)
        + "\": {\"products\": {\"" + kept + "\": \"Enabled\"}}}}");

    Map<?, ?> result = (Map<?, ?>) harness.run(overTenants(new ApplyPolicyStep("desired-state.json"), tenants));

    assertEquals(Set.of(), enabled(tenants.get(0)));
    assertEquals(Set.of(kept), enabled(tenants.get(1)));
    assertEquals(Set.of(), enabled(tenants.get(2)));
    assertEquals(tenants, List.copyOf(result.keySet()));
    assertEquals("CHANGED", ((Map<?, ?>) result.get(tenants.get(1))).get("outcome"));
    // One before-state per changed tenant, named after it: the way back for that tenant alone.
    List<String> beforeStates = reportFiles("before-apply-");
    assertEquals(beforeStates.toString(), 3, beforeStates.size());
    for (int n = 0; n < 3; n++) {
      assertTrue(beforeStates.toString(), beforeStates.get(n).startsWith("before-apply-" + tenants.get(n) + "-"));
    }
    assertTrue(harness.file("commerce/" + beforeStates.get(1)).contains("\"" + kept + "\": \"Enabled\""));
    PolicyRunReport report = harness.action().getReports().get(0);
    assertEquals("CHANGED", report.getOutcome());
    assertEquals(3, report.getDetails().size());
    assertTrue(report.getDetails().get(1), report.getDetails().get(1).startsWith("OK " + tenants.get(1) + " ("
        + GeneratedTenants.tenantId(2) + "): Applied: 2 changed"));
    assertEquals(List.of(), report.getSummaryDetails());
    assertTrue(harness.log(), harness.log().contains(overridden(3)));
    harness.assertNoSecretAnywhere();
  }

  /** No consent in one tenant (AADSTS700016): it fails alone, named with what was not changed; the others converge. */
  @Test
  public void apply_tenantWithoutConsent_failsAlone_whileTheOthersConverge() throws Exception {
    List<String> tenants = generate(3);
    harness.emulator.admin().unregisterApp(tenants.get(1), harness.emulator.demo().clientId());
    harness.write("desired-state.json", "{\"default\": \"Disabled\"}");

    AbortException e = assertThrows(AbortException.class,
        () -> harness.run(overTenants(new ApplyPolicyStep("desired-state.json"), tenants)));

    assertEquals(Set.of(), enabled(tenants.get(0)));
    assertEquals(3, enabled(tenants.get(1)).size());
    assertEquals(Set.of(), enabled(tenants.get(2)));
    List<String> lines = e.getMessage().lines().collect(Collectors.toList());
    assertEquals("msCommerceApplyPolicy did not succeed in 1 of 3 tenants (2 ok, 1 failed):", lines.get(0));
    assertTrue(lines.get(1), lines.get(1).startsWith("  FAILED " + tenants.get(1) + ": Entra ID refused a token for "
        + "client secret of app " + harness.emulator.demo().clientId() + " in tenant " + tenants.get(1)));
    assertTrue(lines.get(1), lines.get(1).contains("AADSTS700016"));
    assertTrue(e.getMessage(), e.getMessage().strip().endsWith("Nothing was changed there."));
    assertEquals(2, reportFiles("before-apply-").size());
    PolicyRunReport report = harness.action().getReports().get(0);
    assertEquals("FAILED", report.getOutcome());
    assertTrue(report.isFailed());
    assertTrue(report.getDetails().get(0), report.getDetails().get(0).startsWith("FAILED " + tenants.get(1)
        + ": Entra ID refused a token"));
    assertFalse("one line, though the error has several", report.getDetails().get(0).contains("\n"));
    assertFalse(harness.log(), harness.log().contains("\tat "));
    harness.assertNoSecretAnywhere();
  }

  /**
   * '@lists/tenants.txt' names a file in the workspace, with comments and blank lines, not one of this JVM; a tenant
   * listed by its GUID is named once on the build page.
   */
  @Test
  public void tenantsFile_isReadThroughTheWorkspace() throws Exception {
    List<String> tenants = generate(3);
    harness.write("lists/tenants.txt", "# the EU customers\n" + tenants.get(0) + "\n" + tenants.get(1)
        + "   # since 2025\n\n" + GeneratedTenants.tenantId(3) + "\n");
    assertFalse(Files.exists(Path.of("lists/tenants.txt")));
    VerifyPolicyStep step = overTenants(new VerifyPolicyStep(), List.of("@lists/tenants.txt"));
    step.setFailOnViolation(false);

    Map<?, ?> result = (Map<?, ?>) harness.run(step);

    assertEquals(List.of(tenants.get(0), tenants.get(1), GeneratedTenants.tenantId(3)),
        List.copyOf(result.keySet()));
    assertEquals("sorted", List.of(GeneratedTenants.tenantId(3), tenants.get(0), tenants.get(1)), tokenTenants());
    String third = harness.action().getReports().get(0).getDetails().get(2);
    assertTrue(third, third.startsWith("VIOLATIONS " + GeneratedTenants.tenantId(3) + ": Failed: 3 violations"));
  }

  @Test
  public void tenantsFileWithABadLine_failsBeforeAnyRequestNamingTheLine() throws Exception {
    generate(1);
    harness.write("tenants.txt", GeneratedTenants.domain(1) + "\n\ncontoso_com  # no underscores in domains\n");
    VerifyPolicyStep step = overTenants(new VerifyPolicyStep(), List.of("@tenants.txt"));

    AbortException e = assertThrows(AbortException.class, () -> harness.run(step));

    assertTrue(e.getMessage(), e.getMessage().startsWith("tenants: " + harness.workspace.child("tenants.txt")
        .getRemote() + ":3: 'contoso_com' is not a tenant id"));
    assertEquals(0, harness.emulator.admin().journal().size());
    assertTrue("no result, so nothing for the build page", harness.actions.isEmpty());
    assertFalse(harness.log(), harness.log().contains("\tat "));
  }

  @Test
  public void tenantLimitsOutOfRange_failBeforeAnyRequestNamingTheField() throws Exception {
    List<String> tenants = generate(2);
    ProductPoliciesStep wide = overTenants(new ProductPoliciesStep(), tenants);
    wide.setTenantConcurrency(65);
    ProductPoliciesStep uncapped = overTenants(new ProductPoliciesStep(), tenants);
    uncapped.setMaxRequests(0);

    assertEquals("tenantConcurrency: '65' is not a whole number from 1 to 64.",
        assertThrows(AbortException.class, () -> harness.run(wide)).getMessage());
    assertEquals("maxRequests: '0' is not a whole number from 1 to 256.",
        assertThrows(AbortException.class, () -> harness.run(uncapped)).getMessage());
    assertEquals(0, harness.emulator.admin().journal().size());
  }

  /** A read over tenants is the same map, each tenant's value its own listing. */
  @Test
  public void read_overTenants_withTheirLimits() throws Exception {
    List<String> tenants = generate(3);
    ProductPoliciesStep step = overTenants(new ProductPoliciesStep(), tenants);
    step.setTenantConcurrency(1);
    step.setMaxRequests(1);

    Map<?, ?> result = (Map<?, ?>) harness.run(step);

    for (String tenant : tenants) {
      assertEquals(tenant, 24, ((List<?>) ((Map<?, ?>) result.get(tenant)).get("value")).size());
    }
    assertTrue("reads are not shown on the build page", harness.actions.isEmpty());
  }

  /**
   * Aborting a run over tenants, as Jenkins does (on the step's real thread, so it signs in with the environment's
   * AZURE_*, whose tenant the list overrides): no tenant starts any more, the running ones stop sending, and the
   * reports and the build page still say, per tenant, what happened, although core set the interrupt flag again.
   */
  @Test
  public void stop_cancelsEveryTenant_andTheBuildPageStillShowsEach() throws Exception {
    List<String> tenants = generate(4);
    harness.demoAppInEnvironment();
    harness.emulator.admin().injectFault(Fault.on("PUT", "/v1.0/policies/*/products/*").withLatency(PUT_LATENCY));
    UpdateProductPolicyStep step = harness.atEmulator(new UpdateProductPolicyStep());
    step.setTenants(tenants);
    step.setAll(true);
    step.setValue("Disabled");
    step.setTenantConcurrency(2);
    step.setConcurrency(1);

    CommerceStepExecution execution = harness.start(step);
    // Each running tenant writes its before-state before its first PUT, which the emulator then holds back.
    waitUntil(() -> beforeStates() == 2, Duration.ofSeconds(30));
    Thread.sleep(300);
    Exception cause = new Exception("Aborted by the test");
    execution.stop(cause);

    verify(harness.context).onFailure(cause);
    waitUntil(() -> cause.getSuppressed().length == 1, Duration.ofSeconds(30));
    AbortException failure = (AbortException) cause.getSuppressed()[0];
    assertTrue(failure.getMessage(), failure.getMessage().contains("2 were stopped while running, 2 never started"));
    verify(harness.context, never()).onSuccess(any());
    String report = harness.file("commerce/update-policy.json");
    for (String tenant : tenants) {
      assertTrue(report, report.contains("\"" + tenant + "\""));
    }
    PolicyRunReport shown = harness.action().getReports().get(0);
    assertEquals("CANCELLED", shown.getOutcome());
    assertTrue(shown.isFailed());
    assertEquals(4, shown.getDetails().size());
    assertTrue(shown.getDetails().toString(), shown.getDetails().stream().allMatch(d -> d.startsWith("CANCELLED ")));
    assertTrue(Files.exists(harness.buildDirectory.resolve("mscommerce-policy/0/update-policy.json")));
    assertTrue(harness.log(), harness.log().contains("tenants overrides the tenant " + harness.emulator.demo()
        .tenantId() + " of AZURE_TENANT_ID"));
    Thread.sleep(PUT_LATENCY.toMillis() + 300);
    assertTrue(String.valueOf(harness.requests("PUT")), harness.requests("PUT") <= 2);
    harness.assertNoSecretAnywhere();
  }

  private int beforeStates() {
    try {
      return harness.exists("commerce") ? reportFiles("before-update-policy-").size() : 0;
    } catch (Exception e) {
      return 0;
    }
  }

  private static void waitUntil(BooleanSupplier condition, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + limit);
      }
      Thread.sleep(20);
    }
  }

  /** A thousand tenants do not make a thousand lines on the build's own page: the first not OK, then a count. */
  @Test
  public void buildPageSummary_namesTheFirstTenantsNotOk_andCountsTheRest() throws Exception {
    int count = PolicyRunReport.MAX_TENANTS_SUMMARIZED + 2;
    List<String> tenants = generate(count);
    VerifyPolicyStep step = overTenants(new VerifyPolicyStep(), tenants);
    step.setFailOnViolation(false);

    harness.run(step);

    PolicyRunReport report = harness.action().getReports().get(0);
    assertEquals(count, report.getDetails().size());
    List<String> summary = report.getSummaryDetails();
    assertEquals(PolicyRunReport.MAX_TENANTS_SUMMARIZED + 1, summary.size());
    assertEquals(report.getDetails().subList(0, PolicyRunReport.MAX_TENANTS_SUMMARIZED),
        summary.subList(0, PolicyRunReport.MAX_TENANTS_SUMMARIZED));
    assertEquals(Messages.PolicyRunReport_moreTenants(2), summary.get(PolicyRunReport.MAX_TENANTS_SUMMARIZED));
  }
}
