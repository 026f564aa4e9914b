package io.jenkins.plugins.mscommerce.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import io.github.mscommerce.core.frontend.Goals;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.plan.DesiredStateJson;
import java.util.Map;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code msCommerceApplyPolicy(desiredState: 'desired-state.json')}, like Microsoft365DSC's Set: applies a desired-state
 * file from the workspace (blank: {@value DesiredStateJson#DEFAULT_FILE_NAME}, as for {@code commerce:apply}), changing
 * only what differs; {@code dryRun: true} reports the plan. Before the first change the previous values go to
 * {@code before-apply-<UTC time>.json} in the report directory, a file that restores them. Returns the same map as
 * {@code msCommerceUpdateProductPolicy}.
 */
public final class ApplyPolicyStep extends CommerceStep {

  @CheckForNull private final String desiredState;
  private boolean dryRun;

  /** @param desiredState the desired-state file (JSON), relative to the workspace; blank for the default */
  @DataBoundConstructor
  public ApplyPolicyStep(@CheckForNull String desiredState) {
    this.desiredState = Util.fixEmptyAndTrim(desiredState);
  }

  @Override
  String goal() {
    return Goals.APPLY;
  }

  @Override
  Map<String, Object> settings() {
    Map<String, Object> settings = super.settings();
    settings.putIfAbsent(PropertyNames.DESIRED_STATE, DesiredStateJson.DEFAULT_FILE_NAME); // also when null
    return settings;
  }

  @CheckForNull
  public String getDesiredState() {
    return desiredState;
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
      return Goals.APPLY_STEP;
    }

    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.ApplyPolicyStep_displayName();
    }
  }
}
