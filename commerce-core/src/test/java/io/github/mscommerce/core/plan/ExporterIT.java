package io.github.mscommerce.core.plan;

import static io.github.mscommerce.core.PolicyValue.DISABLED;
import static io.github.mscommerce.core.PolicyValue.ENABLED;
import static io.github.mscommerce.core.PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD;
import static io.github.mscommerce.core.testing.TestItems.COPILOT;
import static io.github.mscommerce.core.testing.TestItems.VISIO_PLAN_1;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.OfferTypePolicy;
import io.github.mscommerce.core.ProductPolicy;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.plan.ItemOutcome.Status;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.core.testing.RecordingEvents;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** Export against the emulator: every item explicit, and applying the export later puts the values back. */
public class ExporterIT {

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
  public void export_productsOnly_listsEveryProductExplicitlyFromOneRequest() {
    SharedEmulator.admin().setProductValue(SharedEmulator.tenantId(), COPILOT, "Disabled");

    DesiredState exported = Exporter.export(client, false);

    assertEquals(1, SharedEmulator.admin().count("GET", LIST));
    assertEquals(Optional.empty(), exported.defaultValue());
    assertEquals(client.productPolicies().stream().map(ProductPolicy::id).collect(Collectors.toList()),
        List.copyOf(exported.products().keySet()));
    assertEquals(DISABLED, exported.products().get(COPILOT));
    assertTrue(exported.offerTypes().isEmpty());
  }

  @Test
  public void export_withOfferTypes_addsThemFromASecondRequest() {
    DesiredState exported = Exporter.export(client, true);

    assertEquals(2, SharedEmulator.admin().count("GET", LIST));
    assertEquals(client.offerTypePolicies().stream().map(OfferTypePolicy::id).collect(Collectors.toList()),
        List.copyOf(exported.offerTypes().keySet()));
  }

  @Test
  public void export_writtenThenAppliedAfterChanges_restoresTheExportedValues() {
    SharedEmulator.admin().setProductValue(SharedEmulator.tenantId(), VISIO_PLAN_1, "OnlyTrialsWithoutPaymentMethod");
    SharedEmulator.admin().setOfferTypeValue(SharedEmulator.tenantId(), "SaaS", "Disabled");
    String file = DesiredStateJson.write(Exporter.export(client, true));
    new Applier(events).apply(client, Planner.plan(client,
        new DesiredState(null, Optional.of(DISABLED), Map.of(), Map.of("SaaS", ENABLED))));
    assertEquals("Enabled", SharedEmulator.admin().offerTypeValue(SharedEmulator.tenantId(), "SaaS"));

    ApplyResult restore = new Applier(events).apply(client, Planner.plan(client,
        DesiredStateJson.parse(file, "export.json")));

    assertTrue(restore.succeeded());
    assertEquals(ONLY_TRIALS_WITHOUT_PAYMENT_METHOD.wireValue(),
        SharedEmulator.admin().productValue(SharedEmulator.tenantId(), VISIO_PLAN_1));
    assertEquals("Enabled", SharedEmulator.admin().productValue(SharedEmulator.tenantId(), COPILOT));
    assertEquals("Disabled", SharedEmulator.admin().offerTypeValue(SharedEmulator.tenantId(), "SaaS"));
    assertEquals(DesiredStateJson.parse(file, "export.json"), Exporter.export(client, true));
    assertTrue(restore.count(Status.CHANGED) > 0);
  }
}
