package io.github.mscommerce.core.auth;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.mscommerce.core.AccessToken;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tenant an access token was issued for: its {@code tid} claim, read without verifying the token (the service
 * verifies it; this only tells which tenant a domain such as {@code contoso.onmicrosoft.com} stands for, so a run over
 * many tenants can tell a GUID and a domain of one tenant apart). The token is never kept, logged or put in a message.
 */
public final class TokenTenant {

  private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

  private TokenTenant() {}

  /** The {@code tid} in lower case; empty when the token is not a JWT with a GUID {@code tid} (Entra may be opaque). */
  public static Optional<String> of(AccessToken token) {
    String[] parts = token.value().reveal().split("\\.");
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      JsonElement root = JsonParser.parseString(new String(Base64.getUrlDecoder().decode(parts[1]),
          StandardCharsets.UTF_8));
      if (!root.isJsonObject()) {
        return Optional.empty();
      }
      JsonElement tid = root.getAsJsonObject().get("tid");
      if (tid == null || !tid.isJsonPrimitive() || !tid.getAsJsonPrimitive().isString()) {
        return Optional.empty();
      }
      String value = tid.getAsString();
      return GUID.matcher(value).matches() ? Optional.of(value.toLowerCase(Locale.ROOT)) : Optional.empty();
    } catch (IllegalArgumentException | JsonParseException e) {
      return Optional.empty();
    }
  }
}
