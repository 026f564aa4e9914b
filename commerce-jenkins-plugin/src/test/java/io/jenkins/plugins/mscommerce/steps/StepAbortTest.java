package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import hudson.AbortException;
import io.github.mscommerce.emulator.Fault;
import java.nio.file.Files;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Aborting a running update, as Jenkins does: {@code StepExecution.stop} interrupts the step's thread while the emulator
 * holds the PUTs back. The step runs on its real background thread, so it signs in through {@code AZURE_*} in its
 * environment (a static mock of the credentials lookup would not reach that thread).
 */
public class StepAbortTest {

  private static final Duration PUT_LATENCY = Duration.ofSeconds(3);

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private StepHarness harness;

  @Before
  public void setUp() throws Exception {
    harness = new StepHarness(folder.getRoot().toPath());
    harness.demoAppInEnvironment();
  }

  @After
  public void tearDown() {
    harness.emulator.admin().clearFaults();
    harness.close();
  }

  @Test
  public void stopDuringAnUpdate_stopsSendingReportsWhatWasSentAndFailsTheStep() throws Exception {
    harness.emulator.admin().injectFault(Fault.on("PUT", "/v1.0/policies/*/products/*").withLatency(PUT_LATENCY));
    UpdateProductPolicyStep step = harness.atEmulator(new UpdateProductPolicyStep());
    step.setAll(true);
    step.setValue("Disabled");
    step.setConcurrency(2);

    CommerceStepExecution execution = harness.start(step);
    // The before-state is written before the first PUT; then two PUTs are held back by the emulator.
    waitUntil(() -> beforeStateWritten(), Duration.ofSeconds(30));
    Thread.sleep(500);
    Exception cause = new Exception("Aborted by the test");
    execution.stop(cause);

    verify(harness.context).onFailure(cause);
    waitUntil(() -> cause.getSuppressed().length == 1, Duration.ofSeconds(30));
    AbortException failure = (AbortException) cause.getSuppressed()[0];
    assertTrue(failure.getMessage(), failure.getMessage().contains("Cancelled: 0 changed"));
    verify(harness.context, never()).onSuccess(any());
    String report = harness.file("commerce/update-policy.json");
    assertTrue(report, report.contains("\"unknown\": 2"));
    assertTrue(report, report.contains("\"cancelled\": 22"));
    // Nothing new was sent after the abort: the emulator got at most the two held-back PUTs.
    Thread.sleep(PUT_LATENCY.toMillis() + 500);
    assertTrue(String.valueOf(harness.requests("PUT")), harness.requests("PUT") <= 2);
    // The build page kept the cancelled run, although core had set the thread's interrupt flag again.
    PolicyRunReport shown = harness.action().getReports().get(0);
    assertEquals("CANCELLED", shown.getOutcome());
    assertTrue(shown.isFailed());
    assertTrue(shown.getHeadline(), shown.getHeadline().startsWith("Cancelled: 0 changed"));
    assertEquals(24, shown.getChecked());
    assertTrue(Files.exists(harness.buildDirectory.resolve("mscommerce-policy/0/update-policy.json")));
    harness.assertNoSecretAnywhere();
  }

  private boolean beforeStateWritten() {
    try {
      return harness.exists("commerce") && harness.workspace.child("commerce").list().stream()
          .anyMatch(f -> f.getName().startsWith("before-update-policy-"));
    } catch (Exception e) {
      return false;
    }
  }

  private static void waitUntil(BooleanSupplier condition, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + limit);
      }
      Thread.sleep(20);
    }
  }
}
