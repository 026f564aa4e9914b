package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.CommerceException;
import io.github.mscommerce.core.ResponseFacts;
import java.util.Objects;

/**
 * The task was interrupted (a Jenkins abort, Ctrl-C) after it had started changing the tenant. It carries what the run
 * did so far, so the front end still logs and writes the report that says what was and was not sent.
 */
public final class TaskCancelledException extends CommerceException {

  private final transient TaskResult partial;

  public TaskCancelledException(String message, TaskResult partial) {
    super(message, ResponseFacts.none(), null);
    this.partial = Objects.requireNonNull(partial, "partial");
  }

  public TaskResult partial() {
    return partial;
  }
}
