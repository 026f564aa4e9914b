package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.plan.DesiredState;
import io.github.mscommerce.core.report.ReportFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;

/**
 * Keeps before-states as files through the front end's output, each under a name of its own: two goals in one build,
 * or two runs in one second, never share (or overwrite) the way back.
 */
final class BeforeStateFiles implements BeforeStates {

  private static final int MAX_ATTEMPTS = 100;

  private final TaskOutput<?> output;
  private final FrontEnd frontEnd;

  BeforeStateFiles(TaskOutput<?> output, FrontEnd frontEnd) {
    this.output = output;
    this.frontEnd = frontEnd;
  }

  @Override
  public String save(String goal, DesiredState before) {
    java.time.Instant time = frontEnd.clock().instant();
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      String name = ReportFiles.beforeStateFileName(goal, time, attempt);
      try {
        return output.create(ReportFiles.beforeState(name, before));
      } catch (FileAlreadyExistsException e) {
        // taken by an earlier run: try the next name
      } catch (IOException e) {
        throw new InvalidSettingsException(frontEnd.suggestions().beforeStateNotWritten(name,
            Messages.reason(e)), e);
      }
    }
    throw new InvalidSettingsException(frontEnd.suggestions().beforeStateNotWritten(
        ReportFiles.beforeStateFileName(goal, time, 1), MAX_ATTEMPTS + " files of this name and second exist"));
  }
}
