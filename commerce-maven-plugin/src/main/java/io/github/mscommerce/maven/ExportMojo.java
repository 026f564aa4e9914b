package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.Goals;
import io.github.mscommerce.core.frontend.PropertyNames;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the tenant's current state as a desired-state file, every item explicit (like Microsoft365DSC's Export); apply
 * it later to restore this state. Works without a project.
 */
@Mojo(name = Goals.EXPORT, requiresProject = false, threadSafe = true)
public class ExportMojo extends AbstractCommerceMojo {

  /** The file to write, relative to the project directory; default desired-state.json in the report directory. */
  @Parameter(property = PropertyNames.OUTPUT) private String output;
  /** true: include the offer types too. */
  @Parameter(property = PropertyNames.INCLUDE_OFFER_TYPES) private String includeOfferTypes;
}
