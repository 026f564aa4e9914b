package io.github.mscommerce.emulator.faults;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.emulator.Fault;
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
}
