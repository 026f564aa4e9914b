package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.gate.AllowOnlyValues;
import io.github.mscommerce.core.gate.ForbidValues;
import io.github.mscommerce.core.gate.Gate;
import io.github.mscommerce.core.gate.GateResult;
import io.github.mscommerce.core.gate.Rule;
import io.github.mscommerce.core.report.Report;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The release gate: rules from {@code commerce.forbid} and {@code commerce.allow} (default: no product Enabled), over
 * the selection (default: every product). {@code commerce.failOnViolation=false} reports violations as warnings.
 */
final class VerifyPolicyTask implements CommerceTask {

  private final TaskEnvironment environment;
  private final Gate gate;
  private final boolean failOnViolation;

  VerifyPolicyTask(TaskEnvironment environment) {
    this.environment = environment;
    TaskSettings settings = environment.settings();
    List<Rule> rules = new ArrayList<>();
    settings.text(PropertyNames.FORBID).ifPresent(text -> rules.add(settings.parsers().attributed(
        PropertyNames.FORBID, () -> new ForbidValues(values(settings, PropertyNames.FORBID)))));
    settings.text(PropertyNames.ALLOW).ifPresent(text -> rules.add(settings.parsers().attributed(
        PropertyNames.ALLOW, () -> new AllowOnlyValues(values(settings, PropertyNames.ALLOW)))));
    if (rules.isEmpty()) {
      rules.addAll(Gate.defaultRules());
    }
    this.failOnViolation = settings.flag(PropertyNames.FAIL_ON_VIOLATION, true);
    this.gate = new Gate(rules, SelectionSettings.read(settings, environment.suggestions()).orElse(null),
        environment.suggestions());
  }

  @Override
  public TaskResult run(BeforeStates beforeStates) {
    GateResult result = SelectionSettings.resolving(environment.settings(), () -> gate.evaluate(environment.client()));
    Report report = Report.ofGate(Goals.VERIFY_POLICY, result, environment.now());
    List<String> lines = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Optional<String> failure = Optional.empty();
    if (result.passed()) {
      lines.add("Policy gate passed: " + result.summary() + ".");
    } else {
      List<String> details = new ArrayList<>();
      details.add(result.summary() + ":");
      result.violations().forEach(v -> details.add("  " + v.describe()));
      if (failOnViolation) {
        failure = Optional.of("Policy gate failed: " + String.join(System.lineSeparator(), details));
      } else {
        warnings.addAll(details);
      }
    }
    return new TaskResult(Goals.VERIFY_POLICY, result.passed() ? TaskOutcome.PASSED : TaskOutcome.VIOLATIONS, lines,
        warnings, environment.gateReports(Goals.VERIFY_POLICY, report), report, ScriptValues.gate(result), failure);
  }

  private static Set<PolicyValue> values(TaskSettings settings, String property) {
    return new LinkedHashSet<>(settings.values(property));
  }
}
