package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.CommerceTasks;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.TaskResult;
import java.io.File;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Applies a desired-state file (policy as code, like Microsoft365DSC's Set): changes what differs, skips the rest, and
 * writes before-&lt;UTC time&gt;.json, a desired-state file that restores the previous values. commerce.dryRun=true
 * prints the plan and changes nothing. Bound to pre-integration-test by default: it changes a tenant, so it runs only
 * after the project's own build and tests passed, and before verify-policy checks the result.
 */
@Mojo(name = "apply", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, requiresProject = false, threadSafe = true)
public class ApplyMojo extends AbstractCommerceMojo {

  /** The desired-state file (JSON). */
  @Parameter(property = PropertyNames.DESIRED_STATE, defaultValue = "${basedir}/desired-state.json")
  private File desiredState;
  /** true: show what would change, send nothing. */
  @Parameter(property = PropertyNames.DRY_RUN) private String dryRun;

  @Inject
  public ApplyMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected TaskResult run(CommerceTasks tasks) {
    return tasks.apply(desiredState.toPath(), Optional.ofNullable(dryRun));
  }
}
