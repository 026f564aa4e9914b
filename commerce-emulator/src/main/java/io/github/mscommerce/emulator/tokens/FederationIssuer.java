package io.github.mscommerce.emulator.tokens;

import com.google.gson.JsonObject;
import io.github.mscommerce.emulator.jwt.Jwt;
import io.github.mscommerce.emulator.jwt.SigningKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The emulator's own external OIDC issuer (a stand-in for GitHub Actions, Kubernetes and the like): it mints the
 * assertions that apps exchange through workload identity federation, with a key of its own.
 */
public final class FederationIssuer {

  private final String issuer;
  private final SigningKey key;
  private final Clock clock;

  public FederationIssuer(String issuer, SigningKey key, Clock clock) {
    this.issuer = issuer;
    this.key = key;
    this.clock = clock;
  }

  public String issuer() {
    return issuer;
  }

  /** @param lifetime negative for an assertion that is already expired */
  public String mint(String subject, String audience, Duration lifetime) {
    if (subject == null || subject.isBlank() || audience == null || audience.isBlank()) {
      throw new IllegalArgumentException("A federated token needs a subject and an audience (usually "
          + "api://AzureADTokenExchange)");
    }
    Instant now = clock.instant();
    Instant expires = now.plus(lifetime);
    // An already-expired assertion is also issued in the past, so its times stay consistent (iat <= exp).
    Instant issued = expires.isBefore(now) ? expires.minus(Duration.ofMinutes(10)) : now;
    JsonObject claims = new JsonObject();
    claims.addProperty("iss", issuer);
    claims.addProperty("sub", subject);
    claims.addProperty("aud", audience);
    claims.addProperty("iat", issued.getEpochSecond());
    claims.addProperty("nbf", issued.getEpochSecond());
    claims.addProperty("exp", expires.getEpochSecond());
    claims.addProperty("jti", UUID.randomUUID().toString());
    return key.sign(claims);
  }

  /** True when this issuer's key signed {@code jwt}. */
  public boolean signed(Jwt jwt) {
    return key.signed(jwt);
  }
}
