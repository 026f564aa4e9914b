package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.auth.TokenTenant;
import io.github.mscommerce.core.internal.SettingFile;
import io.github.mscommerce.core.plan.DesiredStateDocument;
import io.github.mscommerce.core.plan.DesiredStateJson;
import io.github.mscommerce.core.plan.Plan;
import io.github.mscommerce.core.plan.Planner;
import io.github.mscommerce.core.plan.TenantOverride;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Microsoft365DSC's Set: the desired-state file {@code commerce.desiredState}, read where the front end sees files (a
 * Maven project, a Jenkins agent's workspace) and checked before any request; {@code commerce.dryRun} reports the plan.
 * A file with per-tenant exceptions gives this tenant its own; in a run over many tenants the run has already chosen
 * them (the file is read once).
 */
final class ApplyTask implements CommerceTask {

  /** A desired state lists a few dozen items; a file this large is the wrong file, and is not read whole. */
  static final long MAX_DESIRED_STATE_BYTES = 8L * 1024 * 1024;

  private final TaskEnvironment environment;
  private final DesiredStateDocument desired;
  private final boolean dryRun;

  ApplyTask(TaskEnvironment environment) {
    this.environment = environment;
    this.desired = environment.scope().desiredState()
        .orElseGet(() -> readDesiredState(environment.settings(), environment.frontEnd()));
    this.dryRun = environment.settings().flag(PropertyNames.DRY_RUN, false);
  }

  /** The file {@code commerce.desiredState} names (default {@code desired-state.json}), with its exceptions. */
  static DesiredStateDocument readDesiredState(TaskSettings settings, FrontEnd frontEnd) {
    String setting = settings.name(PropertyNames.DESIRED_STATE);
    String path = settings.text(PropertyNames.DESIRED_STATE).orElse(DesiredStateJson.DEFAULT_FILE_NAME);
    return DesiredStateJson.read(SettingFile.text(frontEnd.files(), path, setting, MAX_DESIRED_STATE_BYTES),
        frontEnd.files().describe(path));
  }

  @Override
  public TaskResult run(BeforeStates beforeStates) {
    List<String> warnings = new ArrayList<>();
    DesiredStateDocument forTenant = desired.tenants().isEmpty() ? desired : forThisTenant(warnings);
    ChangeResults results = new ChangeResults(environment, Goals.APPLY);
    Plan plan = Planner.plan(environment.client(), forTenant, environment.suggestions());
    TaskResult result = dryRun ? results.dryRun(plan) : results.apply(plan, beforeStates);
    if (warnings.isEmpty()) {
      return result;
    }
    warnings.addAll(result.warnings());
    return new TaskResult(result.goal(), result.outcome(), result.lines(), warnings, result.files(), result.report(),
        result.value(), result.failure());
  }

  /**
   * The exceptions written for the tenant signed in to: by the name configured, else by its GUID, which the token
   * tells (the listing would fetch the token anyway). The others are for tenants this run does not cover: warnings.
   */
  private DesiredStateDocument forThisTenant(List<String> warnings) {
    Optional<String> tenant = environment.scope().tenant();
    Optional<TenantOverride> exceptions = tenant.flatMap(t -> desired.overrideFor(t, Optional.empty()));
    if (exceptions.isEmpty()) {
      Optional<String> guid = TokenTenant.of(environment.client().credential().token(false));
      exceptions = desired.overrideFor(tenant.orElse(""), guid);
    }
    for (TenantOverride other : desired.tenants().values()) {
      if (exceptions.map(own -> own != other).orElse(true)) {
        warnings.add(environment.suggestions().exceptionsForNoTenantOfTheRun(other.location(), other.tenant()));
      }
    }
    return desired.forTenant(exceptions);
  }
}
