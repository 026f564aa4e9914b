package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.AuthenticationFailedException;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

public class StaticTokenCredentialIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final String PRODUCTS_ROUTE = "/v1.0/policies/{policyId}/products";

  private CommerceEmulator emulator;
  private String token;

  @Before
  public void tokenFromElsewhere() {
    emulator = SharedEmulator.fresh();
    token = new ClientSecretCredential(SharedEmulator.authority(), emulator.demo().clientId(),
        SecretValue.of(emulator.demo().clientSecret(), "the demo app's secret"), SharedEmulator.options())
        .token(false).value().reveal();
  }

  private CommerceClient client() {
    return CommerceClient.builder().endpoint(emulator.baseUrl()).network(SharedEmulator.network())
        .credential(new StaticTokenCredential(SecretValue.of(token, "COMMERCE_ACCESS_TOKEN"))).build();
  }

  @Test
  public void productPolicies_suppliedToken_isAccepted() {
    assertFalse(client().productPolicies().isEmpty());
  }

  @Test
  public void productPolicies_suppliedTokenExpired_failsOnceWithoutATokenRequest() {
    emulator.admin().expireIssuedTokens();
    emulator.admin().clearJournal();

    AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class,
        () -> client().productPolicies());

    assertEquals(1, emulator.admin().count("GET", PRODUCTS_ROUTE));
    assertEquals(0, emulator.admin().count("POST", ClientSecretCredentialIT.TOKEN_ROUTE));
    assertEquals(401, e.status().getAsInt());
    assertFalse(e.getMessage().contains(token));
    assertTrue(e.reason(), e.reason().startsWith("Reading the product policies was refused: the access token was "
        + "not accepted ("));
    assertTrue("says a fixed token cannot be renewed: " + e.reason(),
        e.reason().contains("The supplied access token may have expired"));
  }
}
