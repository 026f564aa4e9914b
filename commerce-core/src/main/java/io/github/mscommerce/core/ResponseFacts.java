package io.github.mscommerce.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What support needs to trace a failed call: the HTTP status, the service's {@code errorCode} and the
 * {@code x-ms-correlation-id} we sent. Any of them may be absent (a failure before a response has no status).
 */
public record ResponseFacts(int status, String errorCode, String correlationId) {

  private static final ResponseFacts NONE = new ResponseFacts(0, null, null);

  public static ResponseFacts none() {
    return NONE;
  }

  public static ResponseFacts of(int status, String errorCode, String correlationId) {
    return new ResponseFacts(status, errorCode, correlationId);
  }

  public static ResponseFacts correlationOnly(String correlationId) {
    return new ResponseFacts(0, null, correlationId);
  }

  public OptionalInt statusCode() {
    return status > 0 ? OptionalInt.of(status) : OptionalInt.empty();
  }

  public Optional<String> errorCodeValue() {
    return Optional.ofNullable(errorCode).filter(s -> !s.isBlank());
  }

  public Optional<String> correlationIdValue() {
    return Optional.ofNullable(correlationId).filter(s -> !s.isBlank());
  }

  /** "HTTP 403, errorCode Forbidden, correlation id 5b1…", or empty when nothing is known. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    statusCode().ifPresent(s -> parts.add("HTTP " + s));
    errorCodeValue().ifPresent(c -> parts.add("errorCode " + c));
    correlationIdValue().ifPresent(c -> parts.add("correlation id " + c));
    return String.join(", ", parts);
  }
}
