package io.github.mscommerce.maven;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.frontend.TaskFailure;
import io.github.mscommerce.core.frontend.TaskOutput;
import io.github.mscommerce.core.report.ReportFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * A task's output in a Maven build: lines on Maven's log, files in the report directory (or, for an export, where
 * {@code commerce.output} says, relative to the project), and Maven's two kinds of failure: a failed check
 * ({@link MojoFailureException}) or a goal that could not do its work ({@link MojoExecutionException}).
 */
final class MavenOutput implements TaskOutput<AbstractMojoExecutionException> {

  private final MavenEvents events;
  private final Path reportDirectory;
  private final Path baseDirectory;
  private final Path executionRoot;

  /**
   * @param baseDirectory where relative user paths start: the project directory, or the working directory
   * @param executionRoot log lines name files relative to it
   */
  MavenOutput(MavenEvents events, Path reportDirectory, Path baseDirectory, Path executionRoot) {
    this.events = events;
    this.reportDirectory = reportDirectory.toAbsolutePath().normalize();
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    this.executionRoot = executionRoot.toAbsolutePath().normalize();
  }

  @Override
  public void log(CommerceEvent event) {
    events.accept(event);
  }

  @Override
  public void prepare() throws IOException {
    Files.createDirectories(reportDirectory);
    if (!Files.isWritable(reportDirectory)) {
      throw new AccessDeniedException(reportDirectory.toString());
    }
  }

  @Override
  public String write(ReportFile file) throws IOException {
    return written(Files.writeString(createParent(pathOf(file)), file.content(), StandardCharsets.UTF_8));
  }

  @Override
  public String create(ReportFile file) throws IOException {
    return written(Files.writeString(createParent(pathOf(file)), file.content(), StandardCharsets.UTF_8,
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
  }

  @Override
  public AbstractMojoExecutionException fail(TaskFailure failure) {
    return failure.kind() == TaskFailure.Kind.NOT_MET ? new MojoFailureException(failure.message())
        : new MojoExecutionException(failure.message());
  }

  private Path pathOf(ReportFile file) {
    Path base = file.location() == ReportFile.Location.USER_PATH ? baseDirectory : reportDirectory;
    return base.resolve(file.name()).normalize();
  }

  private static Path createParent(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return file;
  }

  private String written(Path file) {
    return file.startsWith(executionRoot) ? executionRoot.relativize(file).toString() : file.toString();
  }
}
