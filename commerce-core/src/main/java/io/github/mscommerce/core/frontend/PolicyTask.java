package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.Policy;
import io.github.mscommerce.core.report.Report;
import java.util.List;

/** {@code Get-MSCommercePolicy}: the policy the client acts on ({@code commerce.policyId}). */
final class PolicyTask implements CommerceTask {

  private final TaskEnvironment environment;

  PolicyTask(TaskEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public TaskResult run(BeforeStates beforeStates) {
    Policy policy = environment.client().policy(environment.client().policyId());
    List<String> lines = List.of(policy.id() + ": " + policy.description(),
        "Default value (what newly released products get): " + policy.defaultValue());
    return ReadResults.of(environment, Goals.POLICY, lines, Report.ofPolicies(Goals.POLICY, List.of(policy), environment.now()),
        ScriptValues.policy(policy));
  }
}
