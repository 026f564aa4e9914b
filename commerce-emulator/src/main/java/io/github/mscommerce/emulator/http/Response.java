package io.github.mscommerce.emulator.http;

import com.google.gson.JsonElement;
import io.github.mscommerce.emulator.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response before it is sent, so the dispatcher can journal it, replace its body (malformed fault) or add headers.
 *
 * @param status the HTTP status
 * @param headers response headers in order
 * @param body the body bytes (empty for none)
 * @param facts what the handler learnt about the request for the journal (e.g. the tenant of a {@code common} sign-in)
 */
public record Response(int status, Map<String, String> headers, byte[] body, RequestFacts facts) {

  public static final String JSON = "application/json; charset=utf-8";

  public Response {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  public static Response json(int status, JsonElement body) {
    return new Response(status, Map.of("Content-Type", JSON), Json.write(body).getBytes(StandardCharsets.UTF_8),
        RequestFacts.NONE);
  }

  public Response withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Response(status, more, body, facts);
  }

  public Response withFacts(RequestFacts facts) {
    return new Response(status, headers, body, facts);
  }

  public Response withBody(int status, byte[] body) {
    return new Response(status, headers, body, facts);
  }

  /** Status and size only: bodies may hold tokens. */
  @Override
  public String toString() {
    return "Response[" + status + ", " + body.length + " bytes]";
  }
}
