package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.SecretValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.Test;

public class StaticTokenCredentialTest {

  private static String jwt(String payloadJson) {
    Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    return encoder.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + encoder.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
  }

  @Test
  public void token_jwtWithExp_expiresWhenTheTokenSays() {
    String token = jwt("{\"aud\":\"aeb86249-8ea3-49e2-900b-54cc8e308f85\",\"exp\":1768474800}");

    AccessToken accessToken = new StaticTokenCredential(SecretValue.of(token, "commerce.accessToken")).token(false);

    assertEquals(token, accessToken.value().reveal());
    assertEquals(Instant.ofEpochSecond(1768474800), accessToken.expiresOn());
  }

  @Test
  public void token_opaqueToken_hasUnknownExpiry() {
    StaticTokenCredential credential = new StaticTokenCredential(SecretValue.of("opaque-token-value", "a test"));

    assertEquals(Instant.MAX, credential.token(false).expiresOn());
    assertEquals("access token from a test, expiry unknown", credential.description());
  }

  @Test
  public void token_jwtWithoutNumericExp_hasUnknownExpiry() {
    StaticTokenCredential credential = new StaticTokenCredential(SecretValue.of(jwt("{\"exp\":\"soon\"}"), "a test"));

    assertEquals(Instant.MAX, credential.token(false).expiresOn());
  }

  @Test
  public void token_forceRefresh_returnsTheSameTokenAndCannotRefresh() {
    StaticTokenCredential credential = new StaticTokenCredential(SecretValue.of("opaque-token-value", "a test"));

    assertSame(credential.token(false), credential.token(true));
    assertFalse(credential.canRefresh());
  }

  @Test
  public void construct_pastedBearerPrefix_isDropped() {
    StaticTokenCredential credential = new StaticTokenCredential(SecretValue.of("Bearer  opaque-token-value ", "a test"));

    assertEquals("opaque-token-value", credential.token(false).value().reveal());
  }

  @Test
  public void construct_blankToken_isInvalidSettingNamingTheOrigin() {
    try {
      new StaticTokenCredential(SecretValue.of("  ", "commerce.accessToken"));
      fail("expected InvalidSettingsException");
    } catch (InvalidSettingsException e) {
      assertTrue(e.getMessage(), e.getMessage().startsWith("The access token from commerce.accessToken is empty"));
    }
  }

  @Test
  public void construct_tokenWithLineBreak_isRefusedWithoutShowingIt() {
    try {
      new StaticTokenCredential(SecretValue.of("first-half\nsecond-half", "commerce.accessToken"));
      fail("expected InvalidSettingsException");
    } catch (InvalidSettingsException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("contains spaces, line breaks"));
      assertFalse(e.getMessage().contains("first-half"));
    }
  }

  @Test
  public void describe_jwt_namesOriginAndExpiryButNeverTheToken() {
    String token = jwt("{\"exp\":1768474800}");
    StaticTokenCredential credential = new StaticTokenCredential(SecretValue.of(token, "COMMERCE_ACCESS_TOKEN"));

    assertEquals("access token from COMMERCE_ACCESS_TOKEN, expiring 2026-01-15T11:00:00Z", credential.description());
    assertEquals("StaticTokenCredential[" + credential.description() + "]", credential.toString());
    assertFalse(credential.toString().contains(token));
    assertFalse(credential.token(false).toString().contains(token));
  }
}
