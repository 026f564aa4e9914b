package io.github.mscommerce.core;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one exception family of this library. Each subclass is a case the caller handles differently; each message says
 * what failed and what to do, and {@link #getMessage()} appends the HTTP status, the service's error code and the
 * correlation id when there is one, so every log line carries what support asks for.
 *
 * <p>Messages never contain a secret or a token: they are built from facts, never from request bodies or headers.
 */
public abstract class CommerceException extends RuntimeException {

  private final ResponseFacts facts;

  protected CommerceException(String message, ResponseFacts facts, Throwable cause) {
    super(message, cause);
    this.facts = facts == null ? ResponseFacts.none() : facts;
  }

  /** The message without the appended facts. */
  public String reason() {
    return super.getMessage();
  }

  public ResponseFacts facts() {
    return facts;
  }

  public OptionalInt status() {
    return facts.statusCode();
  }

  public Optional<String> errorCode() {
    return facts.errorCodeValue();
  }

  public Optional<String> correlationId() {
    return facts.correlationIdValue();
  }

  @Override
  public String getMessage() {
    String described = facts.describe();
    return described.isEmpty() ? reason() : reason() + " (" + described + ")";
  }
}
