package io.github.mscommerce.core.auth;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads claims of a JWT access token without verifying it: only to know when a caller-supplied token runs out
 * ({@code exp}) and which tenant it is for ({@code tid}), so a mistake is reported before any request. The token itself
 * is never kept, logged or put in a message here.
 */
final class JwtClaims {

  private JwtClaims() {}

  /** Empty when the token is not a JWT with a numeric {@code exp} (Entra ID may issue opaque tokens). */
  static Optional<Instant> expiry(String token) {
    try {
      return claims(token).map(claims -> claims.get("exp"))
          .filter(exp -> exp.isJsonPrimitive() && exp.getAsJsonPrimitive().isNumber())
          .map(exp -> Instant.ofEpochSecond(exp.getAsLong()));
    } catch (ArithmeticException | DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The {@code tid} claim: the tenant the token is for; empty when the token is no JWT or has none. */
  static Optional<String> tenant(String token) {
    return claims(token).map(claims -> claims.get("tid"))
        .filter(tid -> tid.isJsonPrimitive() && tid.getAsJsonPrimitive().isString())
        .map(JsonElement::getAsString);
  }

  private static Optional<JsonObject> claims(String token) {
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
      JsonElement root = JsonParser.parseString(payload);
      return root.isJsonObject() ? Optional.of(root.getAsJsonObject()) : Optional.empty();
    } catch (IllegalArgumentException | JsonParseException e) {
      return Optional.empty();
    }
  }
}
