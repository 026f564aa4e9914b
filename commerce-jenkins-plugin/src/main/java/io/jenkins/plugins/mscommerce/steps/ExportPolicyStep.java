package io.jenkins.plugins.mscommerce.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import io.github.mscommerce.core.frontend.Goals;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code msCommerceExportPolicy()}, like Microsoft365DSC's Export: the tenant's current values as a desired-state file,
 * every item explicit, to {@code output} (a path inside the workspace; default
 * {@value io.github.mscommerce.core.plan.DesiredStateJson#DEFAULT_FILE_NAME} in the report directory); apply it later to restore this state. Returns a map with {@code policyId}, {@code products} and
 * {@code offerTypes}, each id mapped to its value.
 */
public final class ExportPolicyStep extends CommerceStep {

  @CheckForNull private String output;
  private boolean includeOfferTypes;

  @DataBoundConstructor
  public ExportPolicyStep() {}

  @Override
  String goal() {
    return Goals.EXPORT;
  }

  @CheckForNull
  public String getOutput() {
    return output;
  }

  @DataBoundSetter
  public void setOutput(@CheckForNull String output) {
    this.output = Util.fixEmptyAndTrim(output);
  }

  public boolean isIncludeOfferTypes() {
    return includeOfferTypes;
  }

  @DataBoundSetter
  public void setIncludeOfferTypes(boolean includeOfferTypes) {
    this.includeOfferTypes = includeOfferTypes;
  }

  @Extension
  public static final class DescriptorImpl extends CommerceStepDescriptor {

    @Override
    public String getFunctionName() {
      return Goals.EXPORT_STEP;
    }

    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.ExportPolicyStep_displayName();
    }
  }
}
