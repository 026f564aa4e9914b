package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.CancelOnShutdown;
import io.github.mscommerce.core.frontend.TaskRunner;
import java.io.File;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Runs a service goal: {@code commerce.skip}, then core's {@link TaskRunner} with the Maven adapters (settings, log and
 * files, {@code settings.xml} servers, the emulator of {@code commerce:start-emulator}). A goal Mojo only declares its
 * parameters, each named after its {@code commerce.*} property (see {@link io.github.mscommerce.core.frontend.SettingValues#fieldsOf}).
 */
public abstract class AbstractCommerceMojo extends ConnectionParameters {

  @Parameter(defaultValue = "${session}", readonly = true, required = true) private MavenSession session;
  @Parameter(defaultValue = "${project}", readonly = true) private MavenProject project;
  @Parameter(defaultValue = "${mojoExecution}", readonly = true) private MojoExecution mojoExecution;
  @Inject private SettingsDecrypter decrypter;

  /** Skip this goal. */
  @Parameter(property = MavenPropertyNames.SKIP, defaultValue = "false") private boolean skip;
  /** A settings.xml server: username = client id, password = client secret (may be encrypted). */
  @Parameter(property = MavenPropertyNames.SERVER_ID) private String serverId;
  /** Where reports go; default target/commerce, or the working directory without a project. */
  @Parameter(property = MavenPropertyNames.REPORT_DIRECTORY) private File reportDirectory;
  @Override
  @SuppressWarnings("try") // the shutdown hook is the resource: it acts only when the JVM is stopped mid-run
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping commerce:" + mojoExecution.getGoal() + " (" + MavenPropertyNames.SKIP + "=true).");
      return;
    }
    boolean hasProject = project != null && project.getFile() != null;
    Path root = Path.of(session.getExecutionRootDirectory());
    Path base = hasProject ? project.getBasedir().toPath() : root;
    MavenEvents events = new MavenEvents(getLog()).quietMsalUnlessDebug();
    Path reports = reportDirectory != null ? reportDirectory.toPath()
        : hasProject ? Path.of(project.getBuild().getDirectory(), "commerce") : root;
    // Ctrl-C or SIGTERM mid-run cancels it as a Jenkins abort does, and the JVM waits for the report.
    try (CancelOnShutdown cancel = CancelOnShutdown.forCurrentThread(CancelOnShutdown.DEFAULT_REPORT_WAIT, events)) {
      new TaskRunner(MavenFrontEnd.create(base, hasProject)).run(mojoExecution.getGoal(),
          MavenRawSettings.of(this, session, hasProject ? project : null, serverId, decrypter, events),
          new MavenOutput(events, reports, base, root));
    } catch (MojoFailureException | MojoExecutionException e) {
      throw e;
    } catch (AbstractMojoExecutionException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }
}
