package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.Policy;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.gate.GateResult;
import io.github.mscommerce.core.gate.Violation;
import io.github.mscommerce.core.plan.ApplyResult;
import io.github.mscommerce.core.plan.DesiredState;
import io.github.mscommerce.core.plan.ItemOutcome;
import io.github.mscommerce.core.plan.Plan;
import io.github.mscommerce.core.plan.PlanItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a task hands a Pipeline script: plain maps and lists of strings, numbers and booleans, whose item keys are the
 * read keys everywhere ({@code productId} or {@code offerType}, {@code productName} or {@code displayName},
 * {@code policyValue}), so a script can read a listing, a dry run and an apply alike.
 */
final class ScriptValues {

  private ScriptValues() {}

  static Map<String, Object> policy(Policy policy) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", policy.id());
    map.put("description", policy.description());
    map.put("defaultValue", String.valueOf(policy.defaultValue()));
    return map;
  }

  static List<Map<String, Object>> policies(List<Policy> policies) {
    return policies.stream().map(ScriptValues::policy).collect(Collectors.toList());
  }

  static Map<String, Object> item(PolicyItem item) {
    Map<String, Object> map = identity(item.kind(), item.id(), item.name());
    map.put("policyValue", item.policyValue().wireValue());
    return map;
  }

  static List<Map<String, Object>> items(List<? extends PolicyItem> items) {
    return items.stream().map(ScriptValues::item).collect(Collectors.toList());
  }

  /**
   * A dry run: each item with its value now, the value an apply would set, and {@code would change}. The keys are an
   * apply's, so a script reads either the same way; a dry run that returns was never cancelled.
   */
  static Map<String, Object> plan(Plan plan) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("dryRun", true);
    map.put("succeeded", plan.isValid());
    map.put("cancelled", false);
    map.put("items", plan.items().stream().map(item -> change(item, item.current().orElse(null), item.desired(),
        ItemStatus.planned(item.action()))).collect(Collectors.toList()));
    return map;
  }

  /** An update or apply: each item with its value before, after (as far as known), and what happened. */
  static Map<String, Object> apply(ApplyResult result) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("dryRun", false);
    map.put("succeeded", result.succeeded());
    map.put("cancelled", result.cancelled());
    map.put("items", result.outcomes().stream().map(ScriptValues::outcome).collect(Collectors.toList()));
    return map;
  }

  static Map<String, Object> gate(GateResult result) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("passed", result.passed());
    map.put("checked", result.checked().size());
    map.put("violations", result.violations().stream().map(ScriptValues::violation).collect(Collectors.toList()));
    return map;
  }

  static Map<String, Object> export(DesiredState state) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("policyId", state.policyId());
    map.put("products", wireValues(state.products()));
    map.put("offerTypes", wireValues(state.offerTypes()));
    return map;
  }

  private static Map<String, Object> outcome(ItemOutcome outcome) {
    return change(outcome.item(), outcome.before().orElse(null), outcome.valueAfter().orElse(null),
        ItemStatus.of(outcome.status()));
  }

  private static Map<String, Object> change(PlanItem item, PolicyValue before, PolicyValue after, ItemStatus status) {
    Map<String, Object> map = identity(item.kind(), item.id(), item.name());
    // The value the item has now, as far as this run knows: what it set, or what it found.
    PolicyValue now = status == ItemStatus.CHANGED ? after : before;
    map.put("policyValue", wire(now));
    map.put("before", wire(before));
    map.put("after", wire(after));
    map.put("status", status.words());
    return map;
  }

  private static Map<String, Object> violation(Violation violation) {
    Map<String, Object> map = identity(violation.kind(), violation.id(), violation.name());
    map.put("policyValue", violation.actual().map(PolicyValue::wireValue).orElse(null));
    map.put("rule", violation.rule());
    map.put("message", violation.describe());
    return map;
  }

  private static Map<String, Object> identity(ItemKind kind, String id, String name) {
    Map<String, Object> map = new LinkedHashMap<>();
    if (kind == ItemKind.OFFER_TYPE) {
      map.put("offerType", id);
      map.put("displayName", name);
    } else {
      map.put("productId", id);
      map.put("productName", name);
    }
    return map;
  }

  private static String wire(PolicyValue value) {
    return value == null ? null : value.wireValue();
  }

  private static Map<String, String> wireValues(Map<String, PolicyValue> values) {
    Map<String, String> map = new LinkedHashMap<>();
    values.forEach((id, value) -> map.put(id, value.wireValue()));
    return map;
  }
}
