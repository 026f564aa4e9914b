package io.github.mscommerce.core.reliability;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonParser;
import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.frontend.FrontEnd;
import io.github.mscommerce.core.frontend.Goals;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.TaskFailure;
import io.github.mscommerce.core.frontend.TaskFailure.Kind;
import io.github.mscommerce.core.frontend.TaskOutcome;
import io.github.mscommerce.core.frontend.TaskResult;
import io.github.mscommerce.core.frontend.TaskRunner;
import io.github.mscommerce.core.testing.DemoSettings;
import io.github.mscommerce.core.testing.MapRawSettings;
import io.github.mscommerce.core.testing.MemoryOutput;
import io.github.mscommerce.core.testing.RecordingTime;
import io.github.mscommerce.core.testing.ReportRows;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.core.testing.TestFrontEnd;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Fault;
import io.github.mscommerce.emulator.JournalEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * One row per fault × operation: read (products), update of 40 products, apply, export and the gate, each against the
 * emulator over HTTPS with one injected fault, run as a front end runs it (TaskRunner, the real MSAL credential, a clock
 * that records waits instead of sleeping). Every row asserts the outcome (converged, or failed with a report whose
 * every item matches the tenant and a message naming what was and was not changed), the requests the journal counted
 * (bounded: no retry storm) and the message (status, error code, correlation id, the fix).
 */
@RunWith(Parameterized.class)
public class FaultMatrixIT {

  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  static final int EXTRA_PRODUCTS = 16;
  static final int PRODUCTS = 24 + EXTRA_PRODUCTS;
  static final String LIST = "/v1.0/policies/*/products";
  static final String ANY_PUT = "/v1.0/policies/*/products/*";
  static final String POWER_BI_PRO = "CFQ7TTC0H9MP";
  static final String ONE_PUT = "/v1.0/policies/*/products/" + POWER_BI_PRO;
  static final String TRIALS_PRODUCT = "CFQ7TTC0RM8K";
  private static final Suggestions WORDS = TestFrontEnd.maven().suggestions();
  private static final Pattern CLASS_NAME = Pattern.compile("\\b[A-Z][A-Za-z]*Exception\\b|\\b(?:java|javax|sun|com"
      + "|org)\\.[a-z]+\\.");
  private static final Pattern CORRELATION = Pattern.compile("\\{cid:([a-z0-9-]+)}");

  /** The goals under test, each with the requests it makes when nothing fails (one token, one listing, PUTs). */
  enum Operation {
    READ(Goals.PRODUCTS, 2),
    UPDATE(Goals.UPDATE_POLICY, 2 + PRODUCTS),
    APPLY(Goals.APPLY, 2 + PRODUCTS),
    EXPORT(Goals.EXPORT, 2),
    GATE(Goals.VERIFY_POLICY, 2);

    final String goal;
    final int requests;

    Operation(String goal, int requests) {
      this.goal = goal;
      this.requests = requests;
    }

    boolean changes() {
      return this == UPDATE || this == APPLY;
    }
  }

  /** What a row sees while it sets up and after it ran. */
  static final class Run {
    CommerceEmulator emulator;
    MapRawSettings settings;
    MemoryOutput output = new MemoryOutput();
    RecordingTime time = new RecordingTime();
    TaskResult result;
    TaskFailure failure;
    List<JournalEntry> journal;

    void fault(Fault fault) {
      emulator.admin().injectFault(fault);
    }

    /** The correlation id of the first request a fault of this label hit, as support would be given it. */
    String correlationOf(String faultLabel) {
      return journal.stream().filter(e -> faultLabel.equals(e.fault())).map(JournalEntry::correlationId)
          .filter(id -> id != null).findFirst()
          .orElseThrow(() -> new AssertionError("no request got fault " + faultLabel + ": " + journal));
    }

    long count(String method, String routePart) {
      return journal.stream().filter(e -> e.method().equals(method) && e.route().contains(routePart)).count();
    }
  }

  /** One row of the matrix. */
  static final class Row {
    final Operation operation;
    final String fault;
    Consumer<Run> setup = run -> {};
    boolean converges;
    Kind kind;
    int minRequests;
    int maxRequests;
    final List<String> messageParts = new ArrayList<>();
    final List<String> logParts = new ArrayList<>();
    Consumer<Run> more = run -> {};

    Row(Operation operation, String fault) {
      this.operation = operation;
      this.fault = fault;
    }

    Row with(Consumer<Run> setup) {
      Consumer<Run> before = this.setup;
      this.setup = run -> {
        before.accept(run);
        setup.accept(run);
      };
      return this;
    }

    Row faulting(Fault fault) {
      return with(run -> run.fault(fault));
    }

    /** Retries are the only thing a short timeout costs here; the slow rows need it to time out at all. */
    Row timeoutOneSecond() {
      return with(run -> run.settings.set(PropertyNames.TIMEOUT, 1));
    }

    Row converges(int extraRequests) {
      return converges(extraRequests, extraRequests);
    }

    Row converges(int minExtra, int maxExtra) {
      this.converges = true;
      this.minRequests = operation.requests + minExtra;
      this.maxRequests = operation.requests + maxExtra;
      return this;
    }

    Row fails(Kind kind, int extraRequests) {
      return fails(kind, extraRequests, extraRequests);
    }

    Row fails(Kind kind, int minExtra, int maxExtra) {
      this.kind = kind;
      this.minRequests = operation.requests + minExtra;
      this.maxRequests = operation.requests + maxExtra;
      return this;
    }

    /** The failure message holds these; {@code {cid:label}} stands for the correlation id of that fault's request. */
    Row saying(String... parts) {
      messageParts.addAll(Arrays.asList(parts));
      return this;
    }

    /** The log (any level) holds these. */
    Row logging(String... parts) {
      logParts.addAll(Arrays.asList(parts));
      return this;
    }

    Row and(Consumer<Run> check) {
      Consumer<Run> before = this.more;
      this.more = run -> {
        before.accept(run);
        check.accept(run);
      };
      return this;
    }

    @Override
    public String toString() {
      return operation.name().toLowerCase() + " × " + fault;
    }
  }

  @Parameters(name = "{0}")
  public static List<Object[]> rows() {
    return FaultRows.all().stream().map(row -> new Object[] {row}).collect(Collectors.toList());
  }

  private final Row row;

  public FaultMatrixIT(Row row) {
    this.row = row;
  }

  @Test
  public void row() throws IOException {
    Run run = new Run();
    run.emulator = SharedEmulator.fresh();
    for (int i = 1; i <= EXTRA_PRODUCTS; i++) {
      run.emulator.admin().releaseProduct(String.format("CFQ7TTC0X%03d", i), "Reliability product " + i);
    }
    run.settings = settingsFor(row.operation, run.emulator);
    row.setup.accept(run);
    FrontEnd frontEnd = TestFrontEnd.maven().withTime(run.time, Clock.systemUTC());
    try {
      run.result = new TaskRunner(frontEnd).run(row.operation.goal, run.settings, run.output);
    } catch (MemoryOutput.Failed e) {
      run.failure = e.failure();
    }
    run.journal = run.emulator.admin().journal();

    String journal = run.journal.stream().map(e -> e.method() + " " + e.path() + " " + e.status()
        + (e.fault() == null ? "" : " [" + e.fault() + "]")).collect(Collectors.joining("\n  "));
    int requests = run.journal.size();
    assertTrue("requests " + requests + " not in " + row.minRequests + ".." + row.maxRequests + ":\n  " + journal,
        requests >= row.minRequests && requests <= row.maxRequests);
    if (row.converges) {
      assertNull("expected to converge, failed with " + run.failure, run.failure);
      assertConverged(run);
    } else {
      assertNotNull("expected a failure; the run ended " + (run.result == null ? "?" : run.result.outcome()),
          run.failure);
      assertEquals(run.failure.message(), row.kind, run.failure.kind());
      assertReadable(run.failure.message());
      for (String part : row.messageParts) {
        String expected = withCorrelationIds(part, run);
        assertTrue("the message lacks\n  " + expected + "\nit is\n  " + run.failure.message(),
            run.failure.message().contains(expected));
      }
    }
    for (String part : row.logParts) {
      String expected = withCorrelationIds(part, run);
      assertTrue("the log lacks\n  " + expected + "\n" + run.output.log(), run.output.log().contains(expected));
    }
    if (row.operation.changes()) {
      assertEveryItemIsReportedAsItIs(run);
    }
    row.more.accept(run);
  }

  private static MapRawSettings settingsFor(Operation operation, CommerceEmulator emulator) throws IOException {
    MapRawSettings settings = DemoSettings.of(emulator);
    switch (operation) {
      case UPDATE:
        return settings.set(PropertyNames.ALL, true).set(PropertyNames.VALUE, "Disabled");
      case APPLY:
        Path file = Files.createTempFile(Path.of("target"), "desired-state-", ".json");
        file.toFile().deleteOnExit();
        Files.writeString(file, "{\"default\": \"Disabled\", \"products\": {\"" + TRIALS_PRODUCT
            + "\": \"OnlyTrialsWithoutPaymentMethod\"}}");
        return settings.set(PropertyNames.DESIRED_STATE, file.toString());
      case GATE:
        // Every product Disabled, so the gate passes unless a fault stops it.
        emulator.admin().tenant(emulator.demo().tenantId()).productValues().keySet()
            .forEach(id -> emulator.admin().setProductValue(emulator.demo().tenantId(), id, "Disabled"));
        return settings;
      default:
        return settings;
    }
  }

  private void assertConverged(Run run) {
    Map<String, String> values = run.emulator.admin().tenant(run.emulator.demo().tenantId()).productValues();
    switch (row.operation) {
      case READ:
        assertEquals(PRODUCTS, ((List<?>) run.result.value()).size());
        break;
      case UPDATE:
        assertEquals(TaskOutcome.CHANGED, run.result.outcome());
        assertTrue(values.toString(), values.values().stream().allMatch("Disabled"::equals));
        break;
      case APPLY:
        assertEquals(TaskOutcome.CHANGED, run.result.outcome());
        values.forEach((id, value) -> assertEquals(id, id.equals(TRIALS_PRODUCT) ? "OnlyTrialsWithoutPaymentMethod"
            : "Disabled", value));
        break;
      case EXPORT:
        String exported = run.output.file("desired-state.json").orElseThrow();
        assertEquals(PRODUCTS, JsonParser.parseString(exported).getAsJsonObject().getAsJsonObject("products").size());
        break;
      case GATE:
        assertEquals(TaskOutcome.PASSED, run.result.outcome());
        break;
      default:
        throw new AssertionError(run);
    }
  }

  /**
   * Every item of the report is what the tenant shows: changed and unchanged items have their desired value, failed
   * and not attempted ones their old value; and a failure message names each item that did not get its value.
   */
  private void assertEveryItemIsReportedAsItIs(Run run) {
    String report = run.output.file(row.operation.goal + ".json").orElse(null);
    if (report == null) {
      assertNotNull("only a failure before any change may leave no report", run.failure);
      assertEquals(0, run.count("PUT", "/products/"));
      return;
    }
    Map<String, String> values = run.emulator.admin().tenant(run.emulator.demo().tenantId()).productValues();
    for (ReportRows.Row item : ReportRows.of(report)) {
      String now = values.get(item.id());
      switch (item.result()) {
        case "changed":
        case "unchanged":
          assertEquals("reported " + item.result() + ": " + item, item.after(), now);
          break;
        case "failed":
        case "not attempted":
        case "cancelled":
          assertEquals("reported " + item.result() + ", so the tenant must still hold the old value: " + item,
              item.before(), now);
          assertNotNull("the failure names " + item.id(), run.failure);
          assertTrue("the failure names " + item, run.failure.message().contains(
              item.result().toUpperCase() + " " + item.id()));
          break;
        default:
          // "unknown": the service may or may not have it; the report says so.
          assertTrue(item.toString(), item.detail() != null && item.detail().contains("outcome unknown"));
      }
    }
  }

  /** One paragraph a user reads: no stack frames, no Java class names. */
  private static void assertReadable(String message) {
    assertFalse(message, message.contains("\tat "));
    Matcher className = CLASS_NAME.matcher(message);
    assertFalse("a class name in: " + message, className.find());
  }

  private static String withCorrelationIds(String part, Run run) {
    Matcher placeholder = CORRELATION.matcher(part);
    StringBuilder resolved = new StringBuilder();
    while (placeholder.find()) {
      placeholder.appendReplacement(resolved, Matcher.quoteReplacement(run.correlationOf(placeholder.group(1))));
    }
    placeholder.appendTail(resolved);
    return resolved.toString();
  }

  static String httpDate(Duration fromNow) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plus(fromNow));
  }

  static Suggestions words() {
    return WORDS;
  }

  static boolean warned(Run run, String part) {
    return run.output.messages(CommerceEvent.Level.WARN).stream().anyMatch(line -> line.contains(part));
  }
}
