package io.github.mscommerce.emulator.http;

/** Serves one method of one route. Problems the client caused become error responses, not exceptions. */
@FunctionalInterface
public interface Endpoint {
  Response handle(Request request);
}
