package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.Test;

public class FaultTest {

  @Test
  public void then_returnsANewFaultAndLeavesTheOriginalUnchanged() {
    Fault base = Fault.on("get", "/v1.0/**");

    Fault withSteps = base.thenStatus(429, "1").thenDrop().thenMalformed().thenPass();

    assertTrue(base.steps().isEmpty());
    assertEquals(List.of(Fault.StepKind.STATUS, Fault.StepKind.DROP, Fault.StepKind.MALFORMED, Fault.StepKind.PASS),
        withSteps.steps().stream().map(Fault.Step::kind).toList());
    assertEquals("1", withSteps.steps().get(0).retryAfter());
    assertEquals("GET", withSteps.method());
  }

  @Test
  public void on_nullOrBlankMethod_matchesAnyMethod() {
    assertNull(Fault.on(null, "/x").method());
    assertNull(Fault.on(" ", "/x").method());
  }

  @Test
  public void on_globWithoutLeadingSlash_isRejected() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Fault.on("GET", "v1.0/**"));

    assertTrue(error.getMessage().contains("must start with '/'"));
  }

  @Test
  public void on_globWithQuery_isRejectedBecauseQueriesAreIgnored() {
    assertThrows(IllegalArgumentException.class, () -> Fault.on("GET", "/v1.0/policies/x/products?scope=product"));
  }

  @Test
  public void thenStatus_outsideHttpRange_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> Fault.on(null, "/x").thenStatus(99));
    assertThrows(IllegalArgumentException.class, () -> Fault.on(null, "/x").thenStatus(600));
  }

  @Test
  public void withLatency_negative_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> Fault.on(null, "/x").withLatency(Duration.ofMillis(-1)));
  }

  @Test
  public void forTenant_keepsStepsAndLatency() {
    Fault fault = Fault.on(null, "/x").thenStatus(503).withLatency(Duration.ofMillis(5)).forTenant("t1");

    assertEquals("t1", fault.tenantId());
    assertEquals(1, fault.steps().size());
    assertEquals(Duration.ofMillis(5), fault.latency());
    assertEquals("Fault[* /x tenant=t1, steps=[503], latency=5ms]", fault.toString());
  }
}
