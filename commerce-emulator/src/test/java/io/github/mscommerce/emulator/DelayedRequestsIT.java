package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;

import io.github.mscommerce.emulator.admin.InProcessAdmin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Requests held back by a fault wait on a timer, not on a worker thread: one worker serves others meanwhile. */
public class DelayedRequestsIT {

  /** Far longer than any test runs: a request held this long is only ever ended by closing the emulator. */
  private static final Duration FOREVER = Duration.ofMinutes(30);

  private CommerceEmulator emulator;
  private EmulatorHttp http;

  @Before
  public void startWithOneWorker() throws Exception {
    emulator = CommerceEmulator.start(EmulatorOptions.builder().threads(1).build());
    http = new EmulatorHttp(emulator);
  }

  @After
  public void stop() {
    emulator.close();
  }

  @Test
  public void latency_holdsNoWorker_soTheOnlyWorkerServesOtherRequestsMeanwhile() throws Exception {
    String token = http.readWriteToken();
    // The pass step makes the fault disappear once the held request has arrived: that is how the test knows.
    emulator.admin().injectFault(Fault.on("GET", "/v1.0/policies").withLatency(FOREVER).thenPass());
    CompletableFuture<HttpResponse<String>> held = sendAsync("/v1.0/policies", token);
    awaitFaultConsumed();

    HttpResponse<String> other = http.get(EmulatorHttp.PRODUCTS, token);

    assertEquals(200, other.statusCode());
    assertEquals("the held request is not answered yet", false, held.isDone());
  }

  private CompletableFuture<HttpResponse<String>> sendAsync(String path, String token) {
    HttpClient client = HttpClient.newBuilder().sslContext(emulator.clientSslContext()).build();
    return client.sendAsync(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
  }

  private void awaitFaultConsumed() throws InterruptedException {
    InProcessAdmin admin = (InProcessAdmin) emulator.admin();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!admin.installedFaults().isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the held request never reached the emulator");
      }
      Thread.sleep(10);
    }
  }
}
