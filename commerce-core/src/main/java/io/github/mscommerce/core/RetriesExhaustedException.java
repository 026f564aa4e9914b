package io.github.mscommerce.core;

/**
 * The service stayed busy or unreachable (429, 502, 503, 504 or dropped connections) for every attempt the retry policy
 * allowed. {@link #facts()} describe the last attempt.
 */
public class RetriesExhaustedException extends CommerceException {

  private final int attempts;

  public RetriesExhaustedException(String message, int attempts, ResponseFacts lastAttempt, Throwable cause) {
    super(message, lastAttempt, cause);
    this.attempts = attempts;
  }

  public int attempts() {
    return attempts;
  }
}
