package io.github.mscommerce.core.bench;

import io.github.mscommerce.core.frontend.Goals;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.TaskResult;
import io.github.mscommerce.core.frontend.TaskRunner;
import io.github.mscommerce.core.plan.Applier;
import io.github.mscommerce.core.testing.MapRawSettings;
import io.github.mscommerce.core.testing.MemoryOutput;
import io.github.mscommerce.core.testing.TestFrontEnd;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Fault;
import io.github.mscommerce.emulator.JournalEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Disabling every product of a tenant, the way the MSCommerce module loops (one request at a time) and at the default
 * concurrency, against the emulator with a fixed latency on every request (token, list and each PUT). Prints wall times,
 * their ratio, and each run's ratio to its floor {@code (2 + ceil(products / concurrency)) × latency}: one token request,
 * one listing, then the PUTs in rounds. Each run starts with a cold token cache, as a fresh build does.
 *
 * <p>Run with {@code bench/apply-benchmark.sh [products] [latencyMillis] [repetitions]}.
 */
public final class ApplyBenchmark {

  private static final int CATALOGUE_SIZE = 24;
  private static String lastRunPhases = "";
  private static final Logger MSAL_LOGGER = Logger.getLogger("com.microsoft.aad.msal4j");

  private ApplyBenchmark() {}

  public static void main(String[] args) throws Exception {
    int products = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    Duration latency = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 100);
    int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int concurrency = Applier.DEFAULT_CONCURRENCY;
    // MSAL logs an INFO line per token request against the emulator ("Correlation Id is not same…"): noise here.
    MSAL_LOGGER.setLevel(Level.WARNING);
    try (CommerceEmulator emulator = CommerceEmulator.start()) {
      Path pem = emulator.writeCertificatePem(Files.createTempFile("bench-emulator", ".pem"));
      System.out.printf(Locale.ROOT, "Disabling %d Enabled products, %d ms added to every request, emulator at %s%n",
          products, latency.toMillis(), emulator.baseUrl());
      run(emulator, pem, products, latency, concurrency); // warm-up: class loading and JIT, not counted
      List<Long> sequential = new ArrayList<>();
      List<Long> parallel = new ArrayList<>();
      for (int i = 0; i < repetitions; i++) {
        sequential.add(run(emulator, pem, products, latency, 1));
        parallel.add(run(emulator, pem, products, latency, concurrency));
      }
      long oneAtATime = median(sequential);
      long atDefault = median(parallel);
      long floorOne = floor(products, 1, latency);
      long floorDefault = floor(products, concurrency, latency);
      System.out.printf(Locale.ROOT, "concurrency %2d: %6d ms (median of %s)  floor %6d ms  %.2fx the floor%n", 1,
          oneAtATime, sequential, floorOne, (double) oneAtATime / floorOne);
      System.out.printf(Locale.ROOT, "concurrency %2d: %6d ms (median of %s)  floor %6d ms  %.2fx the floor%n",
          concurrency, atDefault, parallel, floorDefault, (double) atDefault / floorDefault);
      System.out.println("last run at concurrency " + concurrency + ", answered after: " + lastRunPhases);
      System.out.printf(Locale.ROOT, "speed-up at concurrency %d: %.2fx (target >= 5x); within %.2fx of its floor "
          + "(target <= 1.25x)%n", concurrency, (double) oneAtATime / atDefault, (double) atDefault / floorDefault);
      Files.deleteIfExists(pem);
    }
  }

  /** One cold run: fresh state, fresh session (so a fresh token), all products disabled; returns the wall time. */
  private static long run(CommerceEmulator emulator, Path pem, int products, Duration latency, int concurrency) {
    emulator.admin().reset();
    for (int i = CATALOGUE_SIZE; i < products; i++) {
      emulator.admin().releaseProduct(String.format(Locale.ROOT, "CFQ7TTC0B%03d", i), "Benchmark product " + i);
    }
    emulator.admin().injectFault(Fault.on(null, "/**").withLatency(latency));
    long start = System.nanoTime();
    TaskResult result;
    try {
      result = new TaskRunner(TestFrontEnd.maven()).run(Goals.UPDATE_POLICY, settings(emulator, pem, concurrency)
          .set(PropertyNames.ALL, true).set(PropertyNames.VALUE, "Disabled"), new MemoryOutput());
    } catch (MemoryOutput.Failed e) {
      throw new IllegalStateException("the run failed: " + e.getMessage(), e);
    }
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    lastRunPhases = phases(emulator, Instant.now().minusMillis(millis));
    int puts = emulator.admin().count("PUT", "/v1.0/policies/{policyId}/products/{productId}");
    if (result.failed() || puts != products) {
      throw new IllegalStateException("the run did not disable every product: " + puts + " PUTs, "
          + result.failure().orElse("no failure"));
    }
    return millis;
  }

  /** When the emulator answered the token request, the listing, and the last PUT, from its journal. */
  private static String phases(CommerceEmulator emulator, Instant start) {
    List<JournalEntry> journal = emulator.admin().journal();
    return "token " + since(start, journal, "POST") + ", list " + since(start, journal, "GET") + ", last PUT "
        + since(start, journal, "PUT");
  }

  private static String since(Instant start, List<JournalEntry> journal, String method) {
    return journal.stream().filter(e -> e.method().equals(method)).map(JournalEntry::time).max(Instant::compareTo)
        .map(t -> Duration.between(start, t).toMillis() + " ms").orElse("-");
  }

  private static MapRawSettings settings(CommerceEmulator emulator, Path pem, int concurrency) {
    return new MapRawSettings()
        .set(PropertyNames.ENDPOINT, emulator.baseUrl().toString())
        .set(PropertyNames.AUTHORITY_HOST, emulator.baseUrl().toString())
        .set(PropertyNames.TRUST_CERTIFICATE, pem.toString())
        .set(PropertyNames.TENANT_ID, emulator.demo().tenantId())
        .set(PropertyNames.CLIENT_ID, emulator.demo().clientId())
        .set(PropertyNames.CLIENT_SECRET, emulator.demo().clientSecret())
        .set(PropertyNames.CONCURRENCY, Integer.toString(concurrency));
  }

  static long floor(int products, int concurrency, Duration latency) {
    return (2 + (products + concurrency - 1) / concurrency) * latency.toMillis();
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
