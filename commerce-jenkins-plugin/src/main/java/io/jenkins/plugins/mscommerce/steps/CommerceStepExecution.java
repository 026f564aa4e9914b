package io.jenkins.plugins.mscommerce.steps;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * The execution of every {@link CommerceStep}: the steps differ only in goal and fields. It runs off the Pipeline's
 * thread, because requests take time; an abort interrupts that thread, and core then stops sending, writes what was
 * and was not sent, and fails as cancelled.
 */
final class CommerceStepExecution extends SynchronousNonBlockingStepExecution<Object> {

  private static final long serialVersionUID = 1L;

  /**
   * Transient: after a controller restart this kind of execution is not resumed but failed, so the step need not
   * survive one; and its state stays out of the program's serialized form.
   */
  private final transient CommerceStep step;

  CommerceStepExecution(CommerceStep step, StepContext context) {
    super(context);
    this.step = step;
  }

  @Override
  protected Object run() throws Exception {
    StepContext context = getContext();
    return StepSupport.scriptValue(StepSupport.run(step, context.get(Run.class), context.get(FilePath.class),
        context.get(EnvVars.class), context.get(TaskListener.class)).value());
  }
}
