package io.github.mscommerce.emulator.entra;

import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.crypto.Thumbprints;
import io.github.mscommerce.emulator.jwt.JwsAlgorithms;
import io.github.mscommerce.emulator.jwt.Jwt;
import io.github.mscommerce.emulator.state.Tenant;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The certificate credential: a client assertion signed with the private key of a certificate registered on the app
 * and named by its thumbprint ({@code x5t#S256}, or SHA-1 {@code x5t} as older libraries send). Checks, in Entra's
 * order: known certificate, signature (RS256 or PS256), {@code iss} = {@code sub} = client id, {@code aud} = this
 * token endpoint, {@code nbf}/{@code exp} with 5 minutes of skew, and a {@code jti} not used before.
 */
final class CertificateAssertionCheck {

  static final Duration SKEW = Duration.ofMinutes(5);

  private final EntraServices services;

  CertificateAssertionCheck(EntraServices services) {
    this.services = services;
  }

  static boolean isCertificateAssertion(Jwt assertion) {
    return assertion.headerString("x5t#S256").isPresent() || assertion.headerString("x5t").isPresent();
  }

  AuthenticatedClient check(AppRegistration app, Tenant tenant, Jwt assertion) {
    X509Certificate certificate = registeredCertificate(app, assertion);
    if (!JwsAlgorithms.VERIFIABLE.contains(assertion.algorithm())) {
      throw OAuthErrors.badAssertionSignature("the algorithm '" + assertion.algorithm() + "' is not supported; "
          + "sign with RS256 or PS256");
    }
    if (!JwsAlgorithms.verify(assertion.algorithm(), certificate.getPublicKey(), assertion.signingInput(),
        assertion.signature())) {
      throw OAuthErrors.badAssertionSignature("the key was found, but the signature does not verify with it");
    }
    String issuer = assertion.claimString("iss").orElse("");
    String subject = assertion.claimString("sub").orElse("");
    if (!issuer.equalsIgnoreCase(app.clientId()) || !subject.equalsIgnoreCase(app.clientId())) {
      throw OAuthErrors.invalidAssertionClaims("iss and sub of a certificate assertion must both be the client id "
          + app.clientId());
    }
    List<String> audiences = assertion.claimStrings("aud");
    if (audiences.stream().noneMatch(audience -> isThisTokenEndpoint(audience, tenant))) {
      throw OAuthErrors.invalidAssertionClaims("the audience " + audiences + " is not this token endpoint, "
          + services.baseUrl() + "/" + tenant.tenantId() + "/oauth2/v2.0/token");
    }
    Instant expires = AssertionWindow.check(assertion, services.clock().instant(), SKEW);
    String jti = assertion.claimString("jti")
        .orElseThrow(() -> OAuthErrors.invalidAssertionClaims("the assertion has no jti claim"));
    if (services.replay().wasUsed(jti)) {
      throw OAuthErrors.invalidAssertionClaims("the assertion's jti was already used; create a new assertion for "
          + "each token request");
    }
    return AuthenticatedClient.withAssertion(jti, expires);
  }

  private static X509Certificate registeredCertificate(AppRegistration app, Jwt assertion) {
    Optional<String> sha256 = assertion.headerString("x5t#S256");
    String thumbprint = sha256.orElseGet(() -> assertion.headerString("x5t").orElse(""));
    byte[] wanted = Thumbprints.decode(thumbprint).orElse(new byte[0]);
    for (X509Certificate certificate : app.certificates()) {
      byte[] actual = sha256.isPresent() ? Thumbprints.sha256(certificate) : Thumbprints.sha1(certificate);
      if (Arrays.equals(actual, wanted)) {
        return certificate;
      }
    }
    throw OAuthErrors.unregisteredCertificate(thumbprint, app.clientId());
  }

  /**
   * MSAL addresses the assertion to the URL it posts to (lower-cased). Accept that URL for any name of this tenant
   * (id or domain), over 127.0.0.1 or localhost, ignoring case.
   */
  private boolean isThisTokenEndpoint(String audience, Tenant tenant) {
    try {
      URI uri = new URI(audience);
      URI base = services.baseUrl();
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      String[] path = uri.getPath() == null ? new String[0] : uri.getPath().split("/");
      return "https".equalsIgnoreCase(uri.getScheme())
          && (host.equals("127.0.0.1") || host.equals("localhost"))
          && uri.getPort() == base.getPort()
          && path.length == 5 && path[0].isEmpty() && tenant.isNamedBy(path[1])
          && "oauth2/v2.0/token".equalsIgnoreCase(path[2] + "/" + path[3] + "/" + path[4]);
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
