package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.Policy;
import io.github.mscommerce.core.report.Report;
import java.util.List;

/** {@code Get-MSCommercePolicies}. */
final class PoliciesTask implements CommerceTask {

  private final TaskEnvironment environment;

  PoliciesTask(TaskEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public TaskResult run(BeforeStates beforeStates) {
    List<Policy> policies = environment.client().policies();
    Report report = Report.ofPolicies(Goals.POLICIES, policies, environment.now());
    return ReadResults.of(environment, Goals.POLICIES, ConsoleLines.policyTable(policies), report,
        ScriptValues.policies(policies));
  }
}
