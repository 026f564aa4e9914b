package io.github.mscommerce.core.plan;

import static io.github.mscommerce.core.PolicyValue.DISABLED;
import static io.github.mscommerce.core.PolicyValue.ENABLED;
import static io.github.mscommerce.core.PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD;
import static io.github.mscommerce.core.testing.TestItems.COPILOT;
import static io.github.mscommerce.core.testing.TestItems.POWER_APPS;
import static io.github.mscommerce.core.testing.TestItems.POWER_BI_PRO;
import static io.github.mscommerce.core.testing.TestItems.VISIO_PLAN_1;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.CommerceEvent.Level;
import io.github.mscommerce.core.PermissionDeniedException;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.ProductPolicy;
import io.github.mscommerce.core.ServiceException;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.plan.ItemOutcome.Status;
import io.github.mscommerce.core.plan.PlanItem.Action;
import io.github.mscommerce.core.report.ReportFile;
import io.github.mscommerce.core.report.ReportFiles;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.core.testing.RecordingEvents;
import io.github.mscommerce.emulator.Fault;
import io.github.mscommerce.emulator.JournalEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** Apply against the emulator: what crosses the wire, what survives a failure, and what restores the tenant. */
public class ApplierIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final String LIST = "/v1.0/policies/{policyId}/products";
  private static final String PUT_PRODUCT = "/v1.0/policies/{policyId}/products/{productId}";
  private static final String TOKEN = "/{tenant}/oauth2/v2.0/token";

  private final RecordingEvents events = new RecordingEvents();
  private CommerceClient client;

  @Before
  public void reset() {
    SharedEmulator.fresh();
    client = SharedEmulator.readWriteClient(events);
  }

  @Test
  public void apply_nothingDiffers_sendsNoPutAndOnlyTheList() {
    Plan plan = Planner.plan(client, desired(Optional.of(ENABLED), Map.of()));

    ApplyResult result = new Applier(events).apply(client, plan);

    assertEquals(plan.items().size(), result.count(Status.UNCHANGED));
    assertEquals(0, SharedEmulator.admin().count("PUT", PUT_PRODUCT));
    assertEquals(1, SharedEmulator.admin().count("GET", LIST));
    assertEquals(List.of(), events.messages(Level.LIFECYCLE));
  }

  @Test
  public void apply_kOfNProductsDiffer_sendsExactlyKPutsAndTwoMoreRequestsWithAColdCache() {
    Map<String, PolicyValue> products = new LinkedHashMap<>();
    products.put(POWER_APPS, DISABLED);
    products.put(POWER_BI_PRO, ONLY_TRIALS_WITHOUT_PAYMENT_METHOD);
    products.put(COPILOT, DISABLED);
    Plan plan = Planner.plan(client, desired(Optional.of(ENABLED), products));

    ApplyResult result = new Applier(events).apply(client, plan);

    assertEquals(3, result.count(Status.CHANGED));
    assertEquals(plan.items().size() - 3, result.count(Status.UNCHANGED));
    assertEquals(3, SharedEmulator.admin().count("PUT", PUT_PRODUCT));
    assertEquals("token + list + k PUTs", 2 + 3, SharedEmulator.admin().journal().size());
    assertEquals(1, SharedEmulator.admin().count("POST", TOKEN));
    assertEquals("Disabled", SharedEmulator.admin().productValue(SharedEmulator.tenantId(), COPILOT));
    assertEquals("OnlyTrialsWithoutPaymentMethod",
        SharedEmulator.admin().productValue(SharedEmulator.tenantId(), POWER_BI_PRO));
    List<String> expectedLines = plan.itemsWith(Action.CHANGE).stream()
        .map(item -> item.label() + ": Enabled → " + item.desired()).sorted().collect(Collectors.toList());
    assertEquals(expectedLines, events.messages(Level.LIFECYCLE).stream().sorted().collect(Collectors.toList()));
  }

  @Test
  public void apply_failedItem_doesNotStopTheOthers() {
    SharedEmulator.admin().injectFault(Fault.on("PUT", "/v1.0/policies/*/products/" + POWER_BI_PRO).thenStatus(500));
    Plan plan = Planner.plan(client, desired(Optional.of(DISABLED), Map.of()));

    ApplyResult result = new Applier(events).apply(client, plan);

    ItemOutcome failed = outcomeOf(result, POWER_BI_PRO);
    assertEquals(Status.FAILED, failed.status());
    assertTrue(failed.failure().orElseThrow() instanceof ServiceException);
    assertEquals(500, failed.failure().orElseThrow().status().getAsInt());
    assertEquals(plan.items().size() - 1, result.count(Status.CHANGED));
    assertFalse(result.succeeded());
    assertEquals("Enabled", SharedEmulator.admin().productValue(SharedEmulator.tenantId(), POWER_BI_PRO));
    assertEquals("Disabled", SharedEmulator.admin().productValue(SharedEmulator.tenantId(), COPILOT));
    assertEquals(plan.items().size(), SharedEmulator.admin().count("PUT", PUT_PRODUCT));
    List<String> warnings = events.messages(Level.WARN);
    assertEquals(1, warnings.size());
    assertThat(warnings.get(0), startsWith(failed.item().label() + ": not set to Disabled: "));
  }

  @Test
  public void apply_permissionDenied_stopsSubmittingSinceEveryItemWouldFailAlike() {
    CommerceClient readOnly = SharedEmulator.readOnlyClient(events);
    Plan plan = Planner.plan(readOnly, desired(Optional.of(DISABLED), Map.of()));

    ApplyResult result = new Applier(events).apply(readOnly, plan, 1);

    assertEquals(1, result.count(Status.FAILED));
    assertTrue(
        result.outcomesWith(Status.FAILED).get(0).failure().orElseThrow() instanceof PermissionDeniedException);
    assertEquals(plan.items().size() - 1, result.count(Status.NOT_ATTEMPTED));
    assertEquals(1, SharedEmulator.admin().count("PUT", PUT_PRODUCT));
    assertEquals("Stopped after HTTP 403: every further request would fail alike. " + (plan.items().size() - 1)
        + " changes were not attempted.", events.messages(Level.WARN).get(1));
  }

  @Test
  public void apply_beforeState_restoresTheOriginalValues() {
    SharedEmulator.admin().setProductValue(SharedEmulator.tenantId(), COPILOT, "Disabled");
    SharedEmulator.admin().setProductValue(SharedEmulator.tenantId(), VISIO_PLAN_1, "OnlyTrialsWithoutPaymentMethod");
    Map<String, String> original = values(client.productPolicies());
    ApplyResult run = new Applier(events).apply(client, Planner.plan(client, desired(Optional.of(DISABLED),
        Map.of(POWER_APPS, ENABLED))));
    ReportFile beforeFile = ReportFiles.beforeState("before-apply.json", run.beforeState());

    DesiredState before = DesiredStateJson.parse(beforeFile.content(), beforeFile.name());
    ApplyResult restore = new Applier(events).apply(client, Planner.plan(client, before));

    assertTrue(restore.succeeded());
    assertEquals(run.count(Status.CHANGED), restore.count(Status.CHANGED));
    for (Map.Entry<String, String> value : original.entrySet()) {
      assertEquals(value.getKey(), value.getValue(), SharedEmulator.admin().productValue(SharedEmulator.tenantId(),
          value.getKey()));
    }
  }

  @Test
  public void apply_sixteenChangesAtConcurrencyEight_keepEightInFlightAndNeverNine() {
    Duration latency = Duration.ofMillis(500);
    SharedEmulator.admin().injectFault(Fault.on("PUT", "/v1.0/policies/*/products/*").withLatency(latency));
    List<ProductPolicy> sixteen = client.productPolicies().subList(0, 16);
    Plan plan = Planner.plan(sixteen, DISABLED);

    ApplyResult result = new Applier(events).apply(client, plan, 8);

    assertEquals(16, result.count(Status.CHANGED));
    assertEquals("requests in flight at once, seen by the client", 8, maxInFlight());
    // Server side: each PUT spent at least `latency` in the emulator, so if the (i+8)th completion came less than
    // `latency` after the i-th, nine requests were in flight together.
    List<Instant> completions = SharedEmulator.admin().journal().stream().filter(entry -> entry.method().equals("PUT"))
        .map(JournalEntry::time).sorted().collect(Collectors.toList());
    assertEquals(16, completions.size());
    for (int i = 0; i + 8 < completions.size(); i++) {
      Duration gap = Duration.between(completions.get(i), completions.get(i + 8));
      assertTrue("completions " + i + " and " + (i + 8) + " only " + gap + " apart",
          gap.compareTo(latency.minusMillis(5)) >= 0);
    }
  }

  /** Each PUT starts with the transport's DEBUG line and ends with the applier's LIFECYCLE or WARN line. */
  private int maxInFlight() {
    int inFlight = 0;
    int max = 0;
    for (var event : events.all()) {
      if (event.level() == Level.DEBUG && event.message().startsWith("PUT ")) {
        max = Math.max(max, ++inFlight);
      } else if (event.level() == Level.LIFECYCLE || event.level() == Level.WARN) {
        inFlight--;
      }
    }
    return max;
  }

  private static DesiredState desired(Optional<PolicyValue> defaultValue, Map<String, PolicyValue> products) {
    return new DesiredState(null, defaultValue, products, Map.of());
  }

  private static ItemOutcome outcomeOf(ApplyResult result, String id) {
    return result.outcomes().stream().filter(outcome -> outcome.item().id().equals(id)).findFirst().orElseThrow();
  }

  private static Map<String, String> values(List<ProductPolicy> products) {
    Map<String, String> values = new LinkedHashMap<>();
    products.forEach(product -> values.put(product.id(), product.policyValue().wireValue()));
    return values;
  }
}
