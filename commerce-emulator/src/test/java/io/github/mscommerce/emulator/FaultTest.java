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

  @Test
  public void newKinds_carryTheirStatusLocationAndDelay() {
    Fault fault = Fault.on("PUT", "/v1.0/**").thenDropAfterApply().thenTruncated().thenHtml(502).thenEmpty()
        .thenWrongValue().thenRedirect(307, "https://other.invalid/x").thenSlow(Duration.ofSeconds(3));

    assertEquals(List.of(Fault.StepKind.DROP_AFTER_APPLY, Fault.StepKind.TRUNCATED, Fault.StepKind.HTML,
        Fault.StepKind.EMPTY, Fault.StepKind.WRONG_VALUE, Fault.StepKind.REDIRECT, Fault.StepKind.SLOW),
        fault.steps().stream().map(Fault.Step::kind).toList());
    assertEquals(502, fault.steps().get(2).status());
    assertEquals("https://other.invalid/x", fault.steps().get(5).location());
    assertEquals(Duration.ofSeconds(3), fault.steps().get(6).delay());
  }

  @Test
  public void label_namesStatusesAndKindsAsTheJournalCountsThem() {
    Fault fault = Fault.on(null, "/x").thenStatus(503).thenHtml(502).thenRedirect(302, "https://other.invalid/")
        .thenDropAfterApply().thenSlow(Duration.ofMillis(1)).thenWrongValue();

    assertEquals(List.of("status-503", "html-502", "redirect-302", "drop-after-apply", "slow", "wrong-value"),
        fault.steps().stream().map(Fault.Step::label).toList());
  }

  @Test
  public void times_repeatsTheLastStepOnly() {
    Fault fault = Fault.on(null, "/x").thenDrop().thenStatus(503).times(3);

    assertEquals(List.of("drop", "status-503", "status-503", "status-503"),
        fault.steps().stream().map(Fault.Step::label).toList());
  }

  @Test
  public void times_withoutAStepOrBelowOne_isRejected() {
    assertThrows(IllegalStateException.class, () -> Fault.on(null, "/x").times(2));
    assertThrows(IllegalArgumentException.class, () -> Fault.on(null, "/x").thenDrop().times(0));
  }

  @Test
  public void redirect_needsARedirectStatusAndALocation() {
    assertThrows(IllegalArgumentException.class, () -> Fault.on(null, "/x").thenRedirect(200, "https://a.invalid/"));
    assertThrows(IllegalArgumentException.class, () -> Fault.on(null, "/x").thenRedirect(307, " "));
  }

  @Test
  public void slowAndHtml_rejectValuesThatCannotWork() {
    assertThrows(IllegalArgumentException.class, () -> Fault.on(null, "/x").thenSlow(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> Fault.on(null, "/x").thenHtml(99));
  }

  @Test
  public void oldStepConstructor_stillMakesAStepWithoutLocationOrDelay() {
    Fault.Step step = new Fault.Step(Fault.StepKind.STATUS, 429, "2");

    assertEquals("429 Retry-After 2", step.toString());
    assertNull(step.location());
    assertNull(step.delay());
  }
}
