package io.github.mscommerce.emulator.entra;

import io.github.mscommerce.emulator.jwt.Jwt;
import java.time.Duration;
import java.time.Instant;

/** The {@code nbf}/{@code exp} check of client assertions, with a tolerance for clock skew. */
final class AssertionWindow {

  private AssertionWindow() {}

  /** @return the assertion's expiry */
  static Instant check(Jwt assertion, Instant now, Duration skew) {
    Instant expires = assertion.claimEpochSeconds("exp").map(Instant::ofEpochSecond)
        .orElseThrow(() -> OAuthErrors.malformedAssertion("the assertion has no exp claim"));
    Instant notBefore = assertion.claimEpochSeconds("nbf").map(Instant::ofEpochSecond).orElse(Instant.EPOCH);
    if (!now.isBefore(expires.plus(skew)) || now.isBefore(notBefore.minus(skew))) {
      throw OAuthErrors.assertionOutsideValidity("Current time: " + now + ", assertion valid from " + notBefore
          + ", expiry time of assertion " + expires + ". Create a fresh assertion.");
    }
    return expires;
  }
}
