package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.emulator.CommerceEmulator;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Stops the emulator that commerce:start-emulator started for this project. Bound to verify by default: declare it
 * after the verify-policy execution, so the gate still reaches the emulator.
 */
@Mojo(name = "stop-emulator", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class StopEmulatorMojo extends AbstractMojo {

  /** Skip this goal. */
  @Parameter(property = MavenPropertyNames.SKIP, defaultValue = "false") private boolean skip;

  @Override
  public void execute() {
    if (skip) {
      getLog().info("Skipping commerce:stop-emulator (" + MavenPropertyNames.SKIP + "=true).");
      return;
    }
    Object emulator = getPluginContext().remove(StartEmulatorMojo.CONTEXT_KEY);
    EmulatorConnection.removeFrom(getPluginContext());
    if (emulator == null) {
      getLog().info("No emulator runs in this project: commerce:start-emulator did not run before.");
      return;
    }
    ((CommerceEmulator) emulator).close();
    getLog().info("Stopped the emulator at " + ((CommerceEmulator) emulator).baseUrl() + ".");
  }
}
