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
 * Reads the {@code exp} claim of a JWT access token without verifying it: only to know when a caller-supplied token runs
 * out. The token itself is never kept, logged or put in a message here.
 */
final class JwtExpiry {

  private JwtExpiry() {}

  /** Empty when the token is not a JWT with a numeric {@code exp} (Entra ID may issue opaque tokens). */
  static Optional<Instant> of(String token) {
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
      JsonElement root = JsonParser.parseString(payload);
      if (!root.isJsonObject()) {
        return Optional.empty();
      }
      JsonObject claims = root.getAsJsonObject();
      JsonElement exp = claims.get("exp");
      if (exp == null || !exp.isJsonPrimitive() || !exp.getAsJsonPrimitive().isNumber()) {
        return Optional.empty();
      }
      return Optional.of(Instant.ofEpochSecond(exp.getAsLong()));
    } catch (IllegalArgumentException | JsonParseException | ArithmeticException | DateTimeException e) {
      return Optional.empty();
    }
  }
}
