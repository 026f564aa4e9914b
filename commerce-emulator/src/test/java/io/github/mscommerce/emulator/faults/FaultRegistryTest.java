package io.github.mscommerce.emulator.faults;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.emulator.Fault;
import io.github.mscommerce.emulator.RandomFaults;
import java.time.Duration;
import org.junit.Test;

public class FaultRegistryTest {

  private static final String PATH = "/v1.0/policies/p/products";

  private final FaultRegistry registry = new FaultRegistry();

  @Test
  public void decide_consumesStepsInOrderThenRemovesTheFault() {
    registry.install(Fault.on("GET", "/v1.0/**").thenStatus(429).thenStatus(503));

    assertEquals(429, registry.decide("GET", PATH, null).step().status());
    assertEquals(503, registry.decide("GET", PATH, null).step().status());
    assertNull(registry.decide("GET", PATH, null).step());
    assertTrue(registry.installed().isEmpty());
  }

  @Test
  public void decide_firstFaultWithStepsWinsTheLaterWaits() {
    registry.install(Fault.on(null, "/v1.0/**").thenStatus(500));
    registry.install(Fault.on(null, "/v1.0/**").thenStatus(502));

    assertEquals(500, registry.decide("GET", PATH, null).step().status());
    assertEquals(502, registry.decide("GET", PATH, null).step().status());
  }

  @Test
  public void decide_latencyOnlyFaultStaysAndLatenciesAdd() {
    registry.install(Fault.on(null, "/v1.0/**").withLatency(Duration.ofMillis(100)));
    registry.install(Fault.on(null, "/v1.0/**").withLatency(Duration.ofMillis(50)).thenDrop());

    assertEquals(Duration.ofMillis(150), registry.decide("GET", PATH, null).latency());
    assertEquals(Duration.ofMillis(100), registry.decide("GET", PATH, null).latency());
    assertEquals(Duration.ofMillis(100), registry.decide("GET", PATH, null).latency());
    assertEquals(1, registry.installed().size());
  }

  @Test
  public void decide_methodAndTenantMustMatch() {
    registry.install(Fault.on("PUT", "/v1.0/**").forTenant("tenant-a").thenStatus(503));

    assertNull(registry.decide("GET", PATH, "tenant-a").step());
    assertNull(registry.decide("PUT", PATH, "tenant-b").step());
    assertNull(registry.decide("PUT", PATH, null).step());
    assertEquals(503, registry.decide("put", PATH, "TENANT-A").step().status());
  }

  @Test
  public void install_faultThatDoesNothing_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> registry.install(Fault.on(null, "/x")));
  }

  @Test
  public void clear_removesEverything() {
    registry.install(Fault.on(null, "/**").thenStatus(503));

    registry.clear();

    assertNull(registry.decide("GET", PATH, null).step());
  }

  @Test
  public void random_countsAttemptsPerItemAndTenant() {
    registry.installRandom(RandomFaults.seeded(1, 0));

    assertEquals(1, registry.decide("GET", PATH, "t1").attempt());
    assertEquals(2, registry.decide("GET", PATH, "t1").attempt());
    assertEquals(1, registry.decide("GET", PATH, "t2").attempt());
    assertEquals(1, registry.decide("PUT", PATH, "t1").attempt());
  }

  @Test
  public void random_stepIsTheOneThePureFunctionNames() {
    RandomFaults faults = RandomFaults.seeded(9, 0.5);
    registry.installRandom(faults);
    registry.startRandomRun(4);

    for (int attempt = 1; attempt <= 30; attempt++) {
      Fault.Step expected = faults.kindFor(4, RandomFaults.item("GET", PATH, "t"), attempt).map(faults::step)
          .orElse(null);
      assertEquals("attempt " + attempt, expected, registry.decide("GET", PATH, "t").step());
    }
  }

  @Test
  public void random_startRunCountsAttemptsFromOneAgain() {
    registry.installRandom(RandomFaults.seeded(1, 0));
    registry.decide("GET", PATH, null);
    registry.decide("GET", PATH, null);

    registry.startRandomRun(2);

    assertEquals(1, registry.decide("GET", PATH, null).attempt());
  }

  @Test
  public void random_outsideItsScopeCountsNoAttempt() {
    registry.installRandom(RandomFaults.seeded(1, 1).on("PUT", "/v1.0/**").forTenant("t1"));

    assertEquals(0, registry.decide("GET", PATH, "t1").attempt());
    assertEquals(0, registry.decide("PUT", PATH, "t2").attempt());
    assertNull(registry.decide("PUT", "/other", "t1").step());
    assertEquals(1, registry.decide("PUT", PATH, "T1").attempt());
  }

  @Test
  public void random_aScriptedStepWinsButTheAttemptCounts() {
    registry.installRandom(RandomFaults.seeded(1, 1).kinds(RandomFaults.Kind.DROP));
    registry.install(Fault.on(null, "/v1.0/**").thenStatus(418));

    FaultRegistry.Decision first = registry.decide("GET", PATH, null);
    FaultRegistry.Decision second = registry.decide("GET", PATH, null);

    assertEquals(418, first.step().status());
    assertEquals(1, first.attempt());
    assertEquals(Fault.StepKind.DROP, second.step().kind());
    assertEquals(2, second.attempt());
  }

  @Test
  public void random_clearTurnsThemOff_andARunNeedsThemInstalled() {
    registry.installRandom(RandomFaults.seeded(1, 1));

    registry.clear();

    assertNull(registry.decide("GET", PATH, null).step());
    assertTrue(registry.randomFaults().isEmpty());
    assertThrows(IllegalStateException.class, () -> registry.startRandomRun(1));
  }
}
