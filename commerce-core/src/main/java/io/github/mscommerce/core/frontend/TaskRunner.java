package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.CommerceException;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.RequestInterruptedException;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.frontend.TaskFailure.Kind;
import io.github.mscommerce.core.report.ReportFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs one goal for a front end, the same way for Maven and Jenkins: check every setting, check the report location,
 * run the task (the before-state is written before the first change), log its lines then its warnings, write its files
 * and name them, and only then fail if the task failed. A front end supplies its settings and a {@link TaskOutput}:
 *
 * <pre>{@code
 * TaskResult result = new TaskRunner(frontEnd).run(Goals.VERIFY_POLICY, settings, output);
 * }</pre>
 *
 * <p>Cancellation (the calling thread is interrupted): the task stops sending, the report of what was and was not sent
 * is still written, then the run fails as cancelled with the thread's interrupt flag set again.
 *
 * <p>With {@code commerce.tenants} the task runs the goal over every tenant listed ({@link SettingsProcessor#task}),
 * and everything above holds for the whole run.
 */
public final class TaskRunner {

  /** Beyond this, the "Wrote" line names the first files and counts the rest. */
  static final int MAX_FILES_NAMED = 5;

  private final FrontEnd frontEnd;

  public TaskRunner(FrontEnd frontEnd) {
    this.frontEnd = Objects.requireNonNull(frontEnd, "frontEnd");
  }

  /**
   * @throws F (from {@link TaskOutput#fail}) when the settings are wrong, a request fails, the task's result is a
   *     failure (violations, items not changed), the run was cancelled, or the files could not be written
   */
  public <F extends Exception> TaskResult run(String goal, RawSettings settings, TaskOutput<F> output) throws F {
    Consumer<CommerceEvent> events = new OneAtATime(output);
    Suggestions suggestions = frontEnd.suggestions();
    TaskResult result;
    try {
      CommerceTask task = new SettingsProcessor(frontEnd, events).task(goal, settings);
      prepare(output);
      result = task.run(new BeforeStateFiles(output, frontEnd));
    } catch (TaskCancelledException e) {
      publish(e.partial(), output, events);
      throw output.fail(new TaskFailure(Kind.CANCELLED, suggestions.cancelledAfterChanges(e.getMessage())));
    } catch (RequestInterruptedException e) {
      throw output.fail(new TaskFailure(Kind.CANCELLED, suggestions.cancelledBeforeChanges()));
    } catch (InvalidSettingsException e) {
      throw output.fail(new TaskFailure(Kind.INVALID_SETTINGS, e.getMessage()));
    } catch (CommerceException e) {
      throw output.fail(new TaskFailure(Kind.SERVICE, e.getMessage()));
    }
    publish(result, output, events);
    if (result.failed()) {
      throw output.fail(new TaskFailure(Kind.NOT_MET, result.failure().get()));
    }
    return result;
  }

  private void prepare(TaskOutput<?> output) {
    try {
      output.prepare();
    } catch (IOException e) {
      throw new InvalidSettingsException(frontEnd.suggestions().reportDirectoryUnusable(
          frontEnd.name(PropertyNames.REPORT_DIRECTORY), Messages.reason(e)), e);
    }
  }

  /** Lines, warnings, files, in that order; an interrupt must not cut the writing short, so it waits until after. */
  private <F extends Exception> void publish(TaskResult result, TaskOutput<F> output, Consumer<CommerceEvent> events)
      throws F {
    boolean interrupted = Thread.interrupted();
    try {
      result.lines().forEach(line -> events.accept(CommerceEvent.lifecycle(line)));
      result.warnings().forEach(line -> events.accept(CommerceEvent.warn(line)));
      List<String> written = new ArrayList<>();
      for (ReportFile file : result.files()) {
        try {
          written.add(output.write(file));
        } catch (IOException e) {
          // A file at a path the user chose (an export's output) is that setting's business, not the report directory's.
          String setting = file.location() == ReportFile.Location.USER_PATH ? PropertyNames.OUTPUT
              : PropertyNames.REPORT_DIRECTORY;
          throw output.fail(new TaskFailure(Kind.OUTPUT, frontEnd.suggestions().reportsNotWritten(file.name(),
              Messages.reason(e), frontEnd.name(setting), result.report().outcome())));
        }
      }
      if (!written.isEmpty()) {
        events.accept(CommerceEvent.lifecycle("Wrote " + named(written)));
      }
      output.finished(result);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Every file by name, but a run over many tenants' thousand exports by the first few and a count. */
  private static String named(List<String> written) {
    if (written.size() <= MAX_FILES_NAMED) {
      return String.join(", ", written);
    }
    return String.join(", ", written.subList(0, MAX_FILES_NAMED)) + " and " + (written.size() - MAX_FILES_NAMED)
        + " more files beside them";
  }

  /** Requests run on several threads; a front end's log need not be thread-safe, and lines must not interleave. */
  private static final class OneAtATime implements Consumer<CommerceEvent> {
    private final TaskOutput<?> output;

    OneAtATime(TaskOutput<?> output) {
      this.output = output;
    }

    @Override
    public synchronized void accept(CommerceEvent event) {
      output.log(event);
    }
  }
}
