package io.github.mscommerce.core.reliability;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.CommerceException;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.http.RetryPolicy;
import io.github.mscommerce.core.plan.Applier;
import io.github.mscommerce.core.plan.ApplyResult;
import io.github.mscommerce.core.plan.DesiredState;
import io.github.mscommerce.core.plan.DesiredStateJson;
import io.github.mscommerce.core.plan.ItemOutcome;
import io.github.mscommerce.core.plan.Plan;
import io.github.mscommerce.core.plan.Planner;
import io.github.mscommerce.core.testing.EmulatorTokenCredential;
import io.github.mscommerce.core.testing.RecordingEvents;
import io.github.mscommerce.core.testing.RecordingTime;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.EmulatorAdmin;
import io.github.mscommerce.emulator.RandomFaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.Rule;
import org.junit.Test;

/**
 * 200 apply runs of a 40-product desired state, each with 20% of the policy requests faulted (503, 429, dropped
 * connections, answers slower than the timeout, malformed JSON) by the emulator's seeded hash, each followed by a read
 * of the emulator's state. A run is <em>converged</em> when it reports success and the tenant holds every desired value,
 * <em>failed honestly</em> when it reports failure and every item's report is true (changed items changed, failed and
 * not attempted ones did not, unknown ones say so), and <em>wrong</em> otherwise; there must be no wrong run, and every
 * failed run's before-state file must restore the tenant.
 *
 * <p>The seed is printed; {@code -Dsoak.seed=N} reproduces a run under any concurrency, since the faults depend only on
 * seed, run, item and attempt. Millisecond timeouts and a clock that records waits instead of sleeping keep it short.
 */
public class RandomFaultSoakIT {

  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final int RUNS = Integer.getInteger("soak.runs", 200);
  private static final long SEED = Long.getLong("soak.seed", 20261206L);
  private static final double RATE = 0.2;
  private static final int EXTRA_PRODUCTS = 16;
  private static final Duration TIMEOUT = Duration.ofMillis(250);
  private static final List<PolicyValue> VALUES = List.of(PolicyValue.values());

  private CommerceEmulator emulator;
  private EmulatorAdmin admin;
  private String tenant;

  @Test
  public void randomFaults_noRunClaimsWhatDidNotHappen_andEveryFailedRunsBeforeStateRestores() throws Exception {
    emulator = SharedEmulator.fresh();
    admin = emulator.admin();
    tenant = emulator.demo().tenantId();
    for (int i = 1; i <= EXTRA_PRODUCTS; i++) {
      admin.releaseProduct(String.format("CFQ7TTC0S%03d", i), "Soak product " + i);
    }
    RandomFaults faults = RandomFaults.seeded(SEED, RATE).kinds(RandomFaults.Kind.STATUS_503,
        RandomFaults.Kind.STATUS_429, RandomFaults.Kind.DROP, RandomFaults.Kind.SLOW, RandomFaults.Kind.MALFORMED)
        .slowBy(TIMEOUT.multipliedBy(2)).on(null, "/v1.0/**");
    System.out.println("Soak: seed " + SEED + " (-Dsoak.seed=" + SEED + " reproduces it), " + RUNS + " runs, "
        + (int) (RATE * 100) + "% faults " + faults.kinds() + " on " + faults.pathGlob() + ", timeout "
        + TIMEOUT.toMillis() + " ms");
    EmulatorTokenCredential tokens = new EmulatorTokenCredential(emulator.baseUrl(), tenant,
        emulator.demo().clientId(), emulator.demo().clientSecret(), emulator.clientSslContext());
    Path beforeStates = Files.createDirectories(Path.of("target", "soak"));

    int converged = 0;
    int failedHonestly = 0;
    List<String> wrong = new ArrayList<>();
    List<Integer> requestsPerRun = new ArrayList<>();
    Map<String, Integer> fired = new TreeMap<>();
    long start = System.nanoTime();
    for (int run = 1; run <= RUNS; run++) {
      Random random = new Random(SEED * 31 + run);
      Map<String, String> initial = randomState(random);
      DesiredState desired = DesiredState.explicit(null, randomDesired(random, initial.keySet()), Map.of());
      admin.injectRandomFaults(faults);
      admin.startRandomFaultRun(run);
      admin.clearJournal();

      RecordingEvents events = new RecordingEvents();
      CommerceClient client = CommerceClient.builder().endpoint(emulator.baseUrl()).credential(tokens)
          .network(SharedEmulator.networkBuilder().requestTimeout(TIMEOUT).build())
          .retryPolicy(RetryPolicy.withRetries(4)).timeSource(new RecordingTime()).events(events).build();
      Path beforeFile = beforeStates.resolve("before-run-" + run + ".json");
      ApplyResult result = null;
      String failure = null;
      try {
        Plan plan = Planner.plan(client, desired);
        result = new Applier(events).apply(client, plan, Applier.DEFAULT_CONCURRENCY,
            before -> write(beforeFile, DesiredStateJson.write(before)));
      } catch (CommerceException e) {
        failure = e.getMessage();
      }
      awaitServed(events);
      admin.faultCounts().forEach((label, count) -> fired.merge(label, count, Integer::sum));
      requestsPerRun.add(admin.journal().size());
      Map<String, String> after = values();

      List<String> lies = result == null ? unchangedOrLie(initial, after)
          : lies(result, desired, initial, after);
      if (!lies.isEmpty()) {
        wrong.add("run " + run + ": " + String.join("; ", lies));
      } else if (result != null && result.succeeded()) {
        converged++;
      } else {
        failedHonestly++;
      }
      boolean failed = result == null || !result.succeeded();
      if (failed && Files.exists(beforeFile)) {
        admin.clearFaults();
        restore(beforeFile, tokens);
        Map<String, String> restored = values();
        if (!restored.equals(initial)) {
          wrong.add("run " + run + ": its before-state " + beforeFile + " did not restore the tenant: "
              + difference(initial, restored));
        }
      }
      if (failure != null && (failure.contains("\tat ") || failure.matches("(?s).*\\b[A-Z]\\w*Exception\\b.*"))) {
        wrong.add("run " + run + ": an unreadable failure message: " + failure);
      }
    }
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    admin.clearFaults();

    int total = requestsPerRun.stream().mapToInt(Integer::intValue).sum();
    System.out.println("Soak: " + converged + " converged, " + failedHonestly + " failed honestly, " + wrong.size()
        + " wrong, in " + millis + " ms");
    System.out.println("Soak: requests per run min " + requestsPerRun.stream().mapToInt(Integer::intValue).min()
        .orElse(0) + ", mean " + String.format(java.util.Locale.ROOT, "%.1f", (double) total / RUNS) + ", max "
        + requestsPerRun.stream().mapToInt(Integer::intValue).max().orElse(0) + "; faults fired " + fired);
    assertEquals("runs that claimed what did not happen:\n" + String.join("\n", wrong), List.of(), wrong);
    assertEquals(RUNS, converged + failedHonestly);
    for (String kind : List.of("status-503", "status-429", "drop", "slow", "malformed")) {
      assertTrue("the " + kind + " faults fired: " + fired, fired.getOrDefault(kind, 0) > 0);
    }
    assertTrue("most runs converge despite the faults: " + converged, converged > RUNS / 2);
  }

  /** A random value for every product: the run's starting point. */
  private Map<String, String> randomState(Random random) {
    Map<String, String> initial = new LinkedHashMap<>();
    for (String product : values().keySet()) {
      String value = VALUES.get(random.nextInt(VALUES.size())).wireValue();
      admin.setProductValue(tenant, product, value);
      initial.put(product, value);
    }
    return initial;
  }

  private static Map<String, PolicyValue> randomDesired(Random random, Iterable<String> products) {
    Map<String, PolicyValue> desired = new LinkedHashMap<>();
    products.forEach(product -> desired.put(product, VALUES.get(random.nextInt(VALUES.size()))));
    return desired;
  }

  /**
   * What the run said that the tenant contradicts: changed or unchanged items must hold the desired value, failed,
   * not attempted and cancelled ones their old value; unknown ones may be either. A success must have converged.
   */
  private static List<String> lies(ApplyResult result, DesiredState desired, Map<String, String> initial,
      Map<String, String> after) {
    List<String> lies = new ArrayList<>();
    for (ItemOutcome outcome : result.outcomes()) {
      String id = outcome.item().id();
      String wanted = desired.products().get(id).wireValue();
      String now = after.get(id);
      switch (outcome.status()) {
        case CHANGED:
        case UNCHANGED:
          if (!wanted.equals(now)) {
            lies.add(id + " reported " + outcome.status() + " but holds " + now);
          }
          break;
        case FAILED:
        case NOT_ATTEMPTED:
        case CANCELLED:
          if (!initial.get(id).equals(now)) {
            lies.add(id + " reported " + outcome.status() + " but changed to " + now + " ("
                + outcome.failure().map(Throwable::getMessage).orElse("") + ")");
          }
          break;
        default:
          break;
      }
    }
    if (result.succeeded() && desired.products().entrySet().stream()
        .anyMatch(entry -> !entry.getValue().wireValue().equals(after.get(entry.getKey())))) {
      lies.add("reported success without converging");
    }
    return lies;
  }

  /** A run that failed before applying (the listing failed) must not have changed anything. */
  private static List<String> unchangedOrLie(Map<String, String> initial, Map<String, String> after) {
    return initial.equals(after) ? List.of() : List.of("failed before applying, yet changed " + difference(initial,
        after));
  }

  /**
   * Waits until the emulator has served every request the client sent, or its journal has stopped growing: an attempt
   * that timed out after it reached the emulator is still applied when the emulator gets to it, and must land in this
   * run, not the next. (One that timed out before it reached the emulator, on a loaded machine, never lands.)
   */
  private void awaitServed(RecordingEvents events) throws InterruptedException {
    long sent = events.messages(CommerceEvent.Level.DEBUG).stream()
        .filter(line -> line.startsWith("GET ") || line.startsWith("PUT ")).filter(line -> line.contains("(attempt "))
        .count();
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    int seen = admin.journal().size();
    long stableSince = System.nanoTime();
    while (seen < sent && System.nanoTime() < deadline
        && System.nanoTime() - stableSince < TIMEOUT.multipliedBy(2).toNanos()) {
      Thread.sleep(5);
      int now = admin.journal().size();
      if (now != seen) {
        seen = now;
        stableSince = System.nanoTime();
      }
    }
  }

  /** Applies the before-state file as a user would, without faults, through a client of its own. */
  private void restore(Path beforeFile, EmulatorTokenCredential tokens) throws IOException {
    CommerceClient client = CommerceClient.builder().endpoint(emulator.baseUrl()).credential(tokens)
        .network(SharedEmulator.network()).build();
    DesiredState before = DesiredStateJson.parse(Files.readString(beforeFile), beforeFile.toString());
    ApplyResult restored = new Applier(event -> {}).apply(client, Planner.plan(client, before));
    assertTrue("the restore itself succeeded", restored.succeeded());
  }

  private Map<String, String> values() {
    return new LinkedHashMap<>(admin.tenant(tenant).productValues());
  }

  private static String difference(Map<String, String> expected, Map<String, String> actual) {
    List<String> differences = new ArrayList<>();
    expected.forEach((id, value) -> {
      if (!value.equals(actual.get(id))) {
        differences.add(id + " " + value + " → " + actual.get(id));
      }
    });
    return String.join(", ", differences);
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
