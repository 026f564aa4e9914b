package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.CommerceTasks;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.TaskResult;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Sets commerce.value for the selected products or offer types, like Update-MSCommerceProductPolicy: prints
 * before → after per item and skips items that already have the value. commerce.dryRun=true prints the plan and
 * changes nothing (the cmdlet's -WhatIf). Writes the before-state file that restores the previous values. Works
 * without a project.
 */
@Mojo(name = "update-policy", requiresProject = false, threadSafe = true)
public class UpdatePolicyMojo extends AbstractSelectionMojo {

  /** Enabled, Disabled or OnlyTrialsWithoutPaymentMethod. */
  @Parameter(property = PropertyNames.VALUE) private String value;
  /** The cmdlet's -Enabled alias: true for Enabled, false for Disabled. */
  @Parameter(property = PropertyNames.ENABLED) private String enabled;
  /** true: show what would change, send nothing. */
  @Parameter(property = PropertyNames.DRY_RUN) private String dryRun;

  @Inject
  public UpdatePolicyMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected TaskResult run(CommerceTasks tasks) {
    return tasks.updatePolicy(selection(), Optional.ofNullable(value), Optional.ofNullable(enabled),
        Optional.ofNullable(dryRun));
  }
}
