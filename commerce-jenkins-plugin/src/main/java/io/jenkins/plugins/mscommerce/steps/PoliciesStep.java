package io.jenkins.plugins.mscommerce.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.github.mscommerce.core.frontend.Goals;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code msCommercePolicies()}, like {@code Get-MSCommercePolicies}: the policies with their default values. Returns a
 * list of maps with {@code id}, {@code description} and {@code defaultValue}.
 */
public final class PoliciesStep extends CommerceStep {

  @DataBoundConstructor
  public PoliciesStep() {}

  @Override
  String goal() {
    return Goals.POLICIES;
  }

  @Extension
  public static final class DescriptorImpl extends CommerceStepDescriptor {

    @Override
    public String getFunctionName() {
      return Goals.POLICIES_STEP;
    }

    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.PoliciesStep_displayName();
    }
  }
}
