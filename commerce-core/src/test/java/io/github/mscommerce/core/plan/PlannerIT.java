package io.github.mscommerce.core.plan;

import static io.github.mscommerce.core.PolicyValue.DISABLED;
import static io.github.mscommerce.core.testing.TestItems.POWER_APPS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.plan.ItemOutcome.Status;
import io.github.mscommerce.core.plan.PlanItem.Action;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.core.testing.RecordingEvents;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** Planning against the emulator: what it reads, and how a default catches products released later. */
public class PlannerIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final String LIST = "/v1.0/policies/{policyId}/products";

  private final RecordingEvents events = new RecordingEvents();
  private CommerceClient client;

  @Before
  public void reset() {
    SharedEmulator.fresh();
    client = SharedEmulator.readWriteClient(events);
  }

  @Test
  public void plan_productsOnly_readsTheProductListOnce() {
    Planner.plan(client, DesiredStateJson.parse("{\"default\": \"Disabled\"}", "desired.json"));

    assertEquals(1, SharedEmulator.admin().count("GET", LIST));
    assertEquals(0, SharedEmulator.admin().count("PUT", LIST + "/{productId}"));
  }

  @Test
  public void plan_withOfferTypes_readsTheOfferTypeListToo() {
    Plan plan = Planner.plan(client,
        DesiredStateJson.parse("{\"default\": \"Disabled\", \"offerTypes\": {\"saas\": \"Disabled\"}}", "d.json"));

    assertEquals("products, then scope=OfferType", 2, SharedEmulator.admin().count("GET", LIST));
    assertEquals("SaaS", plan.items().get(plan.items().size() - 1).id());
  }

  @Test
  public void plan_onlyOfferTypes_doesNotReadTheProducts() {
    Plan plan = Planner.plan(client, DesiredStateJson.parse("{\"offerTypes\": {\"SaaS\": \"Disabled\"}}", "d.json"));

    assertEquals(1, SharedEmulator.admin().count("GET", LIST));
    assertEquals(1, plan.items().size());
  }

  @Test
  public void plan_productReleasedAfterTheDocumentWasWritten_isCaughtByTheDefault() {
    DesiredState written = DesiredStateJson.parse(
        "{\"default\": \"Disabled\", \"products\": {\"" + POWER_APPS + "\": \"Enabled\"}}", "desired.json");
    SharedEmulator.admin().releaseProduct("CFQ7TTC0ZZ01", "A product released later");

    Plan plan = Planner.plan(client, written);
    ApplyResult result = new Applier(events).apply(client, plan);

    PlanItem released = plan.items().stream().filter(item -> item.id().equals("CFQ7TTC0ZZ01")).findFirst()
        .orElseThrow();
    assertEquals(Action.CHANGE, released.action());
    assertEquals(DISABLED, released.desired());
    assertEquals(0, result.count(Status.FAILED));
    assertEquals("Disabled", SharedEmulator.admin().productValue(SharedEmulator.tenantId(), "CFQ7TTC0ZZ01"));
    assertEquals("Enabled", SharedEmulator.admin().productValue(SharedEmulator.tenantId(), POWER_APPS));
  }

  @Test
  public void plan_desiredStateForAnotherPolicy_throwsBeforeAnyRequest() {
    DesiredState other = new DesiredState("SomeOtherPolicy", Optional.of(DISABLED), Map.of(), Map.of());

    assertThrows(InvalidSettingsException.class, () -> Planner.plan(client, other));
    assertEquals(0, SharedEmulator.admin().journal().size());
  }
}
