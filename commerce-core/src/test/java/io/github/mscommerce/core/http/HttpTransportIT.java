package io.github.mscommerce.core.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.EmulatorTokenCredential;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import java.net.URI;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** Transports as consecutive Jenkins steps make them: one per task, with settings built anew each time. */
public class HttpTransportIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final String LIST = "/v1.0/policies/AllowSelfServicePurchase/products";

  private CommerceEmulator emulator;
  private EmulatorTokenCredential tokens;

  @Before
  public void freshEmulator() {
    emulator = SharedEmulator.fresh();
    tokens = new EmulatorTokenCredential(emulator.baseUrl(), emulator.demo().tenantId(), emulator.demo().clientId(),
        emulator.demo().clientSecret(), emulator.clientSslContext());
  }

  private int listAsANewTask() {
    HttpTransport transport = new HttpTransport(SharedEmulator.network(), RetryPolicy.defaults(), tokens, event -> {},
        Suggestions.generic(), TimeSource.SYSTEM);
    return transport.send(new HttpTransport.Request("GET", URI.create(emulator.baseUrl() + LIST), null, "Listing"))
        .status();
  }

  /** Each JDK HTTP client runs one selector thread with this name pattern for as long as it is referenced. */
  private static long selectorThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("HttpClient-") && thread.getName().endsWith("-SelectorManager"))
        .count();
  }

  @Test
  public void send_aTransportPerTaskWithEqualSettings_addsNoClientThreads() {
    assertEquals(200, listAsANewTask());
    long before = selectorThreads();

    for (int task = 0; task < 20; task++) {
      assertEquals(200, listAsANewTask());
    }

    // At most as many as before: a client of an earlier test may have been collected meanwhile, and its thread ended.
    long after = selectorThreads();
    assertTrue("the 20 tasks shared the first task's client: " + before + " threads before, " + after + " after",
        after <= before);
    assertEquals(21, emulator.admin().count("GET", "/v1.0/policies/{policyId}/products"));
  }
}
