package io.github.mscommerce.emulator.entra;

import java.time.Instant;

/**
 * A confidential client that proved who it is, and the assertion {@code jti} to mark as used once a token is issued.
 *
 * @param assertionId the certificate assertion's {@code jti}, or null
 * @param assertionExpires when that assertion expires, or null
 */
record AuthenticatedClient(String assertionId, Instant assertionExpires) {

  static final AuthenticatedClient WITHOUT_ASSERTION_TO_RECORD = new AuthenticatedClient(null, null);

  static AuthenticatedClient withAssertion(String jti, Instant expires) {
    return new AuthenticatedClient(jti, expires);
  }
}
