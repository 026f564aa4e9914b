package io.github.mscommerce.core.frontend;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.frontend.TaskFailure.Kind;
import io.github.mscommerce.core.testing.MapRawSettings;
import io.github.mscommerce.core.testing.MemoryOutput;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.core.testing.TestFrontEnd;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Fault;
import io.github.mscommerce.emulator.GeneratedTenants;
import io.github.mscommerce.emulator.JournalEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.Before;
import org.junit.Test;

/**
 * A goal over many tenants with one credential, as both front ends run it (through {@link TaskRunner}), against the
 * emulator's generated tenants: each seeded with its own three Enabled products, each with the demo app consented.
 * The journal proves which token went with which request.
 */
public class TenantsIT {

  private static final String TOKEN = "/{tenant}/oauth2/v2.0/token";
  private static final String PRODUCTS = "/v1.0/policies/{policyId}/products";

  private CommerceEmulator emulator;
  private MemoryOutput output;

  @Before
  public void reset() {
    emulator = SharedEmulator.fresh();
    output = new MemoryOutput();
  }

  private void generate(int count) {
    emulator.admin().generateTenants(GeneratedTenants.of(count));
  }

  private static List<String> domains(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(GeneratedTenants::domain).collect(Collectors.toList());
  }

  /** The demo app, which every generated tenant has consented; no tenant id: the list names the tenants. */
  private MapRawSettings settings(List<String> tenants) {
    return new MapRawSettings()
        .set(PropertyNames.ENDPOINT, emulator.baseUrl().toString())
        .set(PropertyNames.AUTHORITY_HOST, emulator.baseUrl().toString())
        .set(PropertyNames.TRUST_CERTIFICATE, SharedEmulator.certificatePem().toString())
        .set(PropertyNames.CLIENT_ID, emulator.demo().clientId())
        .set(PropertyNames.CLIENT_SECRET, emulator.demo().clientSecret())
        .set(PropertyNames.TENANTS, tenants);
  }

  private TaskResult run(String goal, MapRawSettings raw) throws MemoryOutput.Failed {
    return new TaskRunner(TestFrontEnd.maven()).run(goal, raw, output);
  }

  private TaskFailure failure(String goal, MapRawSettings raw) {
    return assertThrows(MemoryOutput.Failed.class, () -> run(goal, raw)).failure();
  }

  private List<JournalEntry> journal(String method, String route) {
    return emulator.admin().journal().stream().filter(e -> e.method().equals(method) && e.route().equals(route))
        .collect(Collectors.toList());
  }

  private Set<String> enabled(String tenant) {
    return new TreeSet<>(emulator.admin().tenant(tenant).productsWithValue("Enabled"));
  }

  private static JsonObject json(String text) {
    return JsonParser.parseString(text).getAsJsonObject();
  }

  private Path file(String text) throws IOException {
    Path file = Files.createTempFile("tenants", ".txt");
    file.toFile().deleteOnExit();
    return Files.writeString(file, text);
  }

  @Test
  public void verify_eachTenantsReportIsItsOwnSeed_andOneTokenPerTenantAuthority() throws Exception {
    generate(6);
    List<String> tenants = domains(6);

    TaskResult result = run(Goals.VERIFY_POLICY, settings(tenants).set(PropertyNames.FAIL_ON_VIOLATION, false));

    JsonObject report = json(output.file("verify-policy.json").orElseThrow()).getAsJsonObject("tenants");
    Set<Set<String>> distinct = new java.util.HashSet<>();
    for (String tenant : tenants) {
      Set<String> violating = new TreeSet<>();
      report.getAsJsonObject(tenant).getAsJsonObject("report").getAsJsonArray("violations")
          .forEach(v -> violating.add(v.getAsJsonObject().get("id").getAsString()));
      assertEquals(tenant, enabled(tenant), violating);
      distinct.add(violating);
    }
    assertTrue("the seed gives the tenants different products", distinct.size() > 1);
    // One token request per tenant authority, and each tenant's listing carried that tenant's own token.
    Map<String, Long> tokensByAuthority = journal("POST", TOKEN).stream()
        .collect(Collectors.groupingBy(JournalEntry::pathTenant, Collectors.counting()));
    assertEquals(tenants.stream().collect(Collectors.toMap(Function.identity(), t -> 1L)), tokensByAuthority);
    Map<String, Long> listingsByToken = journal("GET", PRODUCTS).stream()
        .collect(Collectors.groupingBy(JournalEntry::tokenTenantId, Collectors.counting()));
    assertEquals(IntStream.rangeClosed(1, 6).mapToObj(GeneratedTenants::tenantId)
        .collect(Collectors.toMap(Function.identity(), t -> 1L)), listingsByToken);
    assertEquals(TaskOutcome.VIOLATIONS, result.outcome());
    // Each tenant's GUID, as its token told it, is in the script value beside its own single-tenant value.
    Map<?, ?> second = (Map<?, ?>) ((Map<?, ?>) result.value()).get(GeneratedTenants.domain(2));
    assertEquals(GeneratedTenants.tenantId(2), second.get("tenantId"));
    assertEquals("VIOLATIONS", second.get("outcome"));
    assertEquals(3, ((List<?>) ((Map<?, ?>) second.get("value")).get("violations")).size());
  }

  @Test
  public void verify_sendsExactlyTwoRequestsPerTenant() throws Exception {
    generate(20);

    run(Goals.VERIFY_POLICY, settings(domains(20)).set(PropertyNames.FAIL_ON_VIOLATION, false));

    assertEquals(emulator.admin().journalCounts().toString(), 2 * 20, emulator.admin().journal().size());
    assertEquals(20, emulator.admin().count("POST", TOKEN));
    assertEquals(20, emulator.admin().count("GET", PRODUCTS));
  }

  @Test
  public void verify_oneViolatingTenant_failsNamingIt_withAJUnitSuitePerTenant() throws Exception {
    generate(3);
    List<String> tenants = domains(3);
    for (String tenant : List.of(tenants.get(0), tenants.get(2))) {
      enabled(tenant).forEach(product -> emulator.admin().setProductValue(tenant, product, "Disabled"));
    }

    TaskFailure failure = failure(Goals.VERIFY_POLICY, settings(tenants));

    assertEquals(Kind.NOT_MET, failure.kind());
    List<String> lines = failure.message().lines().collect(Collectors.toList());
    assertEquals("commerce:verify-policy did not succeed in 1 of 3 tenants (2 ok, 1 violations, 0 failed):",
        lines.get(0));
    assertEquals(2, lines.size());
    assertTrue(lines.get(1), lines.get(1).startsWith("  VIOLATIONS tenant-00002.onmicrosoft.com: 3 violations in 24 "
        + "products checked against 1 rule: "));
    String junit = output.file("TEST-commerce-verify-policy.xml").orElseThrow();
    assertEquals(3, junit.split("<testsuite ", -1).length - 1);
    assertTrue(junit, junit.contains("name=\"commerce.verify-policy.tenant-00002_onmicrosoft_com\""));
    assertEquals(3, junit.split("<failure ", -1).length - 1);
    assertTrue(output.messages(CommerceEvent.Level.LIFECYCLE).contains("[3/3 tenants] 2 ok, 1 violations, 0 failed"));
  }

  @Test
  public void verify_neverLogsALinePerProductPerTenant_unlessDebug() throws Exception {
    generate(3);

    run(Goals.VERIFY_POLICY, settings(domains(3)).set(PropertyNames.FAIL_ON_VIOLATION, false));

    List<String> visible = new ArrayList<>(output.messages(CommerceEvent.Level.LIFECYCLE));
    visible.addAll(output.messages(CommerceEvent.Level.WARN));
    assertTrue(visible.toString(), visible.size() <= 3 + 3);
    assertTrue(visible.stream().noneMatch(line -> line.startsWith("Signing in with")));
    assertEquals(3, output.messages(CommerceEvent.Level.WARN).size());
    assertTrue(output.messages(CommerceEvent.Level.DEBUG).stream()
        .anyMatch(line -> line.startsWith("[tenant-00001.onmicrosoft.com] Signing in with client secret")));
  }

  @Test
  public void apply_perTenantException_isThatTenantsOnly_andEachBeforeStateRestoresItsTenant() throws Exception {
    generate(3);
    List<String> tenants = domains(3);
    Map<String, Set<String>> before = tenants.stream().collect(Collectors.toMap(Function.identity(), this::enabled));
    String kept = before.get(tenants.get(1)).iterator().next();
    Path desired = file("{\"default\": \"Disabled\", \"tenants\": {\"" + tenants.get(1) + "\": {\"products\": {\""
        + kept + "\": \"Enabled\"}}}}");

    TaskResult result = run(Goals.APPLY, settings(tenants).set(PropertyNames.DESIRED_STATE, desired.toString()));

    assertEquals(TaskOutcome.CHANGED, result.outcome());
    assertEquals(Set.of(), enabled(tenants.get(0)));
    assertEquals(Set.of(kept), enabled(tenants.get(1)));
    assertEquals(Set.of(), enabled(tenants.get(2)));
    assertEquals(3 + 2 + 3, emulator.admin().count("PUT", "/v1.0/policies/{policyId}/products/{productId}"));
    List<String> beforeStates = output.filesStartingWith("before-apply-");
    assertEquals(3, beforeStates.size());
    String second = beforeStates.stream().filter(name -> name.startsWith("before-apply-" + tenants.get(1) + "-"))
        .findFirst().orElseThrow();
    // The way back: that file, applied to that tenant alone, restores its values.
    Path restore = file(output.file(second).orElseThrow());
    output = new MemoryOutput();
    run(Goals.APPLY, settings(List.of()).set(PropertyNames.TENANTS, null)
        .set(PropertyNames.TENANT_ID, tenants.get(1)).set(PropertyNames.DESIRED_STATE, restore.toString()));
    assertEquals(before.get(tenants.get(1)), enabled(tenants.get(1)));
    assertEquals(Set.of(), enabled(tenants.get(0)));
  }

  @Test
  public void apply_exceptionForATenantNotInTheRun_isAWarning() throws Exception {
    generate(2);
    Path desired = file("{\"default\": \"Disabled\",\n \"tenants\": {\"fabrikam.onmicrosoft.com\": "
        + "{\"default\": \"Enabled\"}}}");

    TaskResult result = run(Goals.APPLY, settings(domains(2)).set(PropertyNames.DESIRED_STATE, desired.toString()));

    assertEquals(List.of(TestFrontEnd.maven().suggestions().exceptionsForNoTenantOfTheRun(desired + ":2:14",
        "fabrikam.onmicrosoft.com")), result.warnings());
  }

  @Test
  public void apply_exceptionUnderAGuid_findsTheTenantListedByDomain() throws Exception {
    generate(2);
    Path desired = file("{\"default\": \"Disabled\", \"tenants\": {\"" + GeneratedTenants.tenantId(2)
        + "\": {\"default\": \"Enabled\"}}}");

    TaskResult result = run(Goals.APPLY, settings(domains(2)).set(PropertyNames.DESIRED_STATE, desired.toString()));

    assertEquals(List.of(), result.warnings());
    assertEquals(Set.of(), enabled(GeneratedTenants.domain(1)));
    assertEquals(24, enabled(GeneratedTenants.domain(2)).size());
  }

  @Test
  public void apply_oneTenantRun_takesItsOwnExceptionsFromAFileForMany_andWarnsOfTheOthers() throws Exception {
    generate(2);
    Path desired = file("{\"default\": \"Disabled\", \"tenants\": {\"" + GeneratedTenants.tenantId(1)
        + "\": {\"default\": \"Enabled\"}, \"" + GeneratedTenants.domain(2) + "\": {\"default\": \"Enabled\"}}}");

    TaskResult result = run(Goals.APPLY, settings(List.of()).set(PropertyNames.TENANTS, null)
        .set(PropertyNames.TENANT_ID, GeneratedTenants.domain(1)).set(PropertyNames.DESIRED_STATE, desired.toString()));

    assertEquals("the exception under its GUID applies to the tenant named by its domain", 24,
        enabled(GeneratedTenants.domain(1)).size());
    assertEquals(3, enabled(GeneratedTenants.domain(2)).size());
    assertEquals(1, result.warnings().size());
    assertTrue(result.warnings().get(0), result.warnings().get(0).contains("the exceptions for tenant "
        + GeneratedTenants.domain(2) + " applied to no tenant of this run"));
    assertEquals("the token fetched to learn the GUID served the listing too", 1,
        emulator.admin().count("POST", TOKEN));
  }

  @Test
  public void apply_tenantWithoutConsent_failsAlone_whileTheOthersConverge() throws Exception {
    generate(3);
    List<String> tenants = domains(3);
    emulator.admin().unregisterApp(tenants.get(1), emulator.demo().clientId());
    Path desired = file("{\"default\": \"Disabled\"}");

    TaskFailure failure = failure(Goals.APPLY, settings(tenants).set(PropertyNames.DESIRED_STATE,
        desired.toString()));

    assertEquals(Set.of(), enabled(tenants.get(0)));
    assertEquals(3, enabled(tenants.get(1)).size());
    assertEquals(Set.of(), enabled(tenants.get(2)));
    List<String> lines = failure.message().lines().collect(Collectors.toList());
    assertEquals("commerce:apply did not succeed in 1 of 3 tenants (2 ok, 1 failed):", lines.get(0));
    assertTrue(lines.get(1), lines.get(1).startsWith("  FAILED tenant-00002.onmicrosoft.com: Entra ID refused a "
        + "token for client secret of app " + emulator.demo().clientId() + " in tenant tenant-00002.onmicrosoft.com"));
    assertTrue(lines.get(1), lines.get(1).contains("AADSTS700016"));
    assertTrue(lines.get(1), lines.get(1).endsWith("Nothing was changed there."));
    assertEquals("no policy request without a token", 0, emulator.admin().journal().stream()
        .filter(e -> e.route().startsWith("/v1.0/") && tenantIdOf(tenants.get(1)).equals(e.tokenTenantId())).count());
    assertEquals(2, output.filesStartingWith("before-apply-").size());
    JsonObject report = json(output.file("apply.json").orElseThrow());
    assertEquals("failed", report.getAsJsonObject("tenants").getAsJsonObject(tenants.get(1)).get("status")
        .getAsString());
    assertEquals("ok", report.getAsJsonObject("tenants").getAsJsonObject(tenants.get(0)).get("status").getAsString());
    String secret = emulator.demo().clientSecret();
    assertFalse("no secret in the log", output.log().contains(secret) || failure.message().contains(secret));
    assertTrue("no secret in a file", output.files().values().stream().noneMatch(text -> text.contains(secret)));
  }

  @Test
  public void apply_revokedRoles_fail403InThatTenantOnly_namingTheCorrelationId() throws Exception {
    generate(2);
    List<String> tenants = domains(2);
    emulator.admin().revokeAppRoles(tenants.get(0), emulator.demo().clientId());

    TaskFailure failure = failure(Goals.UPDATE_POLICY, settings(tenants).set(PropertyNames.ALL, true)
        .set(PropertyNames.VALUE, "Disabled"));

    String line = failure.message().lines().skip(1).findFirst().orElseThrow();
    assertTrue(line, line.startsWith("  FAILED tenant-00001.onmicrosoft.com: "));
    assertTrue(line, line.contains("HTTP 403") && line.contains("correlation id "));
    assertEquals(Set.of(), enabled(tenants.get(1)));
  }

  @Test
  public void apply_retriesExhaustedInOneTenant_doNotStopTheOthers() throws Exception {
    generate(3);
    List<String> tenants = domains(3);
    emulator.admin().injectFault(Fault.on("GET", "/v1.0/policies/*/products").forTenant(tenants.get(2))
        .thenStatus(503).times(5));

    TaskFailure failure = failure(Goals.UPDATE_POLICY, settings(tenants).set(PropertyNames.ALL, true)
        .set(PropertyNames.VALUE, "Disabled").set(PropertyNames.RETRIES, 1));

    assertTrue(failure.message(), failure.message().contains("  FAILED tenant-00003.onmicrosoft.com: "));
    assertTrue(failure.message(), failure.message().contains("HTTP 503"));
    assertEquals(Set.of(), enabled(tenants.get(0)));
    assertEquals(Set.of(), enabled(tenants.get(1)));
    assertEquals(3, enabled(tenants.get(2)).size());
  }

  @Test
  public void tenants_aGuidAndItsDomain_runOnce_andTheSecondIsNamedWithBothLines() throws Exception {
    generate(2);
    Path list = file("# the same tenant twice\n" + GeneratedTenants.tenantId(1) + "\n" + GeneratedTenants.domain(2)
        + "\n" + GeneratedTenants.domain(1) + "\n");

    TaskFailure failure = failure(Goals.VERIFY_POLICY, settings(List.of()).set(PropertyNames.TENANTS, "@" + list)
        .set(PropertyNames.FAIL_ON_VIOLATION, false));

    assertTrue(failure.message(), failure.message().contains("  FAILED tenant-00001.onmicrosoft.com (" + list
        + ":4): " + list + ":4: tenant-00001.onmicrosoft.com is the tenant " + GeneratedTenants.tenantId(1)
        + ", which " + list + ":2 lists already as " + GeneratedTenants.tenantId(1) + ": list each tenant once."));
    assertEquals("one listing per tenant", 2, emulator.admin().count("GET", PRODUCTS));
  }

  @Test
  public void tenants_andAnExplicitTenantId_isAnErrorSayingWhichToKeep() {
    TaskFailure failure = failure(Goals.PRODUCTS, settings(domains(2)).set(PropertyNames.TENANT_ID,
        emulator.demo().tenantId()));

    assertEquals(Kind.INVALID_SETTINGS, failure.kind());
    assertEquals(TestFrontEnd.maven().suggestions().tenantIdAndTenants("commerce.tenantId", "commerce.tenants"),
        failure.message());
    assertEquals(0, emulator.admin().journal().size());
  }

  @Test
  public void tenants_overrideTheEnvironmentsTenant_andSaySo() throws Exception {
    generate(2);

    run(Goals.PRODUCTS, settings(domains(2)).env("AZURE_TENANT_ID", emulator.demo().tenantId()));

    assertTrue(output.messages(CommerceEvent.Level.LIFECYCLE).contains(TestFrontEnd.maven().suggestions()
        .tenantsOverrideHomeTenant("commerce.tenants", emulator.demo().tenantId(), "AZURE_TENANT_ID", 2)));
    assertEquals(Set.of(GeneratedTenants.domain(1), GeneratedTenants.domain(2)), journal("POST", TOKEN).stream()
        .map(JournalEntry::pathTenant).collect(Collectors.toSet()));
  }

  @Test
  public void tenants_withAManagedIdentity_areRefusedBeforeAnyRequest() {
    TaskFailure failure = failure(Goals.PRODUCTS, settings(domains(2)).set(PropertyNames.AUTH, "managed-identity"));

    assertEquals(Kind.INVALID_SETTINGS, failure.kind());
    assertTrue(failure.message(), failure.message().startsWith("commerce.tenants signs in to each tenant it lists, "
        + "which the sign-in mode managed-identity cannot"));
  }

  @Test
  public void tenants_fileWithABadLine_failsBeforeAnyRequestNamingTheLine() throws Exception {
    Path list = file("tenant-00001.onmicrosoft.com\n\ncontoso_com  # no underscores in domains\n");

    TaskFailure failure = failure(Goals.VERIFY_POLICY, settings(List.of()).set(PropertyNames.TENANTS, "@" + list));

    assertEquals(Kind.INVALID_SETTINGS, failure.kind());
    assertTrue(failure.message(), failure.message().startsWith("commerce.tenants: " + list + ":3: 'contoso_com' is "
        + "not a tenant id"));
    assertEquals(0, emulator.admin().journal().size());
    assertEquals(List.of(), output.order());
  }

  @Test
  public void export_writesOneFilePerTenant_andTheReportsKeyedByTenant() throws Exception {
    generate(2);

    TaskResult result = run(Goals.EXPORT, settings(domains(2)));

    assertEquals(TaskOutcome.READ, result.outcome());
    for (int n = 1; n <= 2; n++) {
      String exported = output.file(GeneratedTenants.domain(n) + ".json").orElseThrow();
      Set<String> enabled = new TreeSet<>();
      json(exported).getAsJsonObject("products").entrySet().stream()
          .filter(e -> e.getValue().getAsString().equals("Enabled")).forEach(e -> enabled.add(e.getKey()));
      assertEquals(enabled(GeneratedTenants.domain(n)), enabled);
    }
    assertTrue(json(output.file("export.json").orElseThrow()).getAsJsonObject("tenants")
        .has(GeneratedTenants.domain(2)));
    assertFalse(output.file("desired-state.json").isPresent());
  }

  @Test
  public void run_sharedCap_neverHasMoreRequestsInFlightThanAllowed() throws Exception {
    generate(4);
    emulator.admin().injectFault(Fault.on(null, "/**").withLatency(java.time.Duration.ofMillis(150)));

    run(Goals.UPDATE_POLICY, settings(domains(4)).set(PropertyNames.ALL, true).set(PropertyNames.VALUE, "Disabled")
        .set(PropertyNames.TENANT_CONCURRENCY, 4).set(PropertyNames.CONCURRENCY, 4)
        .set(PropertyNames.MAX_REQUESTS, 3));

    String line = output.messages(CommerceEvent.Level.DEBUG).stream()
        .filter(m -> m.startsWith("At most ")).findFirst().orElseThrow();
    assertTrue(line, line.startsWith("At most 3 requests were in flight at once (the cap is 3); "
        + (4 * (2 + 3)) + " requests were sent"));
  }

  @Test
  public void cancel_stopsEveryTenant_startsNoOther_andEachReportSaysWhatWasSent() throws Exception {
    generate(6);
    java.time.Duration latency = java.time.Duration.ofMillis(1500);
    emulator.admin().injectFault(Fault.on("PUT", "/v1.0/policies/*/products/*").withLatency(latency));
    MapRawSettings raw = settings(domains(6)).set(PropertyNames.ALL, true).set(PropertyNames.VALUE, "Disabled")
        .set(PropertyNames.TENANT_CONCURRENCY, 2).set(PropertyNames.CONCURRENCY, 1);
    java.util.concurrent.atomic.AtomicReference<MemoryOutput.Failed> failed =
        new java.util.concurrent.atomic.AtomicReference<>();
    java.util.concurrent.atomic.AtomicBoolean flag = new java.util.concurrent.atomic.AtomicBoolean();
    Thread step = new Thread(() -> {
      try {
        run(Goals.UPDATE_POLICY, raw);
      } catch (MemoryOutput.Failed e) {
        failed.set(e);
      }
      flag.set(Thread.currentThread().isInterrupted());
    }, "step");
    step.start();
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (putsSent() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals("a PUT in flight in each of the two running tenants", 2, putsSent());
    step.interrupt();
    step.join(30_000);
    assertFalse(step.isAlive());

    assertEquals(Kind.CANCELLED, failed.get().failure().kind());
    assertTrue("the interrupt flag is set again", flag.get());
    JsonObject tenants = json(output.file("update-policy.json").orElseThrow()).getAsJsonObject("tenants");
    List<String> running = new ArrayList<>();
    List<String> notStarted = new ArrayList<>();
    for (String tenant : domains(6)) {
      JsonObject entry = tenants.getAsJsonObject(tenant);
      assertEquals(tenant, "cancelled", entry.get("status").getAsString());
      (entry.has("report") ? running : notStarted).add(tenant);
    }
    assertEquals(2, running.size());
    for (String tenant : running) {
      JsonObject summary = tenants.getAsJsonObject(tenant).getAsJsonObject("report").getAsJsonObject("summary");
      assertEquals(tenant, 1, summary.get("unknown").getAsInt());
      assertEquals(tenant, 2, summary.get("cancelled").getAsInt());
    }
    assertEquals(TestFrontEnd.maven().suggestions().tenantNotStarted(),
        tenants.getAsJsonObject(notStarted.get(0)).get("error").getAsString());
    Thread.sleep(latency.toMillis() + 300);
    // Nothing new started: no tenant but the two running ones was listed or changed.
    assertEquals(2, emulator.admin().count("GET", PRODUCTS));
    assertTrue(emulator.admin().count("PUT", "/v1.0/policies/{policyId}/products/{productId}") <= 2);
  }

  private long putsSent() {
    return output.messages(CommerceEvent.Level.DEBUG).stream().filter(m -> m.matches("\\[[^]]+\\] PUT .*")).count();
  }

  private static String tenantIdOf(String domain) {
    return GeneratedTenants.tenantId(Integer.parseInt(domain.substring("tenant-".length(), "tenant-00000".length())));
  }
}
