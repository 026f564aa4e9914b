package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.report.ReportFile;
import java.io.IOException;

/**
 * Where a task's output goes: the one thing, with its settings, that a front end supplies to {@link TaskRunner}. Maven
 * writes to its log and {@code target/commerce}; a Jenkins step to the build log and the workspace through
 * {@code FilePath}.
 *
 * @param <F> the exception the front end fails with
 */
public interface TaskOutput<F extends Exception> {

  /** A line at a level: core's events, the task's lines and warnings. Called from one thread at a time. */
  void log(CommerceEvent event);

  /**
   * Makes sure the report location exists and is writable, before the first request: a run must not change a tenant
   * and then fail to say how.
   */
  void prepare() throws IOException;

  /**
   * Writes (or replaces) a file: a report into the report directory, or a file at a path the user chose.
   *
   * @return how the log names it, such as {@code target/commerce/apply.json}
   */
  String write(ReportFile file) throws IOException;

  /**
   * Writes a file that must never replace another (a before-state: the way back).
   *
   * @throws java.nio.file.FileAlreadyExistsException when the name is taken; the runner picks another
   */
  String create(ReportFile file) throws IOException;

  /**
   * The task's result, once its lines are logged and its files written, before any failure: a build page shows it
   * whether the task passed, failed its check, or was cancelled.
   */
  default void finished(TaskResult result) {}

  /** The exception to fail with; the runner throws it after the files are written. */
  F fail(TaskFailure failure);
}
