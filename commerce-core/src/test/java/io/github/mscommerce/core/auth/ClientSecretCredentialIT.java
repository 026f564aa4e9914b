package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.AuthenticationFailedException;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Demo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

public class ClientSecretCredentialIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  static final String TOKEN_ROUTE = "/{tenant}/oauth2/v2.0/token";

  private CommerceEmulator emulator;
  private Demo demo;

  @Before
  public void freshEmulator() {
    emulator = SharedEmulator.fresh();
    demo = emulator.demo();
  }

  private ClientSecretCredential credential(String secret) {
    return new ClientSecretCredential(SharedEmulator.authority(), demo.clientId(),
        SecretValue.of(secret, "the demo app's secret"), SharedEmulator.options());
  }

  private int tokenRequests() {
    return emulator.admin().count("POST", TOKEN_ROUTE);
  }

  @Test
  public void token_demoAppSecret_isAcceptedByThePolicyService() {
    ClientSecretCredential credential = credential(demo.clientSecret());

    CommerceClient client = CommerceClient.builder().endpoint(emulator.baseUrl()).network(SharedEmulator.network())
        .credential(credential).build();

    assertFalse(client.productPolicies().isEmpty());
    assertEquals(1, tokenRequests());
  }

  @Test
  public void token_secondCall_isServedFromMsalsCache() {
    ClientSecretCredential credential = credential(demo.clientSecret());

    AccessToken first = credential.token(false);
    AccessToken second = credential.token(false);

    assertEquals(first.value().reveal(), second.value().reveal());
    assertEquals(1, tokenRequests());
  }

  @Test
  public void token_forceRefresh_fetchesANewToken() {
    ClientSecretCredential credential = credential(demo.clientSecret());

    AccessToken first = credential.token(false);
    AccessToken refreshed = credential.token(true);

    assertNotEquals(first.value().reveal(), refreshed.value().reveal());
    assertEquals(2, tokenRequests());
    assertEquals("the refreshed token is cached", refreshed.value().reveal(),
        credential.token(false).value().reveal());
    assertEquals(2, tokenRequests());
  }

  @Test
  public void token_parallelCallersWithAColdCache_shareOneTokenRequest() throws Exception {
    ClientSecretCredential credential = credential(demo.clientSecret());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<AccessToken>> tokens = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        tokens.add(pool.submit(() -> credential.token(false)));
      }
      for (Future<AccessToken> token : tokens) {
        assertEquals(tokens.get(0).get().value().reveal(), token.get().value().reveal());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, tokenRequests());
  }

  @Test
  public void token_wrongSecret_isRefusedWithAadsts7000215() {
    String wrong = "wrong-" + demo.clientSecret();
    ClientSecretCredential credential = credential(wrong);

    AuthenticationFailedException e = Refusals.assertRefused(AuthenticationFailedException.class, "AADSTS7000215",
        () -> credential.token(false), wrong, demo.clientSecret());

    assertTrue(e.reason(), e.reason().startsWith(
        "Entra ID refused a token for " + credential.description() + ": AADSTS7000215"));
    assertEquals(401, e.status().getAsInt());
    assertEquals("invalid_client", e.errorCode().orElseThrow());
    assertEquals("not retried", 1, tokenRequests());
  }

  @Test
  public void token_unknownTenant_isRefusedWithAadsts90002() {
    ClientSecretCredential credential = new ClientSecretCredential(
        Authority.of(emulator.baseUrl().toString(), "00000000-0000-4000-8000-000000000bad"), demo.clientId(),
        SecretValue.of(demo.clientSecret(), "the demo app's secret"), SharedEmulator.options());

    Refusals.assertRefused(AuthenticationFailedException.class, "AADSTS90002", () -> credential.token(false),
        demo.clientSecret());
    assertEquals(1, tokenRequests());
  }
}
