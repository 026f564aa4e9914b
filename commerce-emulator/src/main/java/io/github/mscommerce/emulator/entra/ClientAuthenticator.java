package io.github.mscommerce.emulator.entra;

import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.http.Request;
import io.github.mscommerce.emulator.jwt.Jwt;
import io.github.mscommerce.emulator.state.Tenant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * How a confidential client proves itself: {@code client_secret}, or a {@code client_assertion} that is either a
 * certificate assertion (it names a certificate thumbprint) or a federated one (it does not).
 */
final class ClientAuthenticator {

  private final CertificateAssertionCheck certificates;
  private final FederatedAssertionCheck federated;

  ClientAuthenticator(EntraServices services) {
    this.certificates = new CertificateAssertionCheck(services);
    this.federated = new FederatedAssertionCheck(services);
  }

  AuthenticatedClient authenticate(AppRegistration app, Tenant tenant, Request request) {
    String secret = request.formField("client_secret");
    String assertion = request.formField("client_assertion");
    if (secret != null && !secret.isEmpty()) {
      if (app.clientSecret() == null || !constantTimeEquals(secret, app.clientSecret())) {
        throw OAuthErrors.invalidSecret(app.clientId());
      }
      return AuthenticatedClient.WITHOUT_ASSERTION_TO_RECORD;
    }
    if (assertion != null && !assertion.isEmpty()) {
      if (!OAuthErrors.JWT_BEARER.equals(request.formField("client_assertion_type"))) {
        throw OAuthErrors.wrongAssertionType();
      }
      Jwt jwt = parse(assertion);
      return CertificateAssertionCheck.isCertificateAssertion(jwt)
          ? certificates.check(app, tenant, jwt)
          : federated.check(app, jwt);
    }
    throw OAuthErrors.missingClientAuthentication();
  }

  private static Jwt parse(String assertion) {
    try {
      return Jwt.parse(assertion);
    } catch (Jwt.MalformedJwtException e) {
      throw OAuthErrors.malformedAssertion(e.getMessage());
    }
  }

  /** Secrets are compared in constant time, as a real service must. */
  private static boolean constantTimeEquals(String given, String expected) {
    return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
