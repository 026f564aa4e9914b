package io.jenkins.plugins.mscommerce.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.util.FormValidation;
import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.PathResolver;
import io.github.mscommerce.core.frontend.FrontEnd;
import io.github.mscommerce.core.frontend.Goals;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.SettingNames;
import io.github.mscommerce.core.frontend.TaskFailure;
import io.github.mscommerce.core.frontend.TaskOutput;
import io.github.mscommerce.core.frontend.TaskResult;
import io.github.mscommerce.core.frontend.TaskRunner;
import io.github.mscommerce.core.http.ProxySettings;
import io.github.mscommerce.core.report.ReportFile;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import java.util.Optional;

/**
 * The credential form's "Test connection": signs in as the form says and lists the products through core's runner, as
 * {@code msCommerceProductPolicies} would, so the button and a build agree on what works. It writes nothing and reads no
 * file of the controller's, and it ignores the controller's own {@code AZURE_*} environment.
 */
final class ConnectionCheck {

  /** The form names no file, and the controller's files are none of its business. */
  private static final PathResolver NO_FILES = new PathResolver() {
    @Override
    public byte[] read(String path, long maxBytes) throws IOException {
      throw new NoSuchFileException(path);
    }

    @Override
    public String describe(String path) {
      return path;
    }

    @Override
    public String base() {
      return Messages.ConnectionCheck_noFiles();
    }
  };

  private ConnectionCheck() {}

  /**
   * @param endpoint the service's host root; null for Microsoft's
   * @param trustCertificatePem an extra trust anchor (the emulator's certificate, a TLS-inspecting proxy's CA); null for none
   * @return OK with the number of products read, or core's message (never a secret)
   */
  static FormValidation run(EntraAppSignIn signIn, @CheckForNull String endpoint,
      @CheckForNull String trustCertificatePem, Optional<ProxySettings> proxy) {
    Optional<ControllerSettings.TrustCertificateText> trust = Optional.ofNullable(
        Util.fixEmptyAndTrim(trustCertificatePem)).map(pem -> new ControllerSettings.TrustCertificateText(pem,
            Messages.ConnectionCheck_trustCertificateSource()));
    Settings settings = new Settings(signIn, Optional.ofNullable(Util.fixEmptyAndTrim(endpoint)), trust, proxy);
    FrontEnd frontEnd = FrontEnd.of(SettingNames.PIPELINE, Messages.ConnectionCheck_credentials(), NO_FILES);
    try {
      TaskResult result = new TaskRunner(frontEnd).run(Goals.PRODUCTS, settings, new NothingWritten());
      return FormValidation.ok(Messages.ConnectionCheck_ok(result.report().rows().size()));
    } catch (Failed e) {
      return FormValidation.error(e.getMessage());
    }
  }

  /** Only the form's values: no plain setting but the endpoint, and an empty environment. */
  private static final class Settings extends ControllerSettings {

    private final Optional<String> endpoint;

    Settings(EntraAppSignIn signIn, Optional<String> endpoint, Optional<TrustCertificateText> trustCertificate,
        Optional<ProxySettings> proxy) {
      super(Optional.of(signIn), trustCertificate, proxy);
      this.endpoint = endpoint;
    }

    @Override
    public Optional<String> value(String property) {
      return property.equals(PropertyNames.ENDPOINT) ? endpoint : Optional.empty();
    }

    @Override
    public Map<String, String> environment() {
      return Map.of();
    }

    @Override
    public String toString() {
      return "ConnectionCheck.Settings[endpoint=" + endpoint.orElse("(default)") + ", " + controllerPart() + "]";
    }
  }

  /** A listing's output that keeps nothing: the button shows only the count or the failure. */
  private static final class NothingWritten implements TaskOutput<Failed> {

    @Override
    public void log(CommerceEvent event) {
      // the table of products is not wanted here
    }

    @Override
    public void prepare() {
      // no report directory
    }

    @Override
    public String write(ReportFile file) {
      return file.name();
    }

    @Override
    public String create(ReportFile file) {
      return file.name();
    }

    @Override
    public Failed fail(TaskFailure failure) {
      return new Failed(failure.message());
    }
  }

  private static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;

    Failed(String message) {
      super(message, null, false, false);
    }
  }
}
