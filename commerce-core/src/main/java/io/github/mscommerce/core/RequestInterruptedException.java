package io.github.mscommerce.core;

/**
 * The thread making a request was interrupted (a Jenkins abort, Ctrl-C): the request was abandoned without waiting for
 * its answer. {@link #mayHaveBeenSent()} tells an update that may have reached the service, whose outcome is therefore
 * unknown, from one that never left this process.
 */
public class RequestInterruptedException extends TransportException {

  private final boolean mayHaveBeenSent;

  public RequestInterruptedException(String message, boolean mayHaveBeenSent, ResponseFacts facts, Throwable cause) {
    super(message, facts, cause);
    this.mayHaveBeenSent = mayHaveBeenSent;
  }

  public boolean mayHaveBeenSent() {
    return mayHaveBeenSent;
  }
}
