package io.github.mscommerce.emulator.jwt;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.mscommerce.emulator.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** A compact JWS (header.claims.signature) taken apart, with typed access to its header and claims. */
public final class Jwt {

  private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

  private final JsonObject header;
  private final JsonObject claims;
  private final String signingInput;
  private final byte[] signature;

  private Jwt(JsonObject header, JsonObject claims, String signingInput, byte[] signature) {
    this.header = header;
    this.claims = claims;
    this.signingInput = signingInput;
    this.signature = signature;
  }

  /**
   * Splits and decodes a compact JWT without checking its signature.
   *
   * @throws MalformedJwtException when it is not three base64url parts of which the first two are JSON objects
   */
  public static Jwt parse(String compact) {
    if (compact == null) {
      throw new MalformedJwtException("no token");
    }
    String[] parts = compact.trim().split("\\.", -1);
    if (parts.length != 3) {
      throw new MalformedJwtException("a JWT has three dot-separated parts, this has " + parts.length);
    }
    try {
      JsonObject header = decodeObject(parts[0]);
      JsonObject claims = decodeObject(parts[1]);
      return new Jwt(header, claims, parts[0] + "." + parts[1], URL_DECODER.decode(parts[2]));
    } catch (IllegalArgumentException e) {
      // deliberately without the token text: it may be a live credential
      throw new MalformedJwtException("a part is not base64url-encoded JSON");
    }
  }

  public String algorithm() {
    return headerString("alg").orElse("");
  }

  public Optional<String> headerString(String name) {
    return string(header, name);
  }

  public Optional<String> claimString(String name) {
    return string(claims, name);
  }

  /** A NumericDate claim (seconds since the epoch); empty when absent or not a number. */
  public Optional<Long> claimEpochSeconds(String name) {
    JsonElement value = claims.get(name);
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      return Optional.empty();
    }
    return Optional.of(value.getAsLong());
  }

  /** A claim that may be one string or an array of strings ({@code aud}, {@code roles}, {@code wids}). */
  public List<String> claimStrings(String name) {
    List<String> values = new ArrayList<>();
    JsonElement value = claims.get(name);
    if (value == null || value.isJsonNull()) {
      return values;
    }
    if (value.isJsonArray()) {
      for (JsonElement item : value.getAsJsonArray()) {
        if (item.isJsonPrimitive()) {
          values.add(item.getAsString());
        }
      }
    } else if (value.isJsonPrimitive()) {
      values.add(value.getAsString());
    }
    return values;
  }

  public String signingInput() {
    return signingInput;
  }

  public byte[] signature() {
    return signature.clone();
  }

  public boolean isUnsigned() {
    return signature.length == 0 || "none".equalsIgnoreCase(algorithm());
  }

  public static String encode(JsonObject header, JsonObject claims, byte[] signature) {
    return encodePart(header) + "." + encodePart(claims) + "." + base64Url(signature);
  }

  public static String signingInput(JsonObject header, JsonObject claims) {
    return encodePart(header) + "." + encodePart(claims);
  }

  public static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static JsonArray array(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }

  /** No {@code toString()} with content: a JWT is a credential. */
  @Override
  public String toString() {
    return "Jwt[alg=" + algorithm() + "]";
  }

  private static String encodePart(JsonObject part) {
    return base64Url(Json.write(part).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject decodeObject(String part) {
    JsonElement element = Json.parse(new String(URL_DECODER.decode(part), StandardCharsets.UTF_8));
    if (!element.isJsonObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return element.getAsJsonObject();
  }

  private static Optional<String> string(JsonObject object, String name) {
    JsonElement value = object.get(name);
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      return Optional.empty();
    }
    return Optional.of(value.getAsString());
  }

  /** The text is not a structurally valid JWT. */
  public static final class MalformedJwtException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public MalformedJwtException(String message) {
      super(message);
    }
  }
}
