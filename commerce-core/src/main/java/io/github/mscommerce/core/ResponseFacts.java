package io.github.mscommerce.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What support needs to trace a failed call: the HTTP status, the service's {@code errorCode} and the
 * {@code x-ms-correlation-id} we sent, of the last attempt, and the correlation ids of the attempts before it (a call
 * that was retried four times left five traces in the service's logs, and the first may be the one that matters). Any
 * of them may be absent (a failure before a response has no status).
 *
 * @param earlierCorrelationIds the correlation ids of the attempts before the last one, oldest first
 */
public record ResponseFacts(int status, String errorCode, String correlationId, List<String> earlierCorrelationIds) {

  private static final ResponseFacts NONE = new ResponseFacts(0, null, null);

  public ResponseFacts {
    earlierCorrelationIds = earlierCorrelationIds == null ? List.of() : List.copyOf(earlierCorrelationIds);
  }

  public ResponseFacts(int status, String errorCode, String correlationId) {
    this(status, errorCode, correlationId, List.of());
  }

  public static ResponseFacts none() {
    return NONE;
  }

  public static ResponseFacts of(int status, String errorCode, String correlationId) {
    return new ResponseFacts(status, errorCode, correlationId);
  }

  public static ResponseFacts correlationOnly(String correlationId) {
    return new ResponseFacts(0, null, correlationId);
  }

  /** The same facts, with the correlation ids of the attempts that came before. */
  public ResponseFacts withEarlierAttempts(List<String> correlationIds) {
    return new ResponseFacts(status, errorCode, correlationId, correlationIds);
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

  /** Every attempt's correlation id, oldest first, the last attempt's at the end. */
  public List<String> allCorrelationIds() {
    List<String> all = new ArrayList<>(earlierCorrelationIds);
    correlationIdValue().ifPresent(all::add);
    return all;
  }

  /**
   * "HTTP 403, errorCode Forbidden, correlation id 5b1…", with "(earlier attempts: 9c2…, 1d4…)" after a retried call;
   * empty when nothing is known.
   */
  public String describe() {
    List<String> parts = new ArrayList<>();
    statusCode().ifPresent(s -> parts.add("HTTP " + s));
    errorCodeValue().ifPresent(c -> parts.add("errorCode " + c));
    correlationIdValue().ifPresent(c -> parts.add("correlation id " + c
        + (earlierCorrelationIds.isEmpty() ? "" : " (earlier attempts: " + String.join(", ", earlierCorrelationIds)
            + ")")));
    return String.join(", ", parts);
  }
}
