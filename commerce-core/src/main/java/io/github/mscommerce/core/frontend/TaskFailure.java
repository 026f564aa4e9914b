package io.github.mscommerce.core.frontend;

import java.util.Objects;

/**
 * Why a task fails the build, for {@link TaskOutput#fail}: each front end turns it into its own exception (Maven tells
 * a broken build from a failed check; Jenkins aborts the step, or marks the build unstable).
 *
 * @param message what failed and what to do, ready for the build log; never a secret
 */
public record TaskFailure(Kind kind, String message) {

  public enum Kind {
    /** Settings or input are wrong; found before any request. */
    INVALID_SETTINGS,
    /** The service, Entra ID or the network refused or failed. */
    SERVICE,
    /** The task ran, and its result is a failure: violations, or items not changed. */
    NOT_MET,
    /** Interrupted; the log and the report say what was sent. */
    CANCELLED,
    /** The task ran but its files could not be written; the message says what the task did. */
    OUTPUT
  }

  public TaskFailure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }
}
