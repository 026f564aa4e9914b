package io.github.mscommerce.emulator.bench;

import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Demo;
import io.github.mscommerce.emulator.EmulatorOptions;
import io.github.mscommerce.emulator.Fault;
import io.github.mscommerce.emulator.GeneratedTenants;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Prints figures, asserts nothing: start-up time and retained heap with many generated tenants, token requests per
 * second across tenants, and how long batches of requests with injected latency take at 32 in flight, with the default
 * pool and with a single worker thread (latency holds no worker, so the two should be close).
 *
 * <pre>
 * mvn -B -ntp -q -pl commerce-emulator test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp commerce-emulator/target/test-classes:commerce-emulator/target/classes:$(cat commerce-emulator/target/cp.txt) \
 *     io.github.mscommerce.emulator.bench.ManyTenantsBenchmark [tenants=5000] [latencyMillis=50] [inFlight=32]
 * </pre>
 */
public final class ManyTenantsBenchmark {

  private ManyTenantsBenchmark() {}

  public static void main(String[] args) throws Exception {
    int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int latencyMillis = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int inFlight = args.length > 2 ? Integer.parseInt(args[2]) : 32;

    // Warm the JVM (class loading, TLS, key generation code) so the figures measure the tenants, not the JIT.
    try (CommerceEmulator warm = CommerceEmulator.start(EmulatorOptions.builder().tenants(10).build())) {
      tokens(warm, 10);
    }
    long plainStart = System.nanoTime();
    try (CommerceEmulator plain = CommerceEmulator.start()) {
      print("start without generated tenants: %d ms (%s)", (System.nanoTime() - plainStart) / 1_000_000,
          plain.baseUrl());
    }
    long baseline = retainedHeap();
    long start = System.nanoTime();
    try (CommerceEmulator emulator = CommerceEmulator.start(EmulatorOptions.builder().tenants(tenants).build())) {
      long startMillis = (System.nanoTime() - start) / 1_000_000;
      long heap = retainedHeap() - baseline;
      print("start with %d generated tenants: %d ms; retained heap for them: %.1f MiB (%d bytes per tenant)",
          tenants, startMillis, heap / 1048576.0, heap / Math.max(1, tenants));
      long tokenStart = System.nanoTime();
      int tokenCount = Math.min(tenants, 500);
      tokens(emulator, tokenCount);
      double seconds = (System.nanoTime() - tokenStart) / 1e9;
      print("%d token requests, one per tenant, %d in flight: %.0f per second", tokenCount, inFlight,
          tokenCount / seconds);
      latency(emulator, latencyMillis, inFlight, "default pool (" + EmulatorOptions.DEFAULT_THREADS + " threads)");
    }
    try (CommerceEmulator one = CommerceEmulator.start(EmulatorOptions.builder().threads(1).build())) {
      latency(one, latencyMillis, inFlight, "one worker thread");
    }
  }

  private static void latency(CommerceEmulator emulator, int latencyMillis, int inFlight, String pool)
      throws Exception {
    HttpClient client = client(emulator);
    Demo demo = emulator.demo();
    String token = token(client, emulator, demo.tenantId());
    emulator.admin().injectFault(Fault.on("GET", "/v1.0/**").withLatency(Duration.ofMillis(latencyMillis)));
    int rounds = 10;
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      List<CompletableFuture<HttpResponse<String>>> batch = new ArrayList<>();
      for (int i = 0; i < inFlight; i++) {
        batch.add(client.sendAsync(HttpRequest.newBuilder(URI.create(emulator.baseUrl()
            + "/v1.0/policies/AllowSelfServicePurchase/products")).header("Authorization", "Bearer " + token)
            .build(), HttpResponse.BodyHandlers.ofString()));
      }
      batch.forEach(CompletableFuture::join);
    }
    double perBatch = (System.nanoTime() - start) / 1e6 / rounds;
    print("%d GETs in flight with %d ms latency, %s: %.0f ms per batch (the latency alone: %d ms)", inFlight,
        latencyMillis, pool, perBatch, latencyMillis);
    emulator.admin().clearFaults();
  }

  private static void tokens(CommerceEmulator emulator, int count) {
    HttpClient client = client(emulator);
    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
    for (int number = 1; number <= count; number++) {
      all.add(client.sendAsync(tokenRequest(emulator, GeneratedTenants.domain(number)),
          HttpResponse.BodyHandlers.ofString()));
      if (all.size() == 32) {
        all.forEach(CompletableFuture::join);
        all.clear();
      }
    }
    all.forEach(CompletableFuture::join);
  }

  private static String token(HttpClient client, CommerceEmulator emulator, String tenant) throws Exception {
    String body = client.send(tokenRequest(emulator, tenant), HttpResponse.BodyHandlers.ofString()).body();
    int start = body.indexOf("\"access_token\":\"") + 16;
    return body.substring(start, body.indexOf('"', start));
  }

  private static HttpRequest tokenRequest(CommerceEmulator emulator, String tenant) {
    Demo demo = emulator.demo();
    String form = "grant_type=client_credentials&client_id=" + demo.clientId() + "&client_secret="
        + URLEncoder.encode(demo.clientSecret(), StandardCharsets.UTF_8)
        + "&scope=aeb86249-8ea3-49e2-900b-54cc8e308f85/.default";
    return HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/" + tenant + "/oauth2/v2.0/token"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
  }

  private static HttpClient client(CommerceEmulator emulator) {
    return HttpClient.newBuilder().sslContext(emulator.clientSslContext()).version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /** Heap in use after full collections: what stays reachable. */
  private static long retainedHeap() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static void print(String format, Object... values) {
    System.out.println(String.format(Locale.ROOT, format, values));
  }
}
