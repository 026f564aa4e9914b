package io.jenkins.plugins.mscommerce.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.util.ListBoxModel;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.frontend.Goals;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code msCommerceUpdateProductPolicy(productIds: […], value: 'Disabled')}, like {@code Update-MSCommerceProductPolicy}
 * (and its {@code -WhatIf} as {@code dryRun: true}): sets the value of the selected items, skipping those that have it.
 * Before the first change the previous values go to {@code before-update-policy-<UTC time>.json} in the report directory.
 * Returns a map with {@code dryRun}, {@code succeeded}, {@code cancelled} and {@code items}, each with the read keys plus
 * {@code before}, {@code after} and {@code status}.
 */
public final class UpdateProductPolicyStep extends SelectionStep {

  @CheckForNull private String value;
  @CheckForNull private Boolean enabled;
  private boolean dryRun;

  @DataBoundConstructor
  public UpdateProductPolicyStep() {}

  @Override
  String goal() {
    return Goals.UPDATE_POLICY;
  }

  @CheckForNull
  public String getValue() {
    return value;
  }

  /** {@code Enabled}, {@code Disabled} or {@code OnlyTrialsWithoutPaymentMethod}. */
  @DataBoundSetter
  public void setValue(@CheckForNull String value) {
    this.value = Util.fixEmptyAndTrim(value);
  }

  @CheckForNull
  public Boolean getEnabled() {
    return enabled;
  }

  /** The cmdlet's {@code -Enabled} alias for scripts: {@code true} is Enabled, {@code false} Disabled. */
  @DataBoundSetter
  public void setEnabled(@CheckForNull Boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  @DataBoundSetter
  public void setDryRun(boolean dryRun) {
    this.dryRun = dryRun;
  }

  @Extension
  public static final class DescriptorImpl extends CommerceStepDescriptor {

    @Override
    public String getFunctionName() {
      return Goals.UPDATE_POLICY_STEP;
    }

    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.UpdateProductPolicyStep_displayName();
    }

    /** Core's values, as the service spells them; constants, so anyone who sees the form may see them. */
    public ListBoxModel doFillValueItems() {
      ListBoxModel model = new ListBoxModel();
      model.add("", "");
      for (PolicyValue policyValue : PolicyValue.values()) {
        model.add(policyValue.wireValue());
      }
      return model;
    }
  }
}
