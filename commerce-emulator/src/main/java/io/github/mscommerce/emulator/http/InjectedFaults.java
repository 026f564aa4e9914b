package io.github.mscommerce.emulator.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.mscommerce.emulator.Fault;
import io.github.mscommerce.emulator.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** The responses of injected fault steps. */
final class InjectedFaults {

  private static final String ENABLED = "Enabled";
  private static final String DISABLED = "Disabled";

  private InjectedFaults() {}

  static Response status(RouteFamily family, Request request, Fault.Step step) {
    Response response = family.error(request, step.status(),
        "Injected by the emulator: HTTP " + step.status() + " " + StatusNames.reasonPhrase(step.status()) + ".");
    return step.retryAfter() == null ? response : response.withHeader("Retry-After", step.retryAfter());
  }

  /**
   * The real response's status becomes 200 and its body is cut in half. Cutting a JSON object before its end can
   * never leave valid JSON, and the fragment still looks like the response a dropped stream would leave behind.
   */
  static Response malformed(Response real) {
    byte[] body = real.body();
    byte[] broken = body.length < 4 ? "{\"items\":[".getBytes(StandardCharsets.UTF_8)
        : Arrays.copyOf(body, body.length / 2);
    return real.withBody(200, broken);
  }

  /** The real response's headers with status 200 and no body at all. */
  static Response empty(Response real) {
    return real.withBody(200, new byte[0]);
  }

  /** The page a reverse proxy (here shaped like nginx's) sends when the service behind it fails. */
  static Response html(int status) {
    String title = status + " " + StatusNames.reasonPhrase(status);
    String page = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
        + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    return new Response(status, Map.of("Content-Type", "text/html"), page.getBytes(StandardCharsets.UTF_8),
        RequestFacts.NONE);
  }

  static Response redirect(Fault.Step step) {
    return new Response(step.status(), Map.of("Location", step.location()), new byte[0], RequestFacts.NONE);
  }

  /**
   * The item as {@code current} (the answer of a GET of the same path) shows it, but naming a value other than the
   * one sent: the current value when it differs (as if the write were lost), else another one. Nothing changes. An
   * error answer of the GET (401, 403, 404) is returned as it is; empty when the answer has no {@code policyValue}.
   */
  static Optional<Response> wrongValue(Response current, Request request) {
    if (current.status() != 200) {
      return Optional.of(current);
    }
    Optional<JsonObject> item = jsonObject(current.body()).filter(json -> json.has("policyValue"));
    if (item.isEmpty()) {
      return Optional.empty();
    }
    String shown = item.get().get("policyValue").getAsString();
    String sent = jsonObject(request.bodyText().getBytes(StandardCharsets.UTF_8))
        .map(json -> json.get("policyValue")).filter(value -> value != null && value.isJsonPrimitive())
        .map(JsonElement::getAsString).orElse(shown);
    // Enabled and Disabled are the two values every product and offer type takes.
    String wrong = !shown.equals(sent) ? shown : ENABLED.equals(sent) ? DISABLED : ENABLED;
    JsonObject body = item.get().deepCopy();
    body.addProperty("policyValue", wrong);
    return Optional.of(Response.json(200, body).withFacts(current.facts()));
  }

  private static Optional<JsonObject> jsonObject(byte[] bytes) {
    try {
      JsonElement element = Json.parse(new String(bytes, StandardCharsets.UTF_8));
      return element.isJsonObject() ? Optional.of(element.getAsJsonObject()) : Optional.empty();
    } catch (Json.MalformedJsonException e) {
      return Optional.empty();
    }
  }
}
