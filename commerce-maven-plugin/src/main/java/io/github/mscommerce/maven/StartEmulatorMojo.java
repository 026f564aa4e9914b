package io.github.mscommerce.maven;

import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Demo;
import io.github.mscommerce.emulator.EmulatorOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Starts the emulator of the policy service and Entra ID in this Maven JVM, on 127.0.0.1, for the rest of the build:
 * later commerce: goals of this project use it (its URL, certificate and demo app) unless commerce.endpoint names
 * another service. Sets the project properties commerce.endpoint, commerce.authorityHost, commerce.trustCertificate,
 * commerce.tenantId and commerce.clientId for other plugins. Bound to initialize, so that goals of every later phase
 * can use it; stop it with commerce:stop-emulator.
 */
@Mojo(name = "start-emulator", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class StartEmulatorMojo extends AbstractMojo {

  static final String CONTEXT_KEY = CommerceEmulator.class.getName();

  @Parameter(defaultValue = "${project}", readonly = true, required = true) private MavenProject project;
  /** Skip this goal. */
  @Parameter(property = MavenPropertyNames.SKIP, defaultValue = "false") private boolean skip;
  /** The port; default 0, any free port. */
  @Parameter(property = MavenPropertyNames.EMULATOR_PORT, defaultValue = "0") private int port;
  /** A state file (tenants, apps, users, values) instead of the built-in demo tenant. */
  @Parameter(property = MavenPropertyNames.EMULATOR_STATE) private File state;

  @Override
  @SuppressWarnings("unchecked")
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipping commerce:start-emulator (" + MavenPropertyNames.SKIP + "=true).");
      return;
    }
    if (getPluginContext().get(CONTEXT_KEY) != null) {
      getLog().info("The emulator already runs at " + getPluginContext().get(CONTEXT_KEY) + ".");
      return;
    }
    CommerceEmulator emulator = start();
    Path pem = Path.of(project.getBuild().getDirectory(), "commerce-emulator.pem");
    try {
      emulator.writeCertificatePem(pem);
    } catch (IOException e) {
      emulator.close();
      throw new MojoExecutionException("Could not write the emulator's certificate to " + pem + " (" + e + ").", e);
    }
    Demo demo = emulator.demo();
    boolean hasDemo = state == null;
    EmulatorConnection connection = new EmulatorConnection(emulator.baseUrl().toString(), pem.toString(),
        Optional.of(demo.tenantId()).filter(id -> hasDemo), Optional.of(demo.clientId()).filter(id -> hasDemo),
        Optional.of(demo.clientSecret()).filter(s -> hasDemo).map(s -> SecretValue.of(s, EmulatorConnection.ORIGIN)));
    getPluginContext().put(CONTEXT_KEY, emulator);
    connection.putInto(getPluginContext());

    connection.exportTo(project.getProperties());
    getLog().info("Emulator running at " + connection.baseUrl() + " (certificate " + pem + ")"
        + (hasDemo ? ", demo tenant " + demo.tenantId() + ", app " + demo.clientId()
            : ", state from " + state + " (name its tenant and app with " + PropertyNames.TENANT_ID + " and a "
                + "settings.xml server)")
        + ". Later commerce: goals of this project use it.");
  }

  private CommerceEmulator start() throws MojoExecutionException {
    try {
      EmulatorOptions.Builder options = EmulatorOptions.builder().port(port);
      if (state != null) {
        options.stateFile(state.toPath());
      }
      return CommerceEmulator.start(options.build());
    } catch (IOException e) {
      throw new MojoExecutionException("Could not start the emulator" + (port == 0 ? "" : " on port " + port) + " ("
          + e.getMessage() + "). Check " + MavenPropertyNames.EMULATOR_STATE + ", and choose another "
          + MavenPropertyNames.EMULATOR_PORT + " if the port is taken (0 picks a free one).", e);
    } catch (IllegalArgumentException e) {
      // an invalid state document or port: the message says what to fix
      throw new MojoExecutionException("Could not start the emulator: " + e.getMessage(), e);
    }
  }
}
