package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.Goals;
import io.github.mscommerce.core.frontend.PropertyNames;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Sets commerce.value for the selected products or offer types, like Update-MSCommerceProductPolicy: prints
 * before → after per item and skips items that already have the value. commerce.dryRun=true prints the plan and
 * changes nothing (the cmdlet's -WhatIf). Before the first change it writes before-update-policy-&lt;UTC time&gt;.json,
 * the file that restores the previous values. Works without a project.
 */
@Mojo(name = Goals.UPDATE_POLICY, requiresProject = false, threadSafe = true)
public class UpdatePolicyMojo extends AbstractSelectionMojo {

  /** Enabled, Disabled or OnlyTrialsWithoutPaymentMethod. */
  @Parameter(property = PropertyNames.VALUE) private String value;
  /** The cmdlet's -Enabled alias: true for Enabled, false for Disabled. */
  @Parameter(property = PropertyNames.ENABLED) private String enabled;
  /** true: show what would change, send nothing. */
  @Parameter(property = PropertyNames.DRY_RUN) private String dryRun;
}
