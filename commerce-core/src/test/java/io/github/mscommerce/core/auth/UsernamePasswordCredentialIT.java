package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.github.mscommerce.core.AuthenticationFailedException;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Demo;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

public class UsernamePasswordCredentialIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private CommerceEmulator emulator;
  private Demo demo;

  @Before
  public void freshEmulator() {
    emulator = SharedEmulator.fresh();
    demo = emulator.demo();
  }

  private UsernamePasswordCredential credential(String password) {
    return new UsernamePasswordCredential(SharedEmulator.authority(), PublicClients.MSCOMMERCE_MODULE,
        demo.adminUser(), SecretValue.of(password, "commerce.password"), SharedEmulator.options());
  }

  private int tokenRequests() {
    return emulator.admin().count("POST", ClientSecretCredentialIT.TOKEN_ROUTE);
  }

  @Test
  public void token_rightPassword_isAcceptedByThePolicyServiceAndCached() {
    UsernamePasswordCredential credential = credential(demo.userPassword());

    CommerceClient client = CommerceClient.builder().endpoint(emulator.baseUrl()).network(SharedEmulator.network())
        .credential(credential).build();

    assertFalse(client.productPolicies().isEmpty());
    credential.token(false);
    assertEquals(1, tokenRequests());
  }

  @Test
  public void token_wrongPassword_isRefusedWithAadsts50126() {
    String wrong = "wrong-" + demo.userPassword();

    AuthenticationFailedException e = Refusals.assertRefused(AuthenticationFailedException.class, "AADSTS50126",
        () -> credential(wrong).token(false), wrong, demo.userPassword());

    assertEquals("invalid_grant", e.errorCode().orElseThrow());
  }
}
