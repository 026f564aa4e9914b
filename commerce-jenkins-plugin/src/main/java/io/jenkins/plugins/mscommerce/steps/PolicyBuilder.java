package io.jenkins.plugins.mscommerce.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Descriptor;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import java.io.IOException;
import java.util.List;
import jenkins.model.Jenkins;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The freestyle build step "Microsoft 365 self-service purchase policy": the gate ({@link VerifyPolicyStep}) or an update
 * ({@link UpdateProductPolicyStep}), configured with the step's own form and run exactly as the Pipeline step runs.
 */
public final class PolicyBuilder extends Builder implements SimpleBuildStep {

  private final CommerceStep step;

  @DataBoundConstructor
  public PolicyBuilder(CommerceStep step) {
    this.step = step;
  }

  public CommerceStep getStep() {
    return step;
  }

  @Override
  public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
      @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException {
    StepSupport.run(step, run, workspace, env, listener);
  }

  @Extension
  public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {

    @SuppressWarnings("rawtypes")
    @Override
    public boolean isApplicable(Class<? extends AbstractProject> jobType) {
      return true;
    }

    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.PolicyBuilder_displayName();
    }

    /** For config.jelly: what the build step can do, each with its step's form. */
    public List<Descriptor<?>> getStepDescriptors() {
      Jenkins jenkins = Jenkins.get();
      return List.of(jenkins.getDescriptorByType(VerifyPolicyStep.DescriptorImpl.class),
          jenkins.getDescriptorByType(UpdateProductPolicyStep.DescriptorImpl.class));
    }
  }
}
