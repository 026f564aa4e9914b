package io.jenkins.plugins.mscommerce.steps;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.github.mscommerce.core.frontend.FrontEnd;
import io.github.mscommerce.core.frontend.SettingNames;
import io.github.mscommerce.core.frontend.TaskResult;
import io.github.mscommerce.core.frontend.TaskRunner;
import io.github.mscommerce.core.http.NetworkSettings;
import io.jenkins.plugins.mscommerce.credentials.ControllerSettings;
import io.jenkins.plugins.mscommerce.credentials.ControllerSettings.TrustCertificateText;
import io.jenkins.plugins.mscommerce.credentials.EntraAppSignIn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;

/**
 * Runs a step's goal, for a Pipeline step and for the freestyle builder alike: the one place where Jenkins' context
 * becomes core's (the credentials and the secret file looked up as the build, the workspace as files, the build log and
 * the workspace as the output), where core's failure becomes an {@link AbortException} (its message, no stack trace),
 * and where the build page gets its report. Like {@code AbstractCommerceMojo} for Maven; the goal itself is core's.
 */
final class StepSupport {

  /** Core's limit for a trust certificate file, which a secret file is instead of. */
  private static final int MAX_PEM_BYTES = (int) NetworkSettings.MAX_TRUST_PEM_BYTES;

  private StepSupport() {}

  /**
   * @throws AbortException when the credentials cannot be used, or when core fails the goal (invalid settings, a
   *     refused request, violations, items not changed, a cancelled run), after the reports are written and the build
   *     page has what core finished
   */
  static TaskResult run(CommerceStep step, Run<?, ?> run, FilePath workspace, EnvVars environment,
      TaskListener listener) throws IOException, InterruptedException {
    WorkspaceFiles files = new WorkspaceFiles(workspace);
    StepOutput output = new StepOutput(listener, files, step.reportDirectory());
    Optional<EntraAppSignIn> signIn = step.getCredentialsId() == null ? Optional.empty()
        : Optional.of(EntraAppSignIn.forBuild(step.getCredentialsId(), run));
    StepRawSettings settings = new StepRawSettings(step.settings(), environment, signIn,
        trustCertificate(step.getTrustCertificateId(), run), ControllerSettings.jenkinsProxy());
    // Every file a setting or an AZURE_* variable names is read through the workspace, on the agent.
    FrontEnd frontEnd = FrontEnd.of(SettingNames.PIPELINE, Messages.StepSupport_credentials(), files);
    TaskResult result;
    try {
      result = new TaskRunner(frontEnd).run(step.goal(), settings, output);
    } finally {
      // Core hands its result over before failing for it, so a failed gate and a cancelled update are shown too.
      output.result().ifPresent(finished -> report(run, PolicyRunReport.of(step, finished), output, listener));
    }
    step.finished(result, run, listener);
    return result;
  }

  /**
   * What a script receives: core's plain data as mutable JDK maps and lists, the kinds the Pipeline sandbox and its
   * serialization of the program's variables handle as they are.
   */
  static Object scriptValue(@CheckForNull Object value) {
    if (value instanceof Map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((key, element) -> copy.put(key, scriptValue(element)));
      return copy;
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<?>) value).forEach(element -> copy.add(scriptValue(element)));
      return copy;
    }
    return value;
  }

  /**
   * Keeps the report on the build page. Its failure does not fail the step: the goal is done, and its files are in the
   * workspace. After a cancelled run core has set the thread's interrupt flag again, and {@link FilePath} calls may fail
   * at once on an interrupted thread (remoting's do), so the flag waits until after, as core's own writing does.
   */
  private static void report(Run<?, ?> run, PolicyRunReport report, StepOutput output, TaskListener listener) {
    boolean interrupted = Thread.interrupted();
    try {
      PolicyReportsAction.record(run, report, output.written());
    } catch (IOException e) {
      listener.getLogger().println("WARNING: " + Messages.StepSupport_reportNotKept(e.getMessage()));
    } catch (InterruptedException e) {
      interrupted = true;
      listener.getLogger().println("WARNING: " + Messages.StepSupport_reportNotKept(e.getMessage()));
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The PEM text of the secret file {@code id}, looked up as the build (and tracked), named for core's messages as that
   * secret file; empty when no id is given.
   */
  private static Optional<TrustCertificateText> trustCertificate(@CheckForNull String id, Run<?, ?> run)
      throws IOException {
    if (id == null) {
      return Optional.empty();
    }
    FileCredentials file = CredentialsProvider.findCredentialById(id, FileCredentials.class, run);
    if (file == null) {
      throw new AbortException(Messages.StepSupport_trustCertificateNotFound(id));
    }
    CredentialsProvider.track(run, file);
    try (InputStream in = file.getContent()) {
      byte[] bytes = in.readNBytes(MAX_PEM_BYTES + 1);
      if (bytes.length > MAX_PEM_BYTES) {
        throw new AbortException(Messages.StepSupport_trustCertificateTooLarge(id, MAX_PEM_BYTES / 1024));
      }
      return Optional.of(new TrustCertificateText(new String(bytes, StandardCharsets.UTF_8),
          Messages.StepSupport_trustCertificateSource(id)));
    }
  }
}
