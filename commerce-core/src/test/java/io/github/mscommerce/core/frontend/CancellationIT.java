package io.github.mscommerce.core.frontend;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.frontend.TaskFailure.Kind;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.MapRawSettings;
import io.github.mscommerce.core.testing.MemoryOutput;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.core.testing.TestFrontEnd;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Fault;
import io.github.mscommerce.emulator.JournalEntry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * The cancellation contract, against the emulator with latency, interrupting the thread that runs the task as a Jenkins
 * abort does: nothing new starts, queued items are cancelled, items in flight are "sent, outcome unknown" and never read
 * back, the before-state exists from before the first PUT, the report is still written, and the thread's interrupt flag
 * is set again afterwards.
 */
public class CancellationIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final Duration PUT_LATENCY = Duration.ofMillis(1500);
  private static final String PRODUCT_PUT = "/v1.0/policies/{policyId}/products/{productId}";

  private CommerceEmulator emulator;

  @Before
  public void reset() {
    emulator = SharedEmulator.fresh();
  }

  @After
  public void waitForAbandonedRequests() throws InterruptedException {
    // The emulator finishes what it was sent; let it, so no late request lands in the next test's journal.
    Thread.sleep(PUT_LATENCY.toMillis() + 200);
  }

  private MapRawSettings settings() {
    return new MapRawSettings()
        .set(PropertyNames.ENDPOINT, emulator.baseUrl().toString())
        .set(PropertyNames.AUTHORITY_HOST, emulator.baseUrl().toString())
        .set(PropertyNames.TRUST_CERTIFICATE, SharedEmulator.certificatePem().toString())
        .set(PropertyNames.TENANT_ID, emulator.demo().tenantId())
        .set(PropertyNames.CLIENT_ID, emulator.demo().clientId())
        .set(PropertyNames.CLIENT_SECRET, emulator.demo().clientSecret())
        .set(PropertyNames.CONCURRENCY, 2);
  }

  /** What the run thread saw: its failure, and whether its interrupt flag was set when the runner returned. */
  private record Outcome(MemoryOutput.Failed failed, boolean interruptFlag) {}

  /** Runs the goal on a thread of its own, interrupts it once {@code sentPuts} PUTs are in flight, and waits. */
  private Outcome runAndInterrupt(String goal, MapRawSettings raw, MemoryOutput output, int sentPuts)
      throws InterruptedException {
    AtomicReference<Outcome> outcome = new AtomicReference<>();
    Thread run = new Thread(() -> {
      try {
        new TaskRunner(TestFrontEnd.pipeline()).run(goal, raw, output);
        outcome.set(new Outcome(null, Thread.currentThread().isInterrupted()));
      } catch (MemoryOutput.Failed e) {
        outcome.set(new Outcome(e, Thread.currentThread().isInterrupted()));
      }
    }, "step");
    run.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (putsSent(output) < sentPuts && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals("PUTs in flight before the abort", sentPuts, putsSent(output));
    run.interrupt();
    run.join(Duration.ofSeconds(20).toMillis());
    assertTrue("the run ended after the interrupt", !run.isAlive());
    return outcome.get();
  }

  /** Requests the client started, from its DEBUG events (the emulator journals a request only once answered). */
  private static long putsSent(MemoryOutput output) {
    return output.messages(CommerceEvent.Level.DEBUG).stream().filter(m -> m.startsWith("PUT ")).count();
  }

  @Test
  public void interruptMidApply_cancelsTheQueueAndReportsInFlightItemsAsUnknown() throws Exception {
    emulator.admin().injectFault(Fault.on("PUT", "/v1.0/policies/*/products/*").withLatency(PUT_LATENCY));
    long[] putsWhenBeforeStateWritten = {-1};
    MemoryOutput output = new MemoryOutput();
    output.onCreate(() -> putsWhenBeforeStateWritten[0] = putsSent(output));

    Outcome outcome = runAndInterrupt(Goals.UPDATE_POLICY, settings().set(PropertyNames.ALL, true)
        .set(PropertyNames.VALUE, "Disabled"), output, 2);

    assertEquals(Kind.CANCELLED, outcome.failed().failure().kind());
    assertTrue("interrupt flag restored", outcome.interruptFlag());
    assertEquals("before-state written before the first PUT", 0, putsWhenBeforeStateWritten[0]);
    assertEquals(1, output.filesStartingWith("before-update-policy-").size());
    // The report says what was and was not sent, item by item.
    String report = output.file("update-policy.json").orElseThrow();
    assertTrue(report, report.contains("\"cancelled\": 22"));
    assertTrue(report, report.contains("\"unknown\": 2"));
    List<String> order = output.order();
    assertTrue(order.toString(), order.indexOf("write update-policy.json") > order.indexOf("create "
        + output.filesStartingWith("before-").get(0)));
    assertTrue(output.log(), output.messages(CommerceEvent.Level.WARN).stream()
        .anyMatch(line -> line.contains("sent, outcome unknown")));
    assertTrue(output.log(), output.messages(CommerceEvent.Level.WARN)
        .contains(TestFrontEnd.pipeline().suggestions().runCancelled(22)));
    assertTrue(outcome.failed().getMessage(), outcome.failed().getMessage().contains("Cancelled: 0 changed"));

    // Nothing new started after the interrupt, and nothing was read back: the emulator got at most the 2 PUTs in
    // flight (one may have been abandoned before its bytes left), and the one listing.
    Thread.sleep(PUT_LATENCY.toMillis() + 300);
    List<JournalEntry> afterToken = emulator.admin().journal().stream()
        .filter(e -> !e.path().contains("oauth2")).collect(Collectors.toList());
    assertTrue(afterToken.toString(), afterToken.stream().filter(e -> e.method().equals("PUT")).count() <= 2);
    assertEquals(afterToken.toString(), 1, afterToken.stream().filter(e -> e.method().equals("GET")).count());
    assertEquals(2, putsSent(output));
  }

  @Test
  public void interruptMidApply_theScriptValueNamesEachItemsStatus() throws Exception {
    emulator.admin().injectFault(Fault.on("PUT", "/v1.0/policies/*/products/*").withLatency(PUT_LATENCY));
    MemoryOutput output = new MemoryOutput();
    AtomicBoolean changedAny = new AtomicBoolean();
    runAndInterrupt(Goals.UPDATE_POLICY, settings().set(PropertyNames.PRODUCT_IDS,
        List.of("CFQ7TTC0LH2H", "CFQ7TTC0H9MP", "CFQ7TTC0MM8R")).set(PropertyNames.VALUE, "Disabled"), output, 2);
    String report = output.file("update-policy.json").orElseThrow();
    Map<String, Long> results = List.of("\"result\": \"unknown\"", "\"result\": \"cancelled\"").stream()
        .collect(Collectors.toMap(key -> key, key -> (long) report.split(key, -1).length - 1));
    assertEquals(report, Long.valueOf(2), results.get("\"result\": \"unknown\""));
    assertEquals(report, Long.valueOf(1), results.get("\"result\": \"cancelled\""));
    changedAny.set(report.contains("\"result\": \"changed\""));
    assertTrue("no item reported as changed before its answer", !changedAny.get());
  }

  @Test
  public void interruptWhileReading_cancelsBeforeAnyChange() throws Exception {
    emulator.admin().injectFault(Fault.on("GET", "/v1.0/policies/*/products").withLatency(PUT_LATENCY));
    MemoryOutput output = new MemoryOutput();
    AtomicReference<MemoryOutput.Failed> failed = new AtomicReference<>();
    Thread run = new Thread(() -> {
      try {
        new TaskRunner(TestFrontEnd.maven()).run(Goals.UPDATE_POLICY, settings().set(PropertyNames.ALL, true)
            .set(PropertyNames.VALUE, "Disabled"), output);
      } catch (MemoryOutput.Failed e) {
        failed.set(e);
      }
    });
    run.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (output.messages(CommerceEvent.Level.DEBUG).stream().noneMatch(m -> m.startsWith("GET "))
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    run.interrupt();
    run.join(20_000);
    assertEquals(Kind.CANCELLED, failed.get().failure().kind());
    assertEquals(TestFrontEnd.maven().suggestions().cancelledBeforeChanges(), failed.get().failure().message());
    assertEquals(List.of(), output.filesStartingWith("before-"));
    Thread.sleep(PUT_LATENCY.toMillis() + 300);
    assertEquals(0, emulator.admin().count("PUT", PRODUCT_PUT));
  }
}
