package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.Goals;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.plan.DesiredStateJson;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies a desired-state file (policy as code, like Microsoft365DSC's Set): changes what differs, skips the rest, and
 * writes before-apply-&lt;UTC time&gt;.json (before the first change), a desired-state file that restores the previous values. commerce.dryRun=true
 * prints the plan and changes nothing. Bound to pre-integration-test by default: it changes a tenant, so it runs only
 * after the project's own build and tests passed, and before verify-policy checks the result.
 */
@Mojo(name = Goals.APPLY, defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, requiresProject = false, threadSafe = true)
public class ApplyMojo extends AbstractCommerceMojo {

  /** The desired-state file (JSON), relative to the project directory. */
  @Parameter(property = PropertyNames.DESIRED_STATE, defaultValue = DesiredStateJson.DEFAULT_FILE_NAME) private String desiredState;
  /** true: show what would change, send nothing. */
  @Parameter(property = PropertyNames.DRY_RUN) private String dryRun;
}
