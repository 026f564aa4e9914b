package io.github.mscommerce.core;

/**
 * An update was sent, and no answer this client can read came back: every attempt timed out or lost its response, or
 * the service answered success with a body that is not the item (empty, cut short, malformed). The service may or may
 * not have applied it, and a caller that needs to know reads the item again (an update is idempotent, so sending it
 * once more is also safe). The cause says what happened to the last attempt.
 */
public class OutcomeUnknownException extends CommerceException {

  public OutcomeUnknownException(String message, ResponseFacts facts, Throwable cause) {
    super(message, facts, cause);
  }
}
