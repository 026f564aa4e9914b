package io.jenkins.plugins.mscommerce.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.github.mscommerce.core.frontend.Goals;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.TaskOutcome;
import io.github.mscommerce.core.frontend.TaskResult;
import java.util.List;
import java.util.Map;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code msCommerceVerifyPolicy()}, the release gate: fails the build, naming every offending item, when a rule is broken
 * (default: no product Enabled; {@code forbid}, {@code allow}). {@code unstable: true} marks the build UNSTABLE instead;
 * {@code failOnViolation: false} only warns. The JUnit XML goes to {@code <reportDirectory>/TEST-commerce-verify-policy.xml}.
 * Returns a map with {@code passed}, {@code checked} and {@code violations}.
 */
public final class VerifyPolicyStep extends SelectionStep {

  @CheckForNull private List<String> forbid;
  @CheckForNull private List<String> allow;
  private boolean failOnViolation = true;
  private boolean unstable;

  @DataBoundConstructor
  public VerifyPolicyStep() {}

  @Override
  String goal() {
    return Goals.VERIFY_POLICY;
  }

  /** {@code unstable} is a failure core does not make: core only warns, and the build result says the rest. */
  @Override
  Map<String, Object> settings() {
    Map<String, Object> settings = super.settings();
    if (unstable) {
      settings.put(PropertyNames.FAIL_ON_VIOLATION, false);
    }
    return settings;
  }

  @Override
  void finished(TaskResult result, Run<?, ?> run, TaskListener listener) {
    if (unstable && result.outcome() == TaskOutcome.VIOLATIONS) {
      listener.getLogger().println(Messages.VerifyPolicyStep_unstable());
      run.setResult(Result.UNSTABLE);
    }
  }

  @CheckForNull
  public List<String> getForbid() {
    return forbid;
  }

  @DataBoundSetter
  public void setForbid(@CheckForNull List<String> forbid) {
    this.forbid = listOf(forbid);
  }

  @CheckForNull
  public List<String> getAllow() {
    return allow;
  }

  @DataBoundSetter
  public void setAllow(@CheckForNull List<String> allow) {
    this.allow = listOf(allow);
  }

  public boolean isFailOnViolation() {
    return failOnViolation;
  }

  @DataBoundSetter
  public void setFailOnViolation(boolean failOnViolation) {
    this.failOnViolation = failOnViolation;
  }

  public boolean isUnstable() {
    return unstable;
  }

  @DataBoundSetter
  public void setUnstable(boolean unstable) {
    this.unstable = unstable;
  }

  @Extension
  public static final class DescriptorImpl extends CommerceStepDescriptor {

    @Override
    public String getFunctionName() {
      return Goals.VERIFY_POLICY_STEP;
    }

    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.VerifyPolicyStep_displayName();
    }
  }
}
