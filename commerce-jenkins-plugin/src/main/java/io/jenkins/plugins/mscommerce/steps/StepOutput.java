package io.jenkins.plugins.mscommerce.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.TaskListener;
import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.frontend.TaskFailure;
import io.github.mscommerce.core.frontend.TaskOutput;
import io.github.mscommerce.core.frontend.TaskResult;
import io.github.mscommerce.core.report.ReportFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A task's output in a build: lines on the build log, files in the workspace (the reports in {@code reportDirectory},
 * an export where {@code output} says, both inside the workspace), and one kind of failure, {@link AbortException}, which
 * Jenkins prints as its message without a stack trace. It keeps what it wrote, and core's result, for the build page.
 */
final class StepOutput implements TaskOutput<AbortException> {

  /** A file written to the workspace: as the log names it, and what it holds. */
  record Written(String path, ReportFile file) {}

  private final TaskListener listener;
  private final WorkspaceFiles files;
  private final String reportDirectory;
  private final List<Written> written = new ArrayList<>();
  @CheckForNull private TaskResult result;

  /** @param reportDirectory relative to the workspace */
  StepOutput(TaskListener listener, WorkspaceFiles files, String reportDirectory) {
    this.listener = listener;
    this.files = files;
    this.reportDirectory = reportDirectory;
  }

  /**
   * A build log has no levels: warnings and errors say so as Jenkins' own lines do, and core's detail (INFO, DEBUG:
   * each request, MSAL's steps) stays out, as it does below Maven's {@code -X}.
   */
  @Override
  public void log(CommerceEvent event) {
    switch (event.level()) {
      case ERROR:
        listener.getLogger().println("ERROR: " + event.message());
        break;
      case WARN:
        listener.getLogger().println("WARNING: " + event.message());
        break;
      case LIFECYCLE:
        listener.getLogger().println(event.message());
        break;
      default:
        break;
    }
  }

  @Override
  public void prepare() throws IOException {
    try {
      files.inside(reportDirectory).mkdirs();
    } catch (InterruptedException e) {
      throw interrupted(e);
    }
  }

  @Override
  public String write(ReportFile file) throws IOException {
    return writeTo(target(file), file);
  }

  /** {@link FilePath} has no "create new": the check and the write are two calls, which one run makes one at a time. */
  @Override
  public String create(ReportFile file) throws IOException {
    FilePath target = target(file);
    try {
      if (target.exists()) {
        throw new FileAlreadyExistsException(files.relative(target));
      }
    } catch (InterruptedException e) {
      throw interrupted(e);
    }
    return writeTo(target, file);
  }

  /** Core's result, handed over before it fails for it: a gate's violations, an update's cancelled items. */
  @Override
  public void finished(TaskResult result) {
    this.result = result;
  }

  @Override
  public AbortException fail(TaskFailure failure) {
    return new AbortException(failure.message());
  }

  /** The files written so far, in order. */
  List<Written> written() {
    return List.copyOf(written);
  }

  /**
   * What the task did, once core has logged its lines and written its files, whether it then failed or not; empty when
   * it failed before it had a result (settings, sign-in, a request refused).
   */
  Optional<TaskResult> result() {
    return Optional.ofNullable(result);
  }

  private FilePath target(ReportFile file) throws IOException {
    return file.location() == ReportFile.Location.USER_PATH ? files.inside(file.name())
        : files.inside(reportDirectory).child(file.name());
  }

  private String writeTo(FilePath target, ReportFile file) throws IOException {
    try {
      target.write(file.content(), StandardCharsets.UTF_8.name());
    } catch (InterruptedException e) {
      throw interrupted(e);
    }
    String path = files.relative(target);
    written.add(new Written(path, file));
    return path;
  }

  /** TaskOutput's methods throw only IOException: keep the interrupt for core's cancellation. */
  private static IOException interrupted(InterruptedException e) {
    Thread.currentThread().interrupt();
    return new IOException(e.getMessage() == null ? "interrupted" : e.getMessage(), e);
  }
}
