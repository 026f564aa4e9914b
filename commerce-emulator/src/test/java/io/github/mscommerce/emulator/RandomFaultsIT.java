package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** Seeded random faults over HTTPS: predicted by the pure function, the same under any concurrency, counted. */
public class RandomFaultsIT {

  private static final int TENANTS = 4;
  private static final int ATTEMPTS = 3;
  private static final List<String> PRODUCTS = List.of("CFQ7TTC0LH2H", "CFQ7TTC0LH3L", "CFQ7TTC0LSGZ",
      "CFQ7TTC0H6RP", "CFQ7TTC0H9MP", "CFQ7TTC0HDB1", "CFQ7TTC0HDB0", "CFQ7TTC0HD33");
  /** Kinds that answer with a status, so each outcome is one number. */
  private static final RandomFaults STATUSES = RandomFaults.seeded(20240611, 0.3)
      .kinds(RandomFaults.Kind.STATUS_503, RandomFaults.Kind.STATUS_429, RandomFaults.Kind.HTML_502)
      .on("GET", "/v1.0/policies/*/products/*");

  private static CommerceEmulator emulator;
  private static EmulatorHttp http;
  private static EmulatorAdmin admin;
  private static final Map<Integer, String> TOKENS = new ConcurrentHashMap<>();

  @BeforeClass
  public static void startEmulator() throws Exception {
    emulator = CommerceEmulator.start(EmulatorOptions.builder().tenants(TENANTS).build());
    http = new EmulatorHttp(emulator);
    admin = emulator.admin();
    for (int number = 1; number <= TENANTS; number++) {
      TOKENS.put(number, http.token(GeneratedTenants.tenantId(number), EmulatorHttp.form("grant_type",
          "client_credentials", "client_id", emulator.demo().clientId(), "client_secret",
          emulator.demo().clientSecret(), "scope", EmulatorHttp.POLICY_SCOPE)));
    }
  }

  @AfterClass
  public static void stopEmulator() {
    emulator.close();
  }

  @Before
  public void clear() {
    admin.clearFaults();
    admin.clearJournal();
  }

  @Test
  public void eachRequestGetsTheFaultThePureFunctionPredicts() throws Exception {
    admin.injectRandomFaults(STATUSES);
    admin.startRandomFaultRun(1);

    Map<String, Integer> seen = runSequentially();

    Map<String, Integer> predicted = new TreeMap<>();
    for (int number = 1; number <= TENANTS; number++) {
      for (String product : PRODUCTS) {
        String item = RandomFaults.item("GET", path(product), GeneratedTenants.tenantId(number));
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
          predicted.put(key(number, product, attempt), STATUSES.kindFor(1, item, attempt).map(RandomFaultsIT::status)
              .orElse(200));
        }
      }
    }
    assertEquals(predicted, seen);
    assertTrue("the seed and rate fault some requests: " + seen, seen.containsValue(503) || seen.containsValue(429)
        || seen.containsValue(502));
  }

  @Test
  public void theSameRunUnderConcurrencyGivesEachRequestTheSameOutcome() throws Exception {
    admin.injectRandomFaults(STATUSES);
    admin.startRandomFaultRun(5);
    Map<String, Integer> sequential = runSequentially();

    admin.startRandomFaultRun(5);
    Map<String, Integer> concurrent = runConcurrently();
    admin.startRandomFaultRun(6);
    Map<String, Integer> nextRun = runConcurrently();

    assertEquals(sequential, concurrent);
    assertNotEquals(sequential, nextRun);
  }

  @Test
  public void journalNamesFaultAndAttempt_andFaultCountsAddUpPerKind() throws Exception {
    admin.injectRandomFaults(STATUSES);
    admin.startRandomFaultRun(2);

    runConcurrently();

    List<JournalEntry> journal = admin.journal();
    Map<String, Integer> fromJournal = journal.stream().filter(entry -> entry.fault() != null)
        .collect(Collectors.toMap(JournalEntry::fault, entry -> 1, Integer::sum, TreeMap::new));
    assertEquals(fromJournal, admin.faultCounts());
    assertEquals(TENANTS * PRODUCTS.size() * ATTEMPTS, journal.size());
    assertTrue(journal.stream().allMatch(entry -> entry.attempt() >= 1 && entry.attempt() <= ATTEMPTS));
    for (JournalEntry entry : journal) {
      Optional<RandomFaults.Kind> kind = STATUSES.kindFor(2, RandomFaults.item(entry.method(), entry.path(),
          entry.tenantId()), entry.attempt());
      assertEquals(entry.toString(), kind.map(RandomFaults.Kind::label).orElse(null), entry.fault());
    }
  }

  @Test
  public void tenantScope_faultsOnlyThatTenant_namedByDomain() throws Exception {
    admin.injectRandomFaults(RandomFaults.seeded(1, 1).kinds(RandomFaults.Kind.STATUS_503)
        .forTenant(GeneratedTenants.domain(2)));

    assertEquals(503, http.get(path(PRODUCTS.get(0)), TOKENS.get(2)).statusCode());
    assertEquals(200, http.get(path(PRODUCTS.get(0)), TOKENS.get(3)).statusCode());
  }

  @Test
  public void dropAfterApply_asARandomFault_appliesThePut() throws Exception {
    admin.injectRandomFaults(RandomFaults.seeded(3, 1).kinds(RandomFaults.Kind.DROP_AFTER_APPLY).on("PUT", "/**"));
    String tenant = GeneratedTenants.tenantId(1);
    String product = admin.tenant(tenant).productsWithValue("Enabled").get(0);

    try {
      http.put(path(product), TOKENS.get(1), "{\"policyValue\":\"Disabled\"}");
      throw new AssertionError("the connection should have been dropped");
    } catch (IOException expected) {
      // no answer: that is the fault
    } finally {
      admin.clearFaults();
    }

    assertEquals("Disabled", admin.productValue(tenant, product));
    admin.setProductValue(tenant, product, "Enabled");
    assertEquals(Map.of("drop-after-apply", 1), admin.faultCounts());
  }

  @Test
  public void adminHttp_installsStartsListsAndClearsRandomFaults() throws Exception {
    assertEquals(200, http.put("/_emulator/faults/random", null, "{\"seed\":20240611,\"rate\":0.3,\"kinds\":["
        + "\"html-502\",\"status-429\",\"status-503\"],\"method\":\"GET\",\"path\":\"/v1.0/policies/*/products/*\"}")
        .statusCode());
    assertEquals(200, http.send("POST", "/_emulator/faults/random/run", null, "{\"run\":1}").statusCode());
    Map<String, Integer> overHttp = runSequentially();
    JsonObject listed = EmulatorHttp.json(http.get("/_emulator/faults", null)).getAsJsonObject("random");
    JsonObject counts = EmulatorHttp.json(http.get("/_emulator/faults/counts", null)).getAsJsonObject("faultCounts");
    Map<String, Integer> countsInJava = admin.faultCounts();

    admin.injectRandomFaults(STATUSES);
    admin.startRandomFaultRun(1);
    assertEquals("the same description over HTTP and in Java", runSequentially(), overHttp);
    assertEquals(20240611, listed.get("seed").getAsLong());
    assertEquals("[\"status-503\",\"status-429\",\"html-502\"]", listed.get("kinds").toString());
    assertEquals(countsInJava, counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
        entry -> entry.getValue().getAsInt(), Integer::sum, TreeMap::new)));
    assertEquals(200, http.send("DELETE", "/_emulator/faults/random", null, null).statusCode());
    assertFalse(EmulatorHttp.json(http.get("/_emulator/faults", null)).has("random"));
    assertEquals(400, http.send("POST", "/_emulator/faults/random/run", null, "{\"run\":2}").statusCode());
    assertEquals(400, http.put("/_emulator/faults/random", null, "{\"seed\":1,\"rate\":0.1,\"kinds\":[\"boom\"]}")
        .statusCode());
  }

  /** Each item's attempts one after the other, items one after the other. */
  private static Map<String, Integer> runSequentially() throws Exception {
    Map<String, Integer> outcomes = new TreeMap<>();
    for (int number = 1; number <= TENANTS; number++) {
      for (String product : PRODUCTS) {
        requestItem(number, product, outcomes);
      }
    }
    return outcomes;
  }

  /** Each item's attempts one after the other, but all items at once on 16 threads. */
  private static Map<String, Integer> runConcurrently() throws Exception {
    Map<String, Integer> outcomes = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int number = 1; number <= TENANTS; number++) {
        for (String product : PRODUCTS) {
          int tenant = number;
          futures.add(pool.submit(() -> {
            requestItem(tenant, product, outcomes);
            return null;
          }));
        }
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new TreeMap<>(outcomes);
  }

  private static void requestItem(int tenant, String product, Map<String, Integer> outcomes) throws Exception {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      outcomes.put(key(tenant, product, attempt), http.get(path(product), TOKENS.get(tenant)).statusCode());
    }
  }

  private static int status(RandomFaults.Kind kind) {
    return switch (kind) {
      case STATUS_503 -> 503;
      case STATUS_429 -> 429;
      case HTML_502 -> 502;
      default -> throw new AssertionError("not a status kind: " + kind);
    };
  }

  private static String key(int tenant, String product, int attempt) {
    return tenant + "/" + product + "/" + attempt;
  }

  private static String path(String product) {
    return EmulatorHttp.PRODUCTS + "/" + product;
  }
}
