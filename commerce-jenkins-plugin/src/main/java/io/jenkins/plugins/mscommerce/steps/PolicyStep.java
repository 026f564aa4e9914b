package io.jenkins.plugins.mscommerce.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.github.mscommerce.core.frontend.Goals;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code msCommercePolicy()}, like {@code Get-MSCommercePolicy}: one policy ({@code policyId}, default
 * {@code AllowSelfServicePurchase}) and its default value, which newly released products get. Returns a map with
 * {@code id}, {@code description} and {@code defaultValue}.
 */
public final class PolicyStep extends CommerceStep {

  @DataBoundConstructor
  public PolicyStep() {}

  @Override
  String goal() {
    return Goals.POLICY;
  }

  @Extension
  public static final class DescriptorImpl extends CommerceStepDescriptor {

    @Override
    public String getFunctionName() {
      return Goals.POLICY_STEP;
    }

    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.PolicyStep_displayName();
    }
  }
}
