package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.CommerceTasks;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.TaskResult;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Writes the tenant's current state as a desired-state file, every item explicit (like Microsoft365DSC's Export); apply
 * it later to restore this state. Works without a project.
 */
@Mojo(name = "export", requiresProject = false, threadSafe = true)
public class ExportMojo extends AbstractCommerceMojo {

  /** The file to write; default desired-state.json in the report directory. Relative to the project directory. */
  @Parameter(property = PropertyNames.OUTPUT) private File output;
  /** true: include the offer types too. */
  @Parameter(property = PropertyNames.INCLUDE_OFFER_TYPES) private String includeOfferTypes;

  @Inject
  public ExportMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected TaskResult run(CommerceTasks tasks) {
    return tasks.export(Optional.ofNullable(includeOfferTypes), Optional.of(outputFile().getFileName().toString()));
  }

  @Override
  protected Path outputDirectory() {
    return outputFile().toAbsolutePath().getParent();
  }

  private Path outputFile() {
    return output != null ? output.toPath() : super.outputDirectory().resolve("desired-state.json");
  }
}
