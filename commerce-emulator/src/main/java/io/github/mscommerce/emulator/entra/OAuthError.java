package io.github.mscommerce.emulator.entra;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.mscommerce.emulator.http.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A token request failed, in the OAuth error shape Entra sends and MSAL parses: {@code error},
 * {@code error_description} starting with {@code AADSTSnnnnnn:}, {@code error_codes}, {@code timestamp},
 * {@code trace_id} and {@code correlation_id}. Descriptions never contain a secret, password or assertion.
 */
public final class OAuthError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final int status;
  private final String error;
  private final int code;

  public OAuthError(int status, String error, int code, String description) {
    super(description, null, false, false);
    this.status = status;
    this.error = error;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String error() {
    return error;
  }

  public int code() {
    return code;
  }

  /** @param correlationId the client's {@code client-request-id}, or null to make one up */
  public Response toResponse(String correlationId) {
    String correlation = correlationId != null ? correlationId : UUID.randomUUID().toString();
    String traceId = UUID.randomUUID().toString();
    String timestamp = TIMESTAMP.format(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    JsonObject body = new JsonObject();
    body.addProperty("error", error);
    body.addProperty("error_description", "AADSTS" + code + ": " + getMessage() + " Trace ID: " + traceId
        + " Correlation ID: " + correlation + " Timestamp: " + timestamp);
    JsonArray codes = new JsonArray();
    codes.add(code);
    body.add("error_codes", codes);
    body.addProperty("timestamp", timestamp);
    body.addProperty("trace_id", traceId);
    body.addProperty("correlation_id", correlation);
    return Response.json(status, body);
  }
}
