package io.github.mscommerce.emulator.tokens;

import java.time.Instant;

/** An access token just issued, with the expiry figures token responses carry. */
public record IssuedToken(String accessToken, long expiresInSeconds, Instant expiresOn) {

  /** Never the token itself. */
  @Override
  public String toString() {
    return "IssuedToken[expiresIn=" + expiresInSeconds + "s]";
  }
}
