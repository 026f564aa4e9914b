package io.github.mscommerce.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.AccessToken;
import java.time.Instant;
import org.junit.Test;

public class SecretValueTest {

  private static final String VALUE = "s3cr3t-Value~42";

  @Test
  public void toString_hidesTheValueButNamesTheOrigin() {
    SecretValue secret = SecretValue.of(VALUE, "AZURE_CLIENT_SECRET");
    assertFalse(secret.toString().contains(VALUE));
    assertTrue(secret.toString().contains("AZURE_CLIENT_SECRET"));
    assertEquals(VALUE, secret.reveal());
  }

  @Test
  public void accessTokenToString_hidesTheToken() {
    AccessToken token = new AccessToken(SecretValue.of(VALUE, "test"), Instant.parse("2026-11-24T00:00:00Z"));
    assertFalse(token.toString().contains(VALUE));
    assertTrue(token.toString().contains("2026-11-24T00:00:00Z"));
  }
}
