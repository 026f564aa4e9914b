package io.github.mscommerce.emulator.http;

import java.util.Map;

/** Reason phrases and the policy service's {@code errorCode} for HTTP statuses. */
public final class StatusNames {

  private static final Map<Integer, String> PHRASES = Map.ofEntries(
      Map.entry(200, "OK"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
      Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
      Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"), Map.entry(413, "Payload Too Large"),
      Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
      Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

  private StatusNames() {}

  public static String reasonPhrase(int status) {
    return PHRASES.getOrDefault(status, "Status " + status);
  }

  /** The phrase without spaces, e.g. {@code TooManyRequests}, as the policy service's {@code errorCode}. */
  public static String errorCode(int status) {
    String phrase = PHRASES.get(status);
    return phrase == null ? (status >= 500 ? "ServerError" : "Error") : phrase.replace(" ", "");
  }
}
