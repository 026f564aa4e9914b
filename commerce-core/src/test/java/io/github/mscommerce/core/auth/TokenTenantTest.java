package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;

import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.SecretValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.Test;

public class TokenTenantTest {

  private static AccessToken token(String value) {
    return new AccessToken(SecretValue.of(value, "a test"), Instant.now().plusSeconds(3600));
  }

  private static AccessToken jwt(String claims) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    return token(base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl");
  }

  @Test
  public void of_jwtWithTid_isTheTenantGuidInLowerCase() {
    assertEquals(Optional.of("7c5d2b8e-4f1a-4e3b-9d6c-0a1b2c3d4e5f"),
        TokenTenant.of(jwt("{\"tid\":\"7C5D2B8E-4F1A-4E3B-9D6C-0A1B2C3D4E5F\",\"aud\":\"x\"}")));
  }

  @Test
  public void of_opaqueToken_isEmpty() {
    assertEquals(Optional.empty(), TokenTenant.of(token("not-a-jwt")));
  }

  @Test
  public void of_tidThatIsNoGuid_isEmpty() {
    assertEquals(Optional.empty(), TokenTenant.of(jwt("{\"tid\":\"contoso.onmicrosoft.com\"}")));
    assertEquals(Optional.empty(), TokenTenant.of(jwt("{\"tid\":42}")));
    assertEquals(Optional.empty(), TokenTenant.of(jwt("[1,2]")));
  }

  @Test
  public void of_undecodablePayload_isEmpty() {
    assertEquals(Optional.empty(), TokenTenant.of(token("a.%%%.c")));
  }
}
