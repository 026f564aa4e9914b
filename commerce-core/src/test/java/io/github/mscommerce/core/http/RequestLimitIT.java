package io.github.mscommerce.core.http;

import static org.junit.Assert.assertEquals;

import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.Before;
import org.junit.Test;

/**
 * Clients that share a {@link RequestLimit} (the tenants of one run) never have more requests on the wire than it
 * allows, however many threads call them; the emulator holds each listing long enough for the calls to overlap.
 */
public class RequestLimitIT {

  private CommerceEmulator emulator;

  @Before
  public void freshEmulator() {
    emulator = SharedEmulator.fresh();
    emulator.admin().injectFault(Fault.on("GET", "/v1.0/policies/*/products").withLatency(Duration.ofMillis(700)));
  }

  /** {@code calls} listings, all started together on their own threads, over two clients sharing {@code limit}. */
  private void listTogether(RequestLimit limit, int calls) throws Exception {
    List<CommerceClient> clients = List.of(client(limit), client(limit));
    ExecutorService pool = Executors.newFixedThreadPool(calls);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> listings = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      CommerceClient client = clients.get(i % 2);
      listings.add(pool.submit(() -> {
        start.await();
        return client.productPolicies().size();
      }));
    }
    start.countDown();
    for (Future<Integer> listing : listings) {
      assertEquals(24, (int) listing.get());
    }
    pool.shutdown();
  }

  private static CommerceClient client(RequestLimit limit) {
    return SharedEmulator.clientBuilder(SharedEmulator.demo().clientId(), SharedEmulator.demo().clientSecret())
        .requestLimit(limit).build();
  }

  @Test
  public void send_sharedCapOfTwo_neverHasMoreThanTwoOnTheWire() throws Exception {
    RequestLimit limit = RequestLimit.of(2);

    listTogether(limit, 6);

    assertEquals(2, limit.peakInFlight());
    assertEquals(6, limit.requests());
    assertEquals(6, emulator.admin().count("GET", "/v1.0/policies/{policyId}/products"));
  }

  @Test
  public void send_capOfOne_sendsOneAtATime() throws Exception {
    RequestLimit limit = RequestLimit.of(1);

    listTogether(limit, 3);

    assertEquals(1, limit.peakInFlight());
    assertEquals(3, limit.requests());
  }
}
