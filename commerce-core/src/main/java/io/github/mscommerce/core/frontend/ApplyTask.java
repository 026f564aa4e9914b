package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.internal.SettingFile;
import io.github.mscommerce.core.plan.DesiredStateDocument;
import io.github.mscommerce.core.plan.DesiredStateJson;
import io.github.mscommerce.core.plan.Plan;
import io.github.mscommerce.core.plan.Planner;

/**
 * Microsoft365DSC's Set: the desired-state file {@code commerce.desiredState}, read where the front end sees files (a
 * Maven project, a Jenkins agent's workspace) and checked before any request; {@code commerce.dryRun} reports the plan.
 */
final class ApplyTask implements CommerceTask {

  /** A desired state lists a few dozen items; a file this large is the wrong file, and is not read whole. */
  static final long MAX_DESIRED_STATE_BYTES = 8L * 1024 * 1024;

  private final TaskEnvironment environment;
  private final DesiredStateDocument desired;
  private final boolean dryRun;

  ApplyTask(TaskEnvironment environment) {
    this.environment = environment;
    TaskSettings settings = environment.settings();
    String setting = environment.name(PropertyNames.DESIRED_STATE);
    String path = settings.text(PropertyNames.DESIRED_STATE).orElse(DesiredStateJson.DEFAULT_FILE_NAME);
    this.desired = DesiredStateJson.read(SettingFile.text(environment.frontEnd().files(), path, setting,
        MAX_DESIRED_STATE_BYTES), environment.frontEnd().files().describe(path));
    this.dryRun = settings.flag(PropertyNames.DRY_RUN, false);
  }

  @Override
  public TaskResult run(BeforeStates beforeStates) {
    ChangeResults results = new ChangeResults(environment, Goals.APPLY);
    Plan plan = Planner.plan(environment.client(), desired, environment.suggestions());
    return dryRun ? results.dryRun(plan) : results.apply(plan, beforeStates);
  }
}
