package io.github.mscommerce.emulator.tokens;

import com.google.gson.JsonObject;
import io.github.mscommerce.emulator.UserAccount;
import io.github.mscommerce.emulator.jwt.Jwt;
import io.github.mscommerce.emulator.jwt.SigningKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Issues RS256 access tokens shaped like Entra's v1 tokens for the policy service: {@code aud}, {@code iss},
 * {@code iat}, {@code nbf}, {@code exp}, {@code tid}, {@code oid}, {@code sub}, {@code appid}, {@code jti}, plus
 * {@code roles} for apps and managed identities, or {@code scp}, {@code wids} and {@code upn} for users.
 */
public final class AccessTokenIssuer {

  private final SigningKey key;
  private final TokenLedger ledger;
  private final TokenLifetime lifetime;
  private final Clock clock;

  public AccessTokenIssuer(SigningKey key, TokenLedger ledger, TokenLifetime lifetime, Clock clock) {
    this.key = key;
    this.ledger = ledger;
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /**
   * @param roles app roles; only put into tokens for the policy service, whose roles they are
   */
  public IssuedToken forApp(String tenantId, String clientId, String objectId, List<String> roles, String audience) {
    JsonObject claims = common(tenantId, clientId, objectId, objectId, audience);
    if (PolicyApi.isPolicyAudience(audience) && !roles.isEmpty()) {
      claims.add("roles", Jwt.array(roles));
    }
    return sign(claims);
  }

  /** @param scopes the delegated permissions granted, space-separated as in {@code scp} */
  public IssuedToken forUser(String tenantId, UserAccount user, String clientId, String audience, String scopes) {
    // Entra's "sub" is pairwise per app; derive a stable value that differs from the object id like the real one.
    String subject = UUID.nameUUIDFromBytes((user.objectId() + "|" + clientId).getBytes(StandardCharsets.UTF_8))
        .toString();
    JsonObject claims = common(tenantId, clientId, user.objectId(), subject, audience);
    claims.addProperty("scp", scopes);
    List<String> wids = new ArrayList<>(user.directoryRoleTemplateIds());
    wids.add(PolicyApi.DEFAULT_USER_ROLE);
    claims.add("wids", Jwt.array(wids));
    claims.addProperty("upn", user.username());
    return sign(claims);
  }

  private JsonObject common(String tenantId, String clientId, String objectId, String subject, String audience) {
    long now = clock.instant().getEpochSecond();
    JsonObject claims = new JsonObject();
    claims.addProperty("aud", audience);
    claims.addProperty("iss", issuer(tenantId));
    claims.addProperty("iat", now);
    claims.addProperty("nbf", now);
    claims.addProperty("exp", now + lifetime.get().getSeconds());
    claims.addProperty("tid", tenantId);
    claims.addProperty("oid", objectId);
    claims.addProperty("sub", subject);
    claims.addProperty("appid", clientId);
    claims.addProperty("jti", UUID.randomUUID().toString());
    return claims;
  }

  /** The v1 issuer Entra puts into tokens for this resource. */
  public static String issuer(String tenantId) {
    return "https://sts.windows.net/" + tenantId + "/";
  }

  private IssuedToken sign(JsonObject claims) {
    Instant expiresOn = Instant.ofEpochSecond(claims.get("exp").getAsLong());
    ledger.issued(claims.get("jti").getAsString(), expiresOn);
    long expiresIn = claims.get("exp").getAsLong() - claims.get("iat").getAsLong();
    String signed = key.sign(claims);
    ledger.issuedValue(signed);
    return new IssuedToken(signed, expiresIn, expiresOn);
  }
}
