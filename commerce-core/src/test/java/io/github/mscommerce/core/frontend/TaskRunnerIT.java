package io.github.mscommerce.core.frontend;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.frontend.TaskFailure.Kind;
import io.github.mscommerce.core.plan.DesiredState;
import io.github.mscommerce.core.plan.DesiredStateJson;
import io.github.mscommerce.core.testing.MapRawSettings;
import io.github.mscommerce.core.testing.MemoryOutput;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.core.testing.TestFrontEnd;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.JournalEntry;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/**
 * Every goal as both front ends run it: through {@link TaskRunner} and an in-memory {@link TaskOutput} (no Maven or
 * Jenkins type), against the emulator through the real MSAL credential. Includes the request economy (client
 * credentials, products only): reading is 2 requests cold and 1 warm (a later task in the JVM reuses the token);
 * applying k differences is 2 + k cold and 1 when nothing differs; the gate costs what reading costs.
 */
public class TaskRunnerIT {

  private static CommerceEmulator emulator;
  private MemoryOutput output;

  @Before
  public void reset() {
    emulator = SharedEmulator.fresh();
    output = new MemoryOutput();
  }

  /** The demo app's settings; every call is a fresh credential, so its token cache starts cold. */
  private static MapRawSettings settings() {
    return new MapRawSettings()
        .set(PropertyNames.ENDPOINT, emulator.baseUrl().toString())
        .set(PropertyNames.AUTHORITY_HOST, emulator.baseUrl().toString())
        .set(PropertyNames.TRUST_CERTIFICATE, SharedEmulator.certificatePem().toString())
        .set(PropertyNames.TENANT_ID, emulator.demo().tenantId())
        .set(PropertyNames.CLIENT_ID, emulator.demo().clientId())
        .set(PropertyNames.CLIENT_SECRET, emulator.demo().clientSecret());
  }

  private TaskResult run(String goal, MapRawSettings raw) throws MemoryOutput.Failed {
    return new TaskRunner(TestFrontEnd.maven()).run(goal, raw, output);
  }

  private TaskFailure failure(String goal, MapRawSettings raw) {
    return assertThrows(MemoryOutput.Failed.class, () -> run(goal, raw)).failure();
  }

  private static int requests() {
    return emulator.admin().journal().size();
  }

  private static long puts() {
    return emulator.admin().journal().stream().filter(e -> e.method().equals("PUT")).count();
  }

  private static String value(String productId) {
    return emulator.admin().productValue(emulator.demo().tenantId(), productId);
  }

  private Path desiredState(String json) throws IOException {
    Path file = Files.createTempFile("desired", ".json");
    file.toFile().deleteOnExit();
    return Files.writeString(file, json);
  }

  @Test
  public void products_costsTwoRequestsColdAndOneWarm_andLogsLinesFilesAndSignIn() throws Exception {
    TaskResult first = run(Goals.PRODUCTS, settings());
    assertEquals(2, requests());
    assertEquals(TaskOutcome.READ, first.outcome());
    assertTrue(first.lines().get(0).startsWith("Product id"));
    assertEquals(1 + 24 + 1, first.lines().size());
    assertEquals("24 products: 24 Enabled", first.lines().get(first.lines().size() - 1));
    assertEquals(List.of("prepare", "write products.json", "write products.md", "finished READ"), output.order());
    List<String> lifecycle = output.messages(CommerceEvent.Level.LIFECYCLE);
    assertTrue(lifecycle.get(0), lifecycle.get(0).startsWith("Signing in with client secret of app "));
    assertEquals("Wrote memory/products.json, memory/products.md", lifecycle.get(lifecycle.size() - 1));
    assertEquals(24, ((List<?>) first.value()).size());
    assertEquals(Map.of("productId", "CFQ7TTC0LH2H", "productName", "Power Apps per user", "policyValue", "Enabled"),
        ((List<?>) first.value()).stream().filter(m -> ((Map<?, ?>) m).get("productId").equals("CFQ7TTC0LH2H"))
            .findFirst().orElseThrow());
  }

  @Test
  public void products_offerTypeScopeListsOfferTypes() throws Exception {
    TaskResult result = run(Goals.PRODUCTS, settings().set(PropertyNames.SCOPE, "offertype"));
    assertTrue(result.lines().get(0).startsWith("Offer type"));
    assertEquals(4, ((List<?>) result.value()).size());
  }

  @Test
  public void products_unknownScopeIsRefusedBeforeAnyRequest() {
    TaskFailure failure = failure(Goals.PRODUCTS, settings().set(PropertyNames.SCOPE, "bundle"));
    assertEquals(Kind.INVALID_SETTINGS, failure.kind());
    assertEquals("commerce.scope: 'bundle' is not a scope: use product (the default) or OfferType.",
        failure.message());
    assertEquals(0, requests());
    assertEquals(List.of(), output.order());
  }

  @Test
  public void updatePolicy_costsTwoPlusK_andWritesTheBeforeStateBeforeTheFirstPut() throws Exception {
    emulator.admin().setProductValue(emulator.demo().tenantId(), "CFQ7TTC0LH2H", "Disabled");
    long[] putsWhenCreated = {-1};
    output.onCreate(() -> putsWhenCreated[0] = puts());
    TaskResult first = run(Goals.UPDATE_POLICY, settings().set(PropertyNames.ALL, true)
        .set(PropertyNames.VALUE, "Disabled"));
    assertEquals(TaskOutcome.CHANGED, first.outcome());
    assertEquals(2 + 23, requests());
    assertEquals(23, puts());
    assertEquals(0, putsWhenCreated[0]);
    String before = output.filesStartingWith("before-update-policy-").get(0);
    assertEquals("create " + before, output.order().get(1));
    assertTrue(first.lines().contains("The previous values are in memory/" + before
        + "; apply that file to restore them."));
  }

  @Test
  public void updatePolicy_nothingToChange_sendsOneRequestAndKeepsNoBeforeState() throws Exception {
    run(Goals.UPDATE_POLICY, settings().set(PropertyNames.ALL, "true").set(PropertyNames.VALUE, "Disabled"));
    output = new MemoryOutput();
    emulator.admin().clearJournal();
    TaskResult second = run(Goals.UPDATE_POLICY, settings().set(PropertyNames.ALL, "true")
        .set(PropertyNames.VALUE, "Disabled"));
    assertEquals(TaskOutcome.UNCHANGED, second.outcome());
    assertEquals(0, puts());
    assertEquals(List.of(), output.filesStartingWith("before-"));
  }

  @Test
  public void updatePolicy_enabledAliasAndABeforeStateThatRestores() throws Exception {
    TaskResult result = run(Goals.UPDATE_POLICY, settings().set(PropertyNames.PRODUCT_IDS,
        "CFQ7TTC0LH2H,cfq7ttc0h9mp").set(PropertyNames.ENABLED, "FALSE"));
    assertEquals("Disabled", value("CFQ7TTC0H9MP"));
    String name = output.filesStartingWith("before-").get(0);
    DesiredState restore = DesiredStateJson.parse(output.file(name).orElseThrow(), name);
    assertEquals(2, restore.products().size());
    Map<?, ?> item = (Map<?, ?>) ((List<?>) ((Map<?, ?>) result.value()).get("items")).get(0);
    assertEquals(Map.of("productId", "CFQ7TTC0LH2H", "productName", "Power Apps per user", "policyValue", "Disabled",
        "before", "Enabled", "after", "Disabled", "status", "changed"), item);

    Path file = desiredState(output.file(name).orElseThrow());
    TaskResult restored = run(Goals.APPLY, settings().set(PropertyNames.DESIRED_STATE, file.toString()));
    assertEquals(TaskOutcome.CHANGED, restored.outcome());
    assertEquals("Enabled", value("CFQ7TTC0H9MP"));
  }

  @Test
  public void twoChangesInOneSecond_neverShareABeforeStateFile() throws Exception {
    MapRawSettings update = settings().set(PropertyNames.PRODUCT_IDS, "CFQ7TTC0LH2H").set(PropertyNames.VALUE,
        "Disabled");
    run(Goals.UPDATE_POLICY, update);
    String first = output.filesStartingWith("before-").get(0);
    String firstContent = output.file(first).orElseThrow();
    // The same output (one report directory), a second goal of the same build: it must not replace the first file.
    run(Goals.UPDATE_POLICY, settings().set(PropertyNames.PRODUCT_IDS, "CFQ7TTC0LH2H")
        .set(PropertyNames.VALUE, "Enabled"));
    List<String> befores = output.filesStartingWith("before-");
    assertEquals(befores.toString(), 2, befores.size());
    assertEquals(firstContent, output.file(first).orElseThrow());
  }

  @Test
  public void updatePolicy_dryRunSendsNoPut() throws Exception {
    TaskResult result = run(Goals.UPDATE_POLICY, settings().set(PropertyNames.ALL, "true")
        .set(PropertyNames.VALUE, "Disabled").set(PropertyNames.DRY_RUN, "TRUE"));
    assertEquals(0, puts());
    assertEquals(TaskOutcome.DRY_RUN, result.outcome());
    assertTrue(result.lines().get(0).startsWith("would change "));
    assertTrue(result.lines().get(result.lines().size() - 1).startsWith("Dry run: 24 changes"));
    Map<?, ?> item = (Map<?, ?>) ((List<?>) ((Map<?, ?>) result.value()).get("items")).get(0);
    assertEquals("would change", item.get("status"));
    assertEquals("Enabled", item.get("policyValue"));
    assertEquals("Disabled", item.get("after"));
  }

  @Test
  public void updatePolicy_badValueIsRefusedBeforeAnyRequest() {
    TaskFailure failure = failure(Goals.UPDATE_POLICY, settings().set(PropertyNames.ALL, "true")
        .set(PropertyNames.VALUE, "Enable"));
    assertTrue(failure.message(), failure.message().startsWith("commerce.value: 'Enable' is not a policy value"));
    assertEquals(0, requests());
  }

  @Test
  public void updatePolicy_unknownProductNamesTheClosestAndChangesNothing() {
    TaskFailure failure = failure(Goals.UPDATE_POLICY, settings().set(PropertyNames.PRODUCT_IDS,
        "CFQ7TTC0H9MP,CFQ7TTC0MM8X").set(PropertyNames.VALUE, "Disabled"));
    assertTrue(failure.message(), failure.message().contains("CFQ7TTC0MM8X"));
    assertTrue(failure.message(), failure.message().contains("CFQ7TTC0MM8R"));
    assertEquals(0, puts());
  }

  @Test
  public void updatePolicy_withoutSelectionSaysWhatToSet() {
    TaskFailure failure = failure(Goals.UPDATE_POLICY, settings().set(PropertyNames.VALUE, "Disabled"));
    assertTrue(failure.message(), failure.message().contains("commerce.productIds"));
    assertTrue(failure.message(), failure.message().contains("commerce.all=true"));
  }

  @Test
  public void anUnwritableReportLocation_failsBeforeAnyRequest() {
    output.failPrepare(new AccessDeniedException("/read-only/commerce"));
    TaskFailure failure = failure(Goals.UPDATE_POLICY, settings().set(PropertyNames.ALL, "true")
        .set(PropertyNames.VALUE, "Disabled"));
    assertEquals(Kind.INVALID_SETTINGS, failure.kind());
    assertEquals(TestFrontEnd.maven().suggestions().reportDirectoryUnusable("commerce.reportDirectory",
        "permission denied for /read-only/commerce"), failure.message());
    assertEquals(0, requests());
  }

  @Test
  public void aBeforeStateThatCannotBeWritten_changesNothing() {
    output.failWrites(new IOException("No space left on device"));
    TaskFailure failure = failure(Goals.UPDATE_POLICY, settings().set(PropertyNames.ALL, "true")
        .set(PropertyNames.VALUE, "Disabled"));
    assertEquals(Kind.INVALID_SETTINGS, failure.kind());
    assertTrue(failure.message(), failure.message().startsWith("Nothing was changed: the before-state "
        + "before-update-policy-"));
    assertEquals(0, puts());
  }

  @Test
  public void verifyPolicy_failsNamingEveryEnabledProduct_afterWritingItsReports() {
    emulator.admin().releaseProduct("CFQ7TTC0ZZ99", "Contoso Widget Pro");
    TaskFailure failure = failure(Goals.VERIFY_POLICY, settings());
    assertEquals(2, requests());
    assertEquals(Kind.NOT_MET, failure.kind());
    assertTrue(failure.message(),
        failure.message().startsWith("Policy gate failed: 25 violations in 25 products checked against 1 rule:"));
    assertTrue(failure.message(), failure.message().contains("CFQ7TTC0ZZ99 Contoso Widget Pro is Enabled"));
    assertEquals(List.of("prepare", "write verify-policy.json", "write verify-policy.md",
        "write TEST-commerce-verify-policy.xml", "finished VIOLATIONS"), output.order());
  }

  @Test
  public void verifyPolicy_passesOnceEverythingIsDisabled_atTheCostOfOneListing() throws Exception {
    run(Goals.UPDATE_POLICY, settings().set(PropertyNames.ALL, "true").set(PropertyNames.VALUE, "Disabled"));
    emulator.admin().clearJournal();
    TaskResult result = run(Goals.VERIFY_POLICY, settings());
    assertEquals(TaskOutcome.PASSED, result.outcome());
    assertEquals(List.of("Policy gate passed: 0 violations in 24 products checked against 1 rule."), result.lines());
    // A second task in the same JVM with an equal credential reuses the first one's token: no sign-in.
    assertEquals(1, requests());
    assertEquals(Boolean.TRUE, ((Map<?, ?>) result.value()).get("passed"));
    assertEquals(24, result.report().rows().size());
  }

  @Test
  public void verifyPolicy_failOnViolationFalseOnlyWarns_andSaysViolations() throws Exception {
    TaskResult result = run(Goals.VERIFY_POLICY, settings().set(PropertyNames.PRODUCT_IDS, "CFQ7TTC0MM8R")
        .set(PropertyNames.ALLOW, List.of("Disabled", "OnlyTrialsWithoutPaymentMethod"))
        .set(PropertyNames.FAIL_ON_VIOLATION, false));
    assertEquals(TaskOutcome.VIOLATIONS, result.outcome());
    assertEquals(2, result.warnings().size());
    assertTrue(result.warnings().get(1), result.warnings().get(1).contains("CFQ7TTC0MM8R Microsoft 365 Copilot is "
        + "Enabled"));
    assertTrue(output.messages(CommerceEvent.Level.WARN).contains(result.warnings().get(1)));
    Map<?, ?> violation = (Map<?, ?>) ((List<?>) ((Map<?, ?>) result.value()).get("violations")).get(0);
    assertEquals("CFQ7TTC0MM8R", violation.get("productId"));
    assertEquals("Enabled", violation.get("policyValue"));
    assertEquals(1, result.report().violations().size());
  }

  @Test
  public void apply_desiredStateCatchesALaterReleasedProductThroughItsDefault() throws Exception {
    Path file = desiredState("{\"default\": \"Disabled\", \"products\": {\"CFQ7TTC0RM8K\": "
        + "\"OnlyTrialsWithoutPaymentMethod\"}}");
    run(Goals.APPLY, settings().set(PropertyNames.DESIRED_STATE, file.toString()));
    emulator.admin().releaseProduct("CFQ7TTC0NEW1", "Brand New Product");
    emulator.admin().clearJournal();
    TaskResult second = run(Goals.APPLY, settings().set(PropertyNames.DESIRED_STATE, file.toString()));
    assertEquals("a listing and one PUT, the token reused", 1 + 1, requests());
    assertEquals("Disabled", value("CFQ7TTC0NEW1"));
    assertEquals("OnlyTrialsWithoutPaymentMethod", value("CFQ7TTC0RM8K"));
    assertEquals(TaskOutcome.CHANGED, second.outcome());
  }

  @Test
  public void apply_malformedDesiredStateGivesLineAndColumnBeforeSigningIn() throws Exception {
    Path file = desiredState("{\n  \"default\": \"Disabled\",\n  \"prodcts\": {}\n}");
    TaskFailure failure = failure(Goals.APPLY, settings().set(PropertyNames.DESIRED_STATE, file.toString()));
    assertTrue(failure.message(), failure.message().startsWith(file + ":3:3: "));
    assertEquals(0, requests());
    assertTrue(output.log(), output.messages(CommerceEvent.Level.LIFECYCLE).stream()
        .noneMatch(line -> line.startsWith("Signing in")));
  }

  @Test
  public void apply_missingDesiredStateNamesTheSettingAndWhereRelativePathsStart() {
    TaskFailure failure = failure(Goals.APPLY, settings().set(PropertyNames.DESIRED_STATE,
        "missing-desired-state.json"));
    assertTrue(failure.message(), failure.message().startsWith("commerce.desiredState: there is no file "
        + Path.of("missing-desired-state.json").toAbsolutePath()));
    assertTrue(failure.message(), failure.message().contains("(a relative path starts in the working directory "));
  }

  @Test
  public void export_writesADesiredStateThatRoundTrips_andItsReports() throws Exception {
    emulator.admin().setProductValue(emulator.demo().tenantId(), "CFQ7TTC0HD32", "Disabled");
    TaskResult result = run(Goals.EXPORT, settings().set(PropertyNames.INCLUDE_OFFER_TYPES, true));
    assertEquals(List.of("prepare", "write desired-state.json", "write export.json", "write export.md",
        "finished READ"), output.order());
    DesiredState state = DesiredStateJson.parse(output.file("desired-state.json").orElseThrow(), "export");
    assertEquals(24, state.products().size());
    assertEquals(4, state.offerTypes().size());
    assertEquals("Disabled", state.products().get("CFQ7TTC0HD32").wireValue());
    assertEquals(List.of("Exported 24 products and 4 offer types to desired-state.json; apply it to restore this "
        + "state."), result.lines());

    emulator.admin().clearJournal();
    Path file = desiredState(output.file("desired-state.json").orElseThrow());
    TaskResult applied = run(Goals.APPLY, settings().set(PropertyNames.DESIRED_STATE, file.toString()));
    assertEquals(TaskOutcome.UNCHANGED, applied.outcome());
    assertEquals(0, puts());
  }

  @Test
  public void product_readsOneItemAndRefusesAmbiguity() throws Exception {
    TaskResult result = run(Goals.PRODUCT, settings().set(PropertyNames.PRODUCT_ID, "CFQ7TTC0H9MP"));
    assertEquals(List.of("CFQ7TTC0H9MP Power BI Pro: Enabled"), result.lines());
    TaskFailure failure = failure(Goals.PRODUCT, settings().set(PropertyNames.PRODUCT_ID, "CFQ7TTC0H9MP")
        .set(PropertyNames.OFFER_TYPE, "SaaS"));
    assertTrue(failure.message(), failure.message().endsWith("not both."));
  }

  @Test
  public void policies_andPolicyReportTheDefault() throws Exception {
    assertTrue(run(Goals.POLICIES, settings()).lines().get(1).startsWith("AllowSelfServicePurchase  Enabled"));
    assertEquals("Default value (what newly released products get): Enabled",
        run(Goals.POLICY, settings()).lines().get(1));
  }

  @Test
  public void aRefusedRequest_failsAsAServiceError() {
    TaskFailure failure = failure(Goals.UPDATE_POLICY, settings()
        .set(PropertyNames.CLIENT_ID, emulator.demo().readOnlyClientId())
        .set(PropertyNames.CLIENT_SECRET, emulator.demo().readOnlyClientSecret())
        .set(PropertyNames.PRODUCT_IDS, "CFQ7TTC0LH2H").set(PropertyNames.VALUE, "Disabled"));
    assertEquals(Kind.NOT_MET, failure.kind());
    assertTrue(failure.message(), failure.message().contains("HTTP 403"));
  }

  @Test
  public void events_neverCarryTheSecretOrAToken() throws Exception {
    run(Goals.UPDATE_POLICY, settings().set(PropertyNames.ALL, "true").set(PropertyNames.VALUE, "Disabled"));
    String secret = emulator.demo().clientSecret();
    for (CommerceEvent event : output.events()) {
      assertFalse(event.message(), event.message().contains(secret));
      assertFalse(event.message(), event.message().matches(".*eyJ[A-Za-z0-9_-]+\\.eyJ.*"));
    }
    assertTrue("events were captured", output.events().size() > 20);
    for (JournalEntry entry : emulator.admin().journal()) {
      assertFalse(entry.toString().contains(secret));
    }
    for (String content : output.files().values()) {
      assertFalse(content.contains(secret));
    }
  }
}
