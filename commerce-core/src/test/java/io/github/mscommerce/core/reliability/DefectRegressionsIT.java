package io.github.mscommerce.core.reliability;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.frontend.Goals;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.TaskFailure;
import io.github.mscommerce.core.frontend.TaskFailure.Kind;
import io.github.mscommerce.core.frontend.TaskResult;
import io.github.mscommerce.core.frontend.TaskRunner;
import io.github.mscommerce.core.testing.DemoSettings;
import io.github.mscommerce.core.testing.MemoryOutput;
import io.github.mscommerce.core.testing.RecordingTime;
import io.github.mscommerce.core.testing.ReportRows;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.core.testing.TestFrontEnd;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Fault;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;

/**
 * Defects found by trying the tools as an adversarial user would, each as the user meets it; every test here failed on
 * the code before its fix. More are guarded by rows of {@link FaultMatrixIT} (a token expiring mid-run, a Retry-After
 * years ahead, a 200 naming another value) and cases of {@link BadInputCorpusIT} (user info in an endpoint, an expired
 * or foreign access token, an expired certificate, an unknown id naming its setting, an export output naming
 * {@code commerce.output}).
 */
public class DefectRegressionsIT {

  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final String PRO = "CFQ7TTC0H9MP";

  private static TaskFailure failure(String goal, io.github.mscommerce.core.testing.MapRawSettings settings,
      MemoryOutput output) {
    return assertThrows(MemoryOutput.Failed.class, () -> new TaskRunner(TestFrontEnd.maven()).run(goal, settings,
        output)).failure();
  }

  /** Was: "2 violations in 1 product" — the Enabled product broke both rules and was counted once per rule. */
  @Test
  public void gate_forbidAndAllow_countEachOffendingProductOnce() {
    CommerceEmulator emulator = SharedEmulator.fresh();
    String tenant = emulator.demo().tenantId();
    emulator.admin().tenant(tenant).productValues().keySet()
        .forEach(id -> emulator.admin().setProductValue(tenant, id, "Disabled"));
    emulator.admin().setProductValue(tenant, "CFQ7TTC0MM8R", "Enabled");
    MemoryOutput output = new MemoryOutput();
    TaskFailure failure = failure(Goals.VERIFY_POLICY, DemoSettings.of(emulator).set(PropertyNames.FORBID, "Enabled")
        .set(PropertyNames.ALLOW, "Disabled"), output);
    assertEquals(Kind.NOT_MET, failure.kind());
    assertTrue(failure.message(), failure.message().startsWith("Policy gate failed: 1 violation in 24 products "
        + "checked against 2 rules:"));
    assertTrue(output.file("TEST-commerce-verify-policy.xml").orElseThrow().contains("failures=\"1\""));
  }

  /**
   * Was: "not set to Disabled" and {@code failed}, although the service had applied it: the PUT's answer came after the
   * timeout, and a timeout was not retried.
   */
  @Test
  public void aPutThatTimedOutAfterTheServiceAppliedIt_isReportedChanged() throws Exception {
    CommerceEmulator emulator = SharedEmulator.fresh();
    emulator.admin().injectFault(Fault.on("PUT", "/v1.0/policies/*/products/" + PRO).thenSlow(Duration.ofSeconds(3)));
    MemoryOutput output = new MemoryOutput();
    TaskResult result = new TaskRunner(TestFrontEnd.maven().withTime(new RecordingTime(), Clock.systemUTC()))
        .run(Goals.UPDATE_POLICY, DemoSettings.of(emulator).set(PropertyNames.PRODUCT_IDS, PRO)
            .set(PropertyNames.VALUE, "Disabled").set(PropertyNames.TIMEOUT, 1), output);
    assertEquals("changed", ReportRows.of(output.file("update-policy.json").orElseThrow()).get(0).result());
    assertEquals("Disabled", emulator.admin().productValue(emulator.demo().tenantId(), PRO));
    assertFalse(result.failed());
  }

  /**
   * Was: {@code failed} for a PUT whose 200 answer was cut in half, although the service had applied it; now the item
   * is read back once and reported as the service holds it.
   */
  @Test
  public void aPutWithAMalformedAnswer_isReadBackAndReportedAsTheServiceHoldsIt() throws Exception {
    CommerceEmulator emulator = SharedEmulator.fresh();
    emulator.admin().injectFault(Fault.on("PUT", "/v1.0/policies/*/products/" + PRO).thenMalformed());
    MemoryOutput output = new MemoryOutput();
    new TaskRunner(TestFrontEnd.maven()).run(Goals.UPDATE_POLICY, DemoSettings.of(emulator)
        .set(PropertyNames.PRODUCT_IDS, PRO).set(PropertyNames.VALUE, "Disabled"), output);
    assertEquals("changed", ReportRows.of(output.file("update-policy.json").orElseThrow()).get(0).result());
    assertEquals(1, emulator.admin().count("GET", "/v1.0/policies/{policyId}/products/{productId}"));
    assertTrue(output.log(), output.messages(CommerceEvent.Level.LIFECYCLE).stream().anyMatch(line -> line.equals(
        PRO + " Power BI Pro: Enabled → Disabled, confirmed by reading it back (Setting product '" + PRO + "' to "
            + "Disabled got no readable answer (HTTP 200 with the answer is not valid JSON); the service may or may "
            + "not have applied it.)")));
  }

  /** Was: a message ending in "(ConnectException)", a Java class name where the reason belonged. */
  @Test
  public void anEndpointThatRefusesConnections_isExplainedInWords() throws Exception {
    CommerceEmulator emulator = SharedEmulator.fresh();
    int closed;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = free.getLocalPort();
    }
    TaskFailure failure = failure(Goals.PRODUCTS, DemoSettings.of(emulator).set(PropertyNames.ENDPOINT,
        "https://127.0.0.1:" + closed), new MemoryOutput());
    assertEquals(Kind.SERVICE, failure.kind());
    assertTrue(failure.message(), failure.message().startsWith("Could not connect to 127.0.0.1:" + closed + " ("));
    assertFalse(failure.message(), failure.message().matches("(?s).*[A-Z][a-zA-Z]*Exception.*"));
    assertEquals(List.of(), emulator.admin().journal().stream().filter(e -> e.path().startsWith("/v1")).toList());
  }
}
