package io.github.mscommerce.core.frontend;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.plan.DesiredState;
import io.github.mscommerce.core.plan.DesiredStateJson;
import io.github.mscommerce.core.report.ReportFile;
import io.github.mscommerce.core.auth.SharedTokens;
import io.github.mscommerce.core.testing.MapRawSettings;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.JournalEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Test;

/**
 * The goals as both front ends run them, against the emulator through the real MSAL credential, including the request
 * economy issue 3 asks for (client credentials, products only): reading is 2 requests cold and 1 warm; applying k
 * differences is 2 + k cold and 1 when nothing differs; the gate costs what reading costs.
 */
public class CommerceTasksIT {

  private static CommerceEmulator emulator;
  private static Path pem;

  private final List<CommerceEvent> events = new ArrayList<>();

  @Before
  public void reset() {
    emulator = SharedEmulator.fresh();
    pem = SharedEmulator.certificatePem();
  }

  /** A fresh session, cold as in a new JVM: the tokens the JVM shares between sessions are forgotten first. */
  private CommerceTasks tasks() {
    SharedTokens.clear();
    MapRawSettings raw = new MapRawSettings()
        .set(PropertyNames.ENDPOINT, emulator.baseUrl().toString())
        .set(PropertyNames.AUTHORITY_HOST, emulator.baseUrl().toString())
        .set(PropertyNames.TRUST_CERTIFICATE, pem.toString())
        .set(PropertyNames.TENANT_ID, emulator.demo().tenantId())
        .set(PropertyNames.CLIENT_ID, emulator.demo().clientId())
        .set(PropertyNames.CLIENT_SECRET, emulator.demo().clientSecret());
    CommerceSession session = new SettingsProcessor(Suggestions.generic(), SettingNames.PROPERTIES, events::add)
        .connect(raw);
    return new CommerceTasks(session, SettingNames.PROPERTIES, events::add);
  }

  private static int requests() {
    return emulator.admin().journal().size();
  }

  private static long puts() {
    return emulator.admin().journal().stream().filter(e -> e.method().equals("PUT")).count();
  }

  private static SelectionInput all() {
    return new SelectionInput(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("true"));
  }

  private static SelectionInput productIds(String ids) {
    return new SelectionInput(Optional.of(ids), Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  public void products_costsTwoRequestsColdAndOneWarm() {
    CommerceTasks tasks = tasks();
    TaskResult first = tasks.products(Optional.empty());
    assertEquals(2, requests());
    emulator.admin().clearJournal();
    tasks.products(Optional.empty());
    assertEquals(1, requests());
    assertTrue(first.lines().get(0).startsWith("Product id"));
    assertEquals(1 + 24 + 1, first.lines().size());
    assertEquals("24 products: 24 Enabled", first.lines().get(first.lines().size() - 1));
    assertEquals(List.of("products.json", "products.md"),
        first.files().stream().map(ReportFile::name).collect(Collectors.toList()));
  }

  @Test
  public void products_offerTypeScopeListsOfferTypes() {
    TaskResult result = tasks().products(Optional.of("offertype"));
    assertTrue(result.lines().get(0).startsWith("Offer type"));
    assertEquals(4, ((List<?>) result.value()).size());
  }

  @Test
  public void products_unknownScopeIsRefusedBeforeAnyRequest() {
    InvalidSettingsException e =
        assertThrows(InvalidSettingsException.class, () -> tasks().products(Optional.of("bundle")));
    assertEquals("commerce.scope: 'bundle' is not a scope: use product (the default) or OfferType.", e.getMessage());
    assertEquals(0, requests());
  }

  @Test
  public void updatePolicy_costsTwoPlusKColdAndOneWhenNothingDiffers() {
    emulator.admin().setProductValue(emulator.demo().tenantId(), "CFQ7TTC0LH2H", "Disabled");
    TaskResult first = tasks().updatePolicy(all(), Optional.of("Disabled"), Optional.empty(), Optional.empty());
    assertFalse(first.failure().toString(), first.failed());
    assertEquals(2 + 23, requests());
    assertEquals(23, puts());
    emulator.admin().clearJournal();
    CommerceTasks warm = tasks();
    warm.products(Optional.empty());
    emulator.admin().clearJournal();
    TaskResult second = warm.updatePolicy(all(), Optional.of("Disabled"), Optional.empty(), Optional.empty());
    assertEquals(1, requests());
    assertEquals(0, puts());
    assertTrue(second.files().stream().noneMatch(f -> f.name().startsWith("before-")));
  }

  @Test
  public void updatePolicy_enabledAliasAndABeforeStateThatRestores() {
    TaskResult result = tasks().updatePolicy(productIds("CFQ7TTC0LH2H,cfq7ttc0h9mp"), Optional.empty(),
        Optional.of("false"), Optional.empty());
    assertEquals("Disabled", emulator.admin().productValue(emulator.demo().tenantId(), "CFQ7TTC0H9MP"));
    ReportFile before = result.files().stream().filter(f -> f.name().startsWith("before-")).findFirst().orElseThrow();
    DesiredState restore = DesiredStateJson.parse(before.content(), before.name());
    assertEquals(2, restore.products().size());
    TaskResult restored = tasks().apply(before.name(), before.content(), Optional.empty());
    assertFalse(restored.failed());
    assertEquals("Enabled", emulator.admin().productValue(emulator.demo().tenantId(), "CFQ7TTC0H9MP"));
  }

  @Test
  public void updatePolicy_dryRunSendsNoPut() {
    TaskResult result = tasks().updatePolicy(all(), Optional.of("Disabled"), Optional.empty(), Optional.of("true"));
    assertEquals(0, puts());
    assertTrue(result.lines().get(0).startsWith("would change "));
    assertTrue(result.lines().get(result.lines().size() - 1).startsWith("Dry run: 24 changes"));
  }

  @Test
  public void updatePolicy_badValueIsRefusedBeforeAnyRequest() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> tasks().updatePolicy(all(), Optional.of("Enable"), Optional.empty(), Optional.empty()));
    assertTrue(e.getMessage(), e.getMessage().startsWith("commerce.value: 'Enable' is not a policy value"));
    assertEquals(0, requests());
  }

  @Test
  public void updatePolicy_unknownProductNamesTheClosestAndChangesNothing() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> tasks()
        .updatePolicy(productIds("CFQ7TTC0H9MP,CFQ7TTC0MM8X"), Optional.of("Disabled"), Optional.empty(),
            Optional.empty()));
    assertTrue(e.getMessage(), e.getMessage().contains("CFQ7TTC0MM8X"));
    assertTrue(e.getMessage(), e.getMessage().contains("CFQ7TTC0MM8R"));
    assertEquals(0, puts());
  }

  @Test
  public void updatePolicy_withoutSelectionSaysWhatToSet() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> tasks()
        .updatePolicy(SelectionInput.none(), Optional.of("Disabled"), Optional.empty(), Optional.empty()));
    assertTrue(e.getMessage(), e.getMessage().contains("commerce.productIds"));
    assertTrue(e.getMessage(), e.getMessage().contains("commerce.all=true"));
  }

  @Test
  public void verifyPolicy_failsNamingEveryEnabledProductAndCostsWhatReadingCosts() {
    emulator.admin().releaseProduct("CFQ7TTC0ZZ99", "Contoso Widget Pro");
    TaskResult result = tasks().verifyPolicy(SelectionInput.none(), Optional.empty(), Optional.empty(),
        Optional.empty());
    assertEquals(2, requests());
    assertTrue(result.failed());
    String failure = result.failure().orElseThrow();
    assertTrue(failure, failure.startsWith("Policy gate failed: 25 violations in 25 products checked against 1 rule:"));
    assertTrue(failure, failure.contains("CFQ7TTC0ZZ99 Contoso Widget Pro is Enabled"));
    assertTrue(result.files().stream().anyMatch(f -> f.name().equals("TEST-commerce-verify-policy.xml")));
  }

  @Test
  public void verifyPolicy_passesOnceEverythingIsDisabled() {
    CommerceTasks tasks = tasks();
    tasks.updatePolicy(all(), Optional.of("Disabled"), Optional.empty(), Optional.empty());
    emulator.admin().clearJournal();
    TaskResult result = tasks.verifyPolicy(SelectionInput.none(), Optional.empty(), Optional.empty(),
        Optional.empty());
    assertFalse(result.failed());
    assertEquals(List.of("Policy gate passed: 0 violations in 24 products checked against 1 rule."), result.lines());
    assertEquals(1, requests());
    assertEquals(Boolean.TRUE, ((Map<?, ?>) result.value()).get("passed"));
  }

  @Test
  public void verifyPolicy_failOnViolationFalseOnlyWarns() {
    TaskResult result = tasks().verifyPolicy(productIds("CFQ7TTC0MM8R"), Optional.empty(),
        Optional.of("Disabled,OnlyTrialsWithoutPaymentMethod"), Optional.of("false"));
    assertFalse(result.failed());
    assertEquals(2, result.warnings().size());
    assertTrue(result.warnings().get(1), result.warnings().get(1).contains("CFQ7TTC0MM8R Microsoft 365 Copilot is Enabled"));
  }

  @Test
  public void apply_desiredStateCatchesALaterReleasedProductThroughItsDefault() throws Exception {
    Path file = Files.createTempFile("desired", ".json");
    Files.writeString(file, "{\"default\": \"Disabled\", \"products\": {\"CFQ7TTC0RM8K\": "
        + "\"OnlyTrialsWithoutPaymentMethod\"}}");
    tasks().apply(file, Optional.empty());
    emulator.admin().releaseProduct("CFQ7TTC0NEW1", "Brand New Product");
    emulator.admin().clearJournal();
    TaskResult second = tasks().apply(file, Optional.empty());
    assertEquals(2 + 1, requests());
    assertEquals("Disabled", emulator.admin().productValue(emulator.demo().tenantId(), "CFQ7TTC0NEW1"));
    assertEquals("OnlyTrialsWithoutPaymentMethod",
        emulator.admin().productValue(emulator.demo().tenantId(), "CFQ7TTC0RM8K"));
    assertFalse(second.failed());
    Files.delete(file);
  }

  @Test
  public void apply_malformedDesiredStateGivesLineAndColumnBeforeAnyRequest() throws Exception {
    Path file = Files.createTempFile("desired", ".json");
    Files.writeString(file, "{\n  \"default\": \"Disabled\",\n  \"prodcts\": {}\n}");
    InvalidSettingsException e =
        assertThrows(InvalidSettingsException.class, () -> tasks().apply(file, Optional.empty()));
    assertTrue(e.getMessage(), e.getMessage().startsWith(file + ":3:3: "));
    assertEquals(0, requests());
    Files.delete(file);
  }

  @Test
  public void apply_unreadableDesiredStateNamesTheSetting() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> tasks().apply(Path.of("missing-desired-state.json"), Optional.empty()));
    assertTrue(e.getMessage(), e.getMessage().startsWith("commerce.desiredState: cannot read the file '"));
  }

  @Test
  public void export_writesADesiredStateThatRoundTrips() {
    emulator.admin().setProductValue(emulator.demo().tenantId(), "CFQ7TTC0HD32", "Disabled");
    TaskResult result = tasks().export(Optional.of("true"), Optional.empty());
    ReportFile file = result.files().get(0);
    assertEquals("desired-state.json", file.name());
    DesiredState state = DesiredStateJson.parse(file.content(), file.name());
    assertEquals(24, state.products().size());
    assertEquals(4, state.offerTypes().size());
    assertEquals("Disabled", state.products().get("CFQ7TTC0HD32").wireValue());
    emulator.admin().clearJournal();
    TaskResult applied = tasks().apply(file.name(), file.content(), Optional.empty());
    assertFalse(applied.failed());
    assertEquals(0, puts());
  }

  @Test
  public void product_readsOneItemAndRefusesAmbiguity() {
    TaskResult result = tasks().product(Optional.of("CFQ7TTC0H9MP"), Optional.empty());
    assertEquals(List.of("CFQ7TTC0H9MP Power BI Pro: Enabled"), result.lines());
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> tasks().product(Optional.of("CFQ7TTC0H9MP"), Optional.of("SaaS")));
    assertTrue(e.getMessage(), e.getMessage().endsWith("not both."));
  }

  @Test
  public void policies_andPolicyReportTheDefault() {
    assertTrue(tasks().policies().lines().get(1).startsWith("AllowSelfServicePurchase  Enabled"));
    assertEquals("Default value (what newly released products get): Enabled",
        tasks().policy(Optional.empty()).lines().get(1));
  }

  @Test
  public void events_neverCarryTheSecretOrAToken() {
    tasks().updatePolicy(all(), Optional.of("Disabled"), Optional.empty(), Optional.empty());
    String secret = emulator.demo().clientSecret();
    for (CommerceEvent event : events) {
      assertFalse(event.message(), event.message().contains(secret));
      assertFalse(event.message(), event.message().matches(".*eyJ[A-Za-z0-9_-]+\\.eyJ.*"));
    }
    assertTrue("events were captured", events.size() > 20);
    for (JournalEntry entry : emulator.admin().journal()) {
      assertFalse(entry.toString().contains(secret));
    }
  }
}
