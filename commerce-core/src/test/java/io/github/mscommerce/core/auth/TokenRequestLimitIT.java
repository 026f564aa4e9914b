package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;

import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.http.RequestLimit;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import org.junit.Before;
import org.junit.Test;

/** A token request takes a permit of the run's cap like any other request; a token served from the cache does not. */
public class TokenRequestLimitIT {

  private CommerceEmulator emulator;

  @Before
  public void freshEmulator() {
    emulator = SharedEmulator.fresh();
  }

  @Test
  public void token_requestTakesAPermit_cachedTokenDoesNot() {
    RequestLimit limit = RequestLimit.of(4);
    ClientSecretCredential credential = new ClientSecretCredential(SharedEmulator.authority(),
        emulator.demo().clientId(), SecretValue.of(emulator.demo().clientSecret(), "a test"),
        SharedEmulator.options().withRequestLimit(limit));

    credential.token(false);
    credential.token(false);

    assertEquals(1, limit.requests());
    assertEquals(1, emulator.admin().count("POST", ClientSecretCredentialIT.TOKEN_ROUTE));
  }
}
