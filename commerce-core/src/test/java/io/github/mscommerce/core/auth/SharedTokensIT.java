package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.AuthenticationFailedException;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.TokenCredential;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Demo;
import io.github.mscommerce.emulator.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * Tasks of one JVM (Maven goals, Jenkins steps, parallel branches) each build their own credential and client from the
 * same settings, as the front ends do; the journal shows which of them signed in.
 */
public class SharedTokensIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final String LIST_PATH = "/v1.0/policies/AllowSelfServicePurchase/products";
  private static final String LIST_ROUTE = "/v1.0/policies/{policyId}/products";
  private static final String DEVICE_CODE_ROUTE = "/{tenant}/oauth2/v2.0/devicecode";

  private CommerceEmulator emulator;
  private Demo demo;

  @Before
  public void coldStart() {
    emulator = SharedEmulator.fresh();
    demo = emulator.demo();
  }

  private ClientSecretCredential secretCredential(String secret) {
    return new ClientSecretCredential(SharedEmulator.authority(), demo.clientId(),
        SecretValue.of(secret, "commerce.clientSecret"), SharedEmulator.options());
  }

  /** What one task does: its own credential, its own client, one listing. */
  private int listAsANewTask(TokenCredential credential) {
    return CommerceClient.builder().endpoint(emulator.baseUrl()).network(SharedEmulator.network())
        .credential(credential).build().productPolicies().size();
  }

  private int tokenRequests() {
    return emulator.admin().count("POST", ClientSecretCredentialIT.TOKEN_ROUTE);
  }

  private int listings() {
    return emulator.admin().count("GET", LIST_ROUTE);
  }

  @Test
  public void read_coldThenWarm_takesTwoRequestsThenOne() {
    listAsANewTask(secretCredential(demo.clientSecret()));
    assertEquals("cold: a token and the listing", 2, emulator.admin().journal().size());

    listAsANewTask(secretCredential(demo.clientSecret()));
    assertEquals("warm: the listing only", 3, emulator.admin().journal().size());
  }

  @Test
  public void token_twoCredentialsBuiltSeparatelyWithEqualInputs_signInOnce() {
    secretCredential(demo.clientSecret()).token(false);
    secretCredential(demo.clientSecret()).token(false);

    assertEquals(1, tokenRequests());
  }

  @Test
  public void token_anotherSecretOfTheSameApp_signsInItselfAndIsRefused() {
    secretCredential(demo.clientSecret()).token(false);
    String wrong = "wrong-" + demo.clientSecret();

    Refusals.assertRefused(AuthenticationFailedException.class, "AADSTS7000215",
        () -> secretCredential(wrong).token(false), wrong, demo.clientSecret());
    assertEquals("no token of the right secret for the wrong one", 2, tokenRequests());
  }

  @Test
  public void list_after401_theRefusedTokenLeavesAndTheNextTaskUsesTheNewOne() {
    listAsANewTask(secretCredential(demo.clientSecret()));
    emulator.admin().expireIssuedTokens();

    listAsANewTask(secretCredential(demo.clientSecret()));
    assertEquals("one fresh token after the 401", 2, tokenRequests());

    listAsANewTask(secretCredential(demo.clientSecret()));
    assertEquals("the next task uses the fresh token", 2, tokenRequests());
    assertEquals(4, listings());
  }

  @Test
  public void list_freshTokenRefusedToo_leavesNothingBehindForTheNextTask() {
    listAsANewTask(secretCredential(demo.clientSecret()));
    emulator.admin().injectFault(Fault.on("GET", LIST_PATH).thenStatus(401).thenStatus(401));

    AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class,
        () -> listAsANewTask(secretCredential(demo.clientSecret())));
    assertTrue(e.getMessage(), e.getMessage().contains("A fresh token was refused too"));
    assertEquals(2, tokenRequests());

    listAsANewTask(secretCredential(demo.clientSecret()));
    assertEquals("the next task fetches a new token", 3, tokenRequests());
  }

  @Test
  public void list_parallelBranchesWithEqualCredentialsAndAColdCache_shareOneTokenRequest() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Integer>> branches = new ArrayList<>();
      Callable<Integer> branch = () -> {
        ClientSecretCredential credential = secretCredential(demo.clientSecret());
        start.await(10, TimeUnit.SECONDS);
        return listAsANewTask(credential);
      };
      for (int i = 0; i < 6; i++) {
        branches.add(pool.submit(branch));
      }
      start.countDown();
      for (Future<Integer> result : branches) {
        assertTrue(result.get(60, TimeUnit.SECONDS) > 0);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, tokenRequests());
    assertEquals(6, listings());
  }

  @Test
  public void token_sameUserAndPasswordInTwoTasks_signsInOnceButAnotherPasswordDoesNot() {
    usernamePassword(demo.userPassword()).token(false);
    usernamePassword(demo.userPassword()).token(false);
    assertEquals(1, tokenRequests());

    String wrong = "wrong-" + demo.userPassword();
    Refusals.assertRefused(AuthenticationFailedException.class, "AADSTS50126",
        () -> usernamePassword(wrong).token(false), wrong, demo.userPassword());
  }

  @Test
  public void token_deviceCodeSignIns_areNotSharedBetweenTasks() {
    emulator.admin().autoApproveDeviceCodes(0, demo.adminUser());

    deviceCode().token(false);
    deviceCode().token(false);

    assertEquals("each task's user signs in", 2, emulator.admin().count("POST", DEVICE_CODE_ROUTE));
  }

  private UsernamePasswordCredential usernamePassword(String password) {
    return new UsernamePasswordCredential(SharedEmulator.authority(), PublicClients.MSCOMMERCE_MODULE,
        demo.adminUser(), SecretValue.of(password, "commerce.password"), SharedEmulator.options());
  }

  private DeviceCodeCredential deviceCode() {
    return new DeviceCodeCredential(SharedEmulator.authority(), PublicClients.MSCOMMERCE_MODULE, message -> {},
        SharedEmulator.options());
  }
}
