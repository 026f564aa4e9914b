package io.github.mscommerce.core;

/**
 * The service stayed busy or unreachable (429, 502, 503, 504, timeouts or lost responses) for every attempt the retry
 * policy allowed. {@link #facts()} describe the last attempt and carry every earlier attempt's correlation id.
 */
public class RetriesExhaustedException extends CommerceException {

  private final int attempts;
  private final boolean someAttemptUnanswered;

  public RetriesExhaustedException(String message, int attempts, ResponseFacts lastAttempt, Throwable cause) {
    this(message, attempts, lastAttempt, cause, false);
  }

  /**
   * @param someAttemptUnanswered an attempt was sent and its answer never came (a timeout, a lost response): the
   *     service may have acted on it
   */
  public RetriesExhaustedException(String message, int attempts, ResponseFacts lastAttempt, Throwable cause,
      boolean someAttemptUnanswered) {
    super(message, lastAttempt, cause);
    this.attempts = attempts;
    this.someAttemptUnanswered = someAttemptUnanswered;
  }

  public int attempts() {
    return attempts;
  }

  /** Whether the service may have acted on one of the attempts: one was sent and got no answer. */
  public boolean someAttemptUnanswered() {
    return someAttemptUnanswered;
  }
}
