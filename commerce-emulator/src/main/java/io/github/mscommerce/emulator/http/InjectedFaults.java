package io.github.mscommerce.emulator.http;

import io.github.mscommerce.emulator.Fault;
import java.util.Arrays;

/** The responses of injected fault steps. */
final class InjectedFaults {

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
    byte[] broken = body.length < 4 ? "{\"items\":[".getBytes(java.nio.charset.StandardCharsets.UTF_8)
        : Arrays.copyOf(body, body.length / 2);
    return real.withBody(200, broken);
  }
}
