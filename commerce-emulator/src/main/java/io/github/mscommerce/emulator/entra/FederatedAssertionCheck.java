package io.github.mscommerce.emulator.entra;

import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.jwt.Jwt;
import java.time.Duration;
import java.util.List;

/**
 * Workload identity federation: an assertion from an external issuer that the app trusts. Its
 * ({@code iss}, {@code sub}, {@code aud}) must equal one of the app's federated credentials; its signature must verify
 * with the issuer's key (the emulator knows only its own issuer's); and it must not be expired. No clock skew is
 * granted, so an assertion minted with a negative lifetime is reliably expired.
 */
final class FederatedAssertionCheck {

  private final EntraServices services;

  FederatedAssertionCheck(EntraServices services) {
    this.services = services;
  }

  AuthenticatedClient check(AppRegistration app, Jwt assertion) {
    String issuer = assertion.claimString("iss").orElse("");
    String subject = assertion.claimString("sub").orElse("");
    List<String> audiences = assertion.claimStrings("aud");
    boolean matched = app.federatedCredentials().stream().anyMatch(credential ->
        credential.issuer().equals(issuer) && credential.subject().equals(subject)
            && audiences.contains(credential.audience()));
    if (!matched) {
      throw OAuthErrors.noFederatedMatch(issuer, subject, String.join(", ", audiences));
    }
    if (!issuer.equals(services.federation().issuer())) {
      throw OAuthErrors.unverifiableIssuer(issuer, services.federation().issuer());
    }
    if (!services.federation().signed(assertion)) {
      throw OAuthErrors.badAssertionSignature("the federated assertion is not signed by the key of " + issuer);
    }
    AssertionWindow.check(assertion, services.clock().instant(), Duration.ZERO);
    return AuthenticatedClient.WITHOUT_ASSERTION_TO_RECORD;
  }
}
