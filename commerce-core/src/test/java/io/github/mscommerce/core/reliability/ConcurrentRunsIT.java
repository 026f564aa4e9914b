package io.github.mscommerce.core.reliability;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.frontend.Goals;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.TaskRunner;
import io.github.mscommerce.core.testing.DemoSettings;
import io.github.mscommerce.core.testing.MapRawSettings;
import io.github.mscommerce.core.testing.MemoryOutput;
import io.github.mscommerce.core.testing.ReportRows;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.core.testing.TestFrontEnd;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Fault;
import io.github.mscommerce.emulator.JournalEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.Rule;
import org.junit.Test;

/**
 * Several runs against one tenant at once, as parallel pipelines do. Each run's report must match what it did, as its
 * own requests in the emulator's journal show (found by the correlation ids it logged), the tenant must end with the
 * last writer's value for each item, and a run that changed the tenant says that others may have changed it since.
 */
public class ConcurrentRunsIT {

  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final Pattern SENT = Pattern.compile("^PUT \\S+/products/(\\w+) \\(attempt \\d+, correlation id "
      + "([0-9a-f-]+)\\)$");
  /** Writes journaled this close together may have been applied in either order; either may be the last. */
  private static final Duration SIMULTANEOUS = Duration.ofMillis(5);

  /** One run: its value, its output, and what it sent, by correlation id → product id. */
  private record Run(String value, MemoryOutput output) {
    Map<String, String> sentPuts() {
      Map<String, String> sent = new HashMap<>();
      for (String line : output.messages(CommerceEvent.Level.DEBUG)) {
        Matcher put = SENT.matcher(line);
        if (put.matches()) {
          sent.put(put.group(2), put.group(1));
        }
      }
      return sent;
    }
  }

  @Test
  public void fiveUpdatesAtOnce_eachReportMatchesItsRequests_andTheLastWriterWins() throws Exception {
    CommerceEmulator emulator = SharedEmulator.fresh();
    // A little latency on every write, so the runs overlap instead of finishing one by one.
    emulator.admin().injectFault(Fault.on("PUT", "/v1.0/policies/*/products/*").withLatency(Duration.ofMillis(15)));
    List<String> values = List.of("Disabled", "Enabled", "OnlyTrialsWithoutPaymentMethod", "Disabled", "Enabled");
    // Every value on a third of the products, so every run has items to change.
    Map<String, String> initial = new LinkedHashMap<>();
    int n = 0;
    for (String product : emulator.admin().tenant(emulator.demo().tenantId()).productValues().keySet()) {
      String value = values.get(1 + n++ % 3);
      emulator.admin().setProductValue(emulator.demo().tenantId(), product, value);
      initial.put(product, value);
    }
    List<Run> runs = new ArrayList<>();
    List<MapRawSettings> settings = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      runs.add(new Run(values.get(i), new MemoryOutput()));
      settings.add(DemoSettings.of(emulator).set(PropertyNames.ALL, true).set(PropertyNames.VALUE, values.get(i))
          .set(PropertyNames.CONCURRENCY, i + 2));
    }
    runAtOnce(Goals.UPDATE_POLICY, runs, settings);
    assertEachReportMatchesItsRequests(emulator, runs, Goals.UPDATE_POLICY);
    assertTrue("the runs wrote the same items", assertTheLastWriterWins(emulator, runs, initial) > 0);
  }

  @Test
  public void twoAppliesWithOppositeStates_eachReportMatchesItsRequests_andSaysOthersMayHaveChangedIt()
      throws Exception {
    CommerceEmulator emulator = SharedEmulator.fresh();
    emulator.admin().injectFault(Fault.on("PUT", "/v1.0/policies/*/products/*").withLatency(Duration.ofMillis(15)));
    Map<String, String> initial = new LinkedHashMap<>();
    int n = 0;
    for (String product : emulator.admin().tenant(emulator.demo().tenantId()).productValues().keySet()) {
      String value = n++ % 2 == 0 ? "Enabled" : "Disabled";
      emulator.admin().setProductValue(emulator.demo().tenantId(), product, value);
      initial.put(product, value);
    }
    List<Run> runs = List.of(new Run("Disabled", new MemoryOutput()), new Run("Enabled", new MemoryOutput()));
    List<MapRawSettings> settings = new ArrayList<>();
    for (Run run : runs) {
      Path file = Files.createTempFile(Path.of("target"), "desired-" + run.value() + "-", ".json");
      file.toFile().deleteOnExit();
      Files.writeString(file, "{\"default\": \"" + run.value() + "\"}");
      settings.add(DemoSettings.of(emulator).set(PropertyNames.DESIRED_STATE, file.toString()));
    }
    runAtOnce(Goals.APPLY, runs, settings);
    assertEachReportMatchesItsRequests(emulator, runs, Goals.APPLY);
    assertTheLastWriterWins(emulator, runs, initial);
    // Each changed the items the other left alone: both succeeded, and the tenant holds neither desired state.
    Map<String, String> finalValues = emulator.admin().tenant(emulator.demo().tenantId()).productValues();
    assertTrue(finalValues.toString(), finalValues.containsValue("Enabled") && finalValues.containsValue("Disabled"));
    String note = TestFrontEnd.maven().suggestions().othersMayHaveChanged();
    for (Run run : runs) {
      assertTrue(run.output().log(), run.output().messages(CommerceEvent.Level.LIFECYCLE).contains(note));
      assertTrue("the report keeps the note", run.output().file("apply.json").orElseThrow().contains(note));
    }
  }

  private static void runAtOnce(String goal, List<Run> runs, List<MapRawSettings> settings) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(runs.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      Run run = runs.get(i);
      MapRawSettings raw = settings.get(i);
      done.add(pool.submit(() -> {
        start.await();
        return new TaskRunner(TestFrontEnd.maven()).run(goal, raw, run.output());
      }));
    }
    start.countDown();
    for (Future<?> run : done) {
      run.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
  }

  /**
   * A run's report says "changed" for exactly the items its own PUTs (found by their correlation ids) changed, and
   * "unchanged" only for items it sent nothing for.
   */
  private static void assertEachReportMatchesItsRequests(CommerceEmulator emulator, List<Run> runs, String goal) {
    List<JournalEntry> journal = emulator.admin().journal();
    for (Run run : runs) {
      Map<String, String> sent = run.sentPuts();
      Set<String> answeredOk = journal.stream()
          .filter(e -> e.method().equals("PUT") && e.status() == 200 && sent.containsKey(e.correlationId()))
          .map(e -> sent.get(e.correlationId())).collect(Collectors.toCollection(TreeSet::new));
      List<ReportRows.Row> rows = ReportRows.of(run.output().file(goal + ".json").orElseThrow());
      Set<String> reportedChanged = rows.stream().filter(r -> r.result().equals("changed")).map(ReportRows.Row::id)
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals("run " + run.value() + ": changed items vs its own PUTs", answeredOk, reportedChanged);
      rows.stream().filter(r -> r.result().equals("unchanged")).forEach(r -> assertTrue(
          "run " + run.value() + " reported " + r.id() + " unchanged but sent it", !sent.containsValue(r.id())));
      assertTrue("run " + run.value() + " changed something", !reportedChanged.isEmpty());
      rows.forEach(r -> assertTrue(r.toString(), r.result().equals("changed") || r.result().equals("unchanged")));
    }
  }

  /**
   * Per item, the value of the last run whose PUT the emulator answered; near-simultaneous writes may be either.
   *
   * @return how many items more than one run wrote, with different values
   */
  private static int assertTheLastWriterWins(CommerceEmulator emulator, List<Run> runs, Map<String, String> initial) {
    Map<String, String> valueOfCorrelation = new HashMap<>();
    runs.forEach(run -> run.sentPuts().keySet().forEach(id -> valueOfCorrelation.put(id, run.value())));
    Map<String, List<JournalEntry>> writes = new LinkedHashMap<>();
    emulator.admin().journal().stream()
        .filter(e -> e.method().equals("PUT") && e.status() == 200 && valueOfCorrelation.containsKey(e.correlationId()))
        .forEach(e -> writes.computeIfAbsent(e.path().substring(e.path().lastIndexOf('/') + 1),
            k -> new ArrayList<>()).add(e));
    Map<String, String> finalValues = emulator.admin().tenant(emulator.demo().tenantId()).productValues();
    int contested = 0;
    for (Map.Entry<String, String> item : finalValues.entrySet()) {
      List<JournalEntry> itemWrites = writes.getOrDefault(item.getKey(), List.of());
      if (itemWrites.isEmpty()) {
        assertEquals("no run wrote " + item.getKey(), initial.getOrDefault(item.getKey(), "Enabled"),
            item.getValue());
        continue;
      }
      JournalEntry last = itemWrites.get(itemWrites.size() - 1);
      Set<String> possible = itemWrites.stream()
          .filter(e -> !e.time().isBefore(last.time().minus(SIMULTANEOUS)))
          .map(e -> valueOfCorrelation.get(e.correlationId())).collect(Collectors.toSet());
      contested += itemWrites.stream().map(e -> valueOfCorrelation.get(e.correlationId())).distinct().count() > 1
          ? 1 : 0;
      assertTrue(item.getKey() + " holds " + item.getValue() + ", the last writers wrote " + possible,
          possible.contains(item.getValue()));
    }
    return contested;
  }
}
