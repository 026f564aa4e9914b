package io.github.mscommerce.core.bench;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.auth.SharedTokens;
import io.github.mscommerce.core.frontend.Goals;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.TaskFailure;
import io.github.mscommerce.core.frontend.TaskOutput;
import io.github.mscommerce.core.frontend.TaskResult;
import io.github.mscommerce.core.frontend.TaskRunner;
import io.github.mscommerce.core.plan.Applier;
import io.github.mscommerce.core.report.ReportFile;
import io.github.mscommerce.core.testing.MapRawSettings;
import io.github.mscommerce.core.testing.TestFrontEnd;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.EmulatorOptions;
import io.github.mscommerce.emulator.Fault;
import io.github.mscommerce.emulator.GeneratedTenants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@code verify-policy} and then {@code apply} over N generated tenants of the in-process emulator, with a fixed latency
 * added to every request (token, listing, PUT), through the real path: settings, one MSAL credential per tenant, the
 * shared HTTP client and request cap, reports written to a temporary directory. Prints, for each: wall time, the floor
 * (every tenant needs a token and a listing, apply also its PUTs in rounds of {@code concurrency}, and
 * {@code tenantConcurrency} tenants run at once), their ratio, the requests the emulator saw against the minimum, the
 * most requests in flight at once, and the peak heap (sampled; the emulator's own heap included, as it runs in this
 * JVM). Each run starts with a cold token cache. Both ratios are measured in this one process, one after the other.
 *
 * <p>Run with {@code bench/tenants-benchmark.sh [tenants] [latencyMillis]}.
 */
public final class TenantsBenchmark {

  private static final Logger MSAL_LOGGER = Logger.getLogger("com.microsoft.aad.msal4j");
  private static final int TENANT_CONCURRENCY = 8;
  private static final int CONCURRENCY = Applier.DEFAULT_CONCURRENCY;
  private static final int PRODUCTS_TO_CHANGE = GeneratedTenants.DEFAULT_ENABLED_PRODUCTS;

  private TenantsBenchmark() {}

  public static void main(String[] args) throws Exception {
    int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Duration latency = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 50);
    // MSAL logs an INFO line per token request against the emulator ("Correlation Id is not same…"): noise here.
    MSAL_LOGGER.setLevel(Level.WARNING);
    try (CommerceEmulator emulator = CommerceEmulator.start(EmulatorOptions.builder().tenants(tenants).build())) {
      Path work = Files.createTempDirectory("tenants-bench");
      Path pem = emulator.writeCertificatePem(work.resolve("emulator.pem"));
      Path list = Files.writeString(work.resolve("tenants.txt"), IntStream.rangeClosed(1, tenants)
          .mapToObj(GeneratedTenants::domain).collect(Collectors.joining("\n", "", "\n")));
      Path desired = Files.writeString(work.resolve("desired-state.json"), "{\"default\": \"Disabled\"}\n");
      System.out.printf(Locale.ROOT, "%d tenants, %d at a time, products at %d, %d ms added to every request, "
          + "emulator in this JVM at %s, max heap %d MB%n", tenants, TENANT_CONCURRENCY, CONCURRENCY,
          latency.toMillis(), emulator.baseUrl(), Runtime.getRuntime().maxMemory() / (1024 * 1024));

      // Warm-up: class loading and JIT of both goals over a few tenants, not counted.
      int warmUp = Math.min(tenants, 2 * TENANT_CONCURRENCY);
      Path warmList = Files.writeString(work.resolve("warm-up.txt"), IntStream.rangeClosed(1, warmUp)
          .mapToObj(GeneratedTenants::domain).collect(Collectors.joining("\n", "", "\n")));
      run(emulator, Goals.VERIFY_POLICY, settings(emulator, pem, warmList), work.resolve("warm-up"), latency);
      run(emulator, Goals.APPLY, settings(emulator, pem, warmList).set(PropertyNames.DESIRED_STATE,
          desired.toString()), work.resolve("warm-up"), latency);

      long verifyFloor = ceilDiv(tenants, TENANT_CONCURRENCY) * 2 * latency.toMillis();
      Measured verify = run(emulator, Goals.VERIFY_POLICY, settings(emulator, pem, list), work.resolve("verify"),
          latency);
      verify.print("verify-policy", verifyFloor, 2L * tenants, "2N: a token and a listing per tenant");

      long applyFloor = ceilDiv(tenants, TENANT_CONCURRENCY) * (2 + ceilDiv(PRODUCTS_TO_CHANGE, CONCURRENCY))
          * latency.toMillis();
      Measured apply = run(emulator, Goals.APPLY, settings(emulator, pem, list).set(PropertyNames.DESIRED_STATE,
          desired.toString()), work.resolve("apply"), latency);
      apply.print("apply", applyFloor, (2L + PRODUCTS_TO_CHANGE) * tenants, "5N: a token, a listing and "
          + PRODUCTS_TO_CHANGE + " PUTs per tenant");
      System.out.printf(Locale.ROOT, "targets: verify within 1.50x its floor (%.2fx), exactly 2N requests (%s), peak "
          + "heap under 512 MB (%d MB); apply within 1.50x its floor (%.2fx)%n", verify.ratio(verifyFloor),
          verify.requests == 2L * tenants ? "yes" : "no: " + verify.requests, verify.peakHeapMb(),
          apply.ratio(applyFloor));
      deleteTree(work);
    }
  }

  /** One cold run: fresh emulator state (the generated tenants' seeded values), no cached token, latency on. */
  private static Measured run(CommerceEmulator emulator, String goal, MapRawSettings settings, Path reports,
      Duration latency) {
    emulator.admin().reset();
    emulator.admin().injectFault(Fault.on(null, "/**").withLatency(latency));
    SharedTokens.clear();
    System.gc();
    HeapSampler heap = new HeapSampler();
    heap.start();
    BenchOutput output = new BenchOutput(reports);
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long processCpu = processCpuNanos();
    long emulatorCpu = emulatorCpuNanos();
    long start = System.nanoTime();
    TaskResult result;
    try {
      result = new TaskRunner(TestFrontEnd.maven()).run(goal, settings, output);
    } catch (BenchFailure e) {
      throw new IllegalStateException(goal + " failed: " + e.getMessage(), e);
    } finally {
      heap.finish();
    }
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    Cpu cpu = new Cpu(processCpuNanos() - processCpu, emulatorCpuNanos() - emulatorCpu, load);
    Map<String, Integer> counts = emulator.admin().journalCounts();
    long requests = counts.values().stream().mapToLong(Integer::longValue).sum();
    Map<String, Integer> faults = emulator.admin().faultCounts().entrySet().stream()
        .filter(e -> !e.getKey().equals("latency")).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return new Measured(millis, requests, faults, heap.peak(), output.inFlightLine + " Client retries: "
        + output.retries + "; warnings: " + output.warnings + ".", result.outcome().name(), cpu);
  }

  private static MapRawSettings settings(CommerceEmulator emulator, Path pem, Path tenantList) {
    return new MapRawSettings()
        .set(PropertyNames.ENDPOINT, emulator.baseUrl().toString())
        .set(PropertyNames.AUTHORITY_HOST, emulator.baseUrl().toString())
        .set(PropertyNames.TRUST_CERTIFICATE, pem.toString())
        .set(PropertyNames.CLIENT_ID, emulator.demo().clientId())
        .set(PropertyNames.CLIENT_SECRET, emulator.demo().clientSecret())
        .set(PropertyNames.TENANTS, "@" + tenantList)
        .set(PropertyNames.TENANT_CONCURRENCY, TENANT_CONCURRENCY)
        .set(PropertyNames.CONCURRENCY, CONCURRENCY)
        .set(PropertyNames.FAIL_ON_VIOLATION, false);
  }

  /** CPU used during a run: the whole process, and the emulator's share (its workers, dispatcher and timer). */
  private record Cpu(long processNanos, long emulatorNanos, double loadAverage) {
    String describe(long wallMillis) {
      double process = processNanos / 1e9;
      double emulator = emulatorNanos / 1e9;
      return String.format(Locale.ROOT, "CPU %.1f s (emulator %.1f s: TLS and signing tokens; client %.1f s), %.2f of "
          + "%d cores busy on average; load average %.1f when it started", process, emulator, process - emulator,
          process / (wallMillis / 1000.0), Runtime.getRuntime().availableProcessors(), loadAverage);
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The emulator's pool threads outlive a run (they idle 30 s), so their CPU time before and after is comparable. */
  private static long emulatorCpuNanos() {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && (info.getThreadName().startsWith("commerce-emulator")
          || info.getThreadName().startsWith("HTTP-Dispatcher"))) {
        total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    return total;
  }

  private record Measured(long millis, long requests, Map<String, Integer> faults, long peakHeapBytes,
      String inFlight, String outcome, Cpu cpu) {

    double ratio(long floor) {
      return (double) millis / floor;
    }

    long peakHeapMb() {
      return peakHeapBytes / (1024 * 1024);
    }

    void print(String goal, long floor, long minimum, String why) {
      System.out.printf(Locale.ROOT, "%-13s %7d ms  floor %7d ms  %.2fx the floor  requests %d (minimum %d, %s)%s  "
          + "peak heap %d MB  outcome %s%n", goal, millis, floor, ratio(floor), requests, minimum, why,
          faults.isEmpty() ? "" : ", faults " + faults, peakHeapMb(), outcome);
      System.out.println("              " + inFlight);
      System.out.println("              " + cpu.describe(millis));
    }
  }

  /** The largest heap in use seen, sampled every 10 ms (the emulator's share included: it runs in this JVM). */
  private static final class HeapSampler extends Thread {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);

    HeapSampler() {
      super("heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running.get()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void finish() {
      peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      running.set(false);
    }

    long peak() {
      return peak.get();
    }
  }

  private static final class BenchFailure extends Exception {
    BenchFailure(String message) {
      super(message);
    }
  }

  /** Lifecycle lines and warnings to the console (progress, the summary), files to disk, nothing kept in memory. */
  private static final class BenchOutput implements TaskOutput<BenchFailure> {
    private final Path directory;
    private String inFlightLine = "";
    private int warnings;
    private int retries;

    BenchOutput(Path directory) {
      this.directory = directory;
    }

    /**
     * Lifecycle lines (progress) as they come; the gate's one warning line per tenant with violations (every
     * generated tenant has three Enabled products) only counted; retries counted, as they explain extra requests.
     */
    @Override
    public void log(CommerceEvent event) {
      String message = event.message();
      if (event.level() == CommerceEvent.Level.LIFECYCLE) {
        System.out.println("  " + (message.length() > 160 ? message.substring(0, 160) + "…" : message));
      } else if (event.level() == CommerceEvent.Level.WARN) {
        warnings++;
      } else if (message.startsWith("At most ")) {
        inFlightLine = message;
      } else if (message.contains("; retrying in ")) {
        retries++;
        if (retries <= 3) {
          System.out.println("  (retry) " + message);
        }
      }
    }

    @Override
    public void prepare() throws IOException {
      deleteTree(directory);
      Files.createDirectories(directory);
    }

    @Override
    public String write(ReportFile file) throws IOException {
      Path path = directory.resolve(file.fileName());
      Files.writeString(path, file.content(), StandardCharsets.UTF_8);
      return path.toString();
    }

    @Override
    public String create(ReportFile file) throws IOException {
      Path path = directory.resolve(file.fileName());
      Files.writeString(path, file.content(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      return path.toString();
    }

    @Override
    public BenchFailure fail(TaskFailure failure) {
      return new BenchFailure(failure.kind() + ": " + failure.message());
    }
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
