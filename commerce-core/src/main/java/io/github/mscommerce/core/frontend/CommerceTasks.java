package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.OfferTypePolicy;
import io.github.mscommerce.core.Policy;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.gate.AllowOnlyValues;
import io.github.mscommerce.core.gate.ForbidValues;
import io.github.mscommerce.core.gate.Gate;
import io.github.mscommerce.core.gate.GateResult;
import io.github.mscommerce.core.gate.Rule;
import io.github.mscommerce.core.gate.Violation;
import io.github.mscommerce.core.plan.Applier;
import io.github.mscommerce.core.plan.ApplyResult;
import io.github.mscommerce.core.plan.DesiredState;
import io.github.mscommerce.core.plan.DesiredStateJson;
import io.github.mscommerce.core.plan.Exporter;
import io.github.mscommerce.core.plan.ItemOutcome;
import io.github.mscommerce.core.plan.Plan;
import io.github.mscommerce.core.plan.PlanItem;
import io.github.mscommerce.core.plan.Planner;
import io.github.mscommerce.core.plan.Selection;
import io.github.mscommerce.core.plan.TenantItems;
import io.github.mscommerce.core.report.Report;
import io.github.mscommerce.core.report.ReportFile;
import io.github.mscommerce.core.report.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One method per goal or step, shared by the Maven and Jenkins front ends: each parses its goal's settings (all checked
 * before the first request), makes the core calls, and returns a {@link TaskResult}. Front ends only log, write files and
 * translate failures.
 */
public final class CommerceTasks {

  public static final String POLICIES = "policies";
  public static final String POLICY = "policy";
  public static final String PRODUCTS = "products";
  public static final String PRODUCT = "product";
  public static final String UPDATE_POLICY = "update-policy";
  public static final String VERIFY_POLICY = ReportFiles.VERIFY_POLICY;
  public static final String APPLY = "apply";
  public static final String EXPORT = "export";

  private final CommerceSession session;
  private final CommerceClient client;
  private final SettingParsers parsers;
  private final Consumer<CommerceEvent> events;
  private final Clock clock;

  public CommerceTasks(CommerceSession session, SettingNames names, Consumer<CommerceEvent> events) {
    this(session, names, events, Clock.systemUTC());
  }

  CommerceTasks(CommerceSession session, SettingNames names, Consumer<CommerceEvent> events, Clock clock) {
    this.session = session;
    this.client = session.client();
    this.parsers = new SettingParsers(names);
    this.events = events;
    this.clock = clock;
  }

  /** {@code Get-MSCommercePolicies}. */
  public TaskResult policies() {
    List<Policy> policies = client.policies();
    TextTable table = new TextTable("Policy", "Default", "Description");
    policies.forEach(p -> table.row(p.id(), String.valueOf(p.defaultValue()), p.description()));
    Report report = Report.ofPolicies(POLICIES, policies, now());
    return done(POLICIES, table.lines(), report, policies.stream().map(CommerceTasks::policyValue)
        .collect(Collectors.toList()));
  }

  /** {@code Get-MSCommercePolicy}: the given policy, or the session's. */
  public TaskResult policy(Optional<String> policyId) {
    Policy policy = client.policy(policyId.orElse(client.policyId()));
    List<String> lines = List.of(policy.id() + ": " + policy.description(),
        "Default value (what newly released products get): " + policy.defaultValue());
    return done(POLICY, lines, Report.ofPolicies(POLICY, List.of(policy), now()), policyValue(policy));
  }

  /** {@code Get-MSCommerceProductPolicies}; {@code scope} {@code product} (default) or {@code OfferType}. */
  public TaskResult products(Optional<String> scope) {
    boolean offerTypes = scope.map(this::isOfferTypeScope).orElse(false);
    List<? extends PolicyItem> items = offerTypes ? client.offerTypePolicies() : client.productPolicies();
    Report report = Report.ofItems(PRODUCTS, items, now());
    List<String> lines = new ArrayList<>(itemTable(items));
    lines.add(report.outcome());
    return done(PRODUCTS, lines, report, items.stream().map(CommerceTasks::itemValue).collect(Collectors.toList()));
  }

  /** {@code Get-MSCommerceProductPolicy}: one product or one offer type. */
  public TaskResult product(Optional<String> productId, Optional<String> offerType) {
    if (productId.isPresent() == offerType.isPresent()) {
      throw new InvalidSettingsException("Name exactly one item: set " + parsers.name(PropertyNames.PRODUCT_ID)
          + " (such as CFQ7TTC0LH2H) or " + parsers.name(PropertyNames.OFFER_TYPE) + " (such as SaaS)"
          + (productId.isPresent() ? ", not both." : "."));
    }
    PolicyItem item = productId.isPresent()
        ? parsers.attributed(PropertyNames.PRODUCT_ID, () -> client.productPolicy(productId.get()))
        : parsers.attributed(PropertyNames.OFFER_TYPE, () -> client.offerTypePolicy(offerType.get()));
    return done(PRODUCT, List.of(item.id() + " " + item.name() + ": " + item.policyValue()),
        Report.ofItems(PRODUCT, List.of(item), now()), itemValue(item));
  }

  /**
   * {@code Update-MSCommerceProductPolicy} over a selection; {@code value} or its {@code enabled} alias; a dry run
   * reports the plan and sends nothing.
   */
  public TaskResult updatePolicy(SelectionInput selectionInput, Optional<String> value, Optional<String> enabled,
      Optional<String> dryRun) {
    PolicyValue wanted = wantedValue(value, enabled);
    Selection selection = selection(selectionInput, false);
    boolean dry = flag(PropertyNames.DRY_RUN, dryRun, false);
    TenantItems tenant = TenantItems.read(client, selection.needsProducts(), selection.needsOfferTypes());
    List<PolicyItem> selected = selection.resolve(tenant.products(), tenant.offerTypes());
    return run(UPDATE_POLICY, Planner.plan(selected, wanted), dry);
  }

  /** The release gate: rules from {@code forbid}/{@code allow} (default: no product Enabled), over a selection. */
  public TaskResult verifyPolicy(SelectionInput scopeInput, Optional<String> forbid, Optional<String> allow,
      Optional<String> failOnViolation) {
    List<Rule> rules = new ArrayList<>();
    forbid.ifPresent(f -> rules.add(new ForbidValues(values(PropertyNames.FORBID, f))));
    allow.ifPresent(a -> rules.add(new AllowOnlyValues(values(PropertyNames.ALLOW, a))));
    if (rules.isEmpty()) {
      rules.addAll(Gate.defaultRules());
    }
    boolean fail = flag(PropertyNames.FAIL_ON_VIOLATION, failOnViolation, true);
    Selection scope = scopeInput.isEmpty() ? null : selection(scopeInput, false);
    GateResult result = new Gate(rules, scope).evaluate(client);
    Report report = Report.ofGate(VERIFY_POLICY, result, now());
    List<ReportFile> files = ReportFiles.forGoal(VERIFY_POLICY, report);
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("passed", result.passed());
    value.put("checked", result.checked().size());
    value.put("violations", result.violations().stream().map(CommerceTasks::violationValue)
        .collect(Collectors.toList()));
    if (result.passed()) {
      return new TaskResult(VERIFY_POLICY, List.of("Policy gate passed: " + result.summary() + "."), List.of(), files,
          value, Optional.empty());
    }
    List<String> details = new ArrayList<>();
    details.add(result.summary() + ":");
    result.violations().forEach(v -> details.add("  " + v.describe()));
    if (!fail) {
      return new TaskResult(VERIFY_POLICY, List.of(), details, files, value, Optional.empty());
    }
    return new TaskResult(VERIFY_POLICY, List.of(), List.of(), files, value,
        Optional.of("Policy gate failed: " + String.join(System.lineSeparator(), details)));
  }

  /** Microsoft365DSC's Set: a desired-state file read from this machine's disk. */
  public TaskResult apply(Path desiredStateFile, Optional<String> dryRun) {
    Path file = parsers.readableFile(PropertyNames.DESIRED_STATE, desiredStateFile.toString());
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidSettingsException(parsers.name(PropertyNames.DESIRED_STATE) + ": cannot read '" + file
          + "' (" + e.getMessage() + ").", e);
    }
    return apply(file.toString(), content, dryRun);
  }

  /** The same, for a front end that reads the file itself (a Jenkins agent's workspace). */
  public TaskResult apply(String sourceName, String desiredStateJson, Optional<String> dryRun) {
    DesiredState desired = DesiredStateJson.parse(desiredStateJson, sourceName);
    boolean dry = flag(PropertyNames.DRY_RUN, dryRun, false);
    return run(APPLY, Planner.plan(client, desired), dry);
  }

  /** Microsoft365DSC's Export: the current state as a desired-state document, every item explicit. */
  public TaskResult export(Optional<String> includeOfferTypes, Optional<String> output) {
    boolean offerTypes = flag(PropertyNames.INCLUDE_OFFER_TYPES, includeOfferTypes, false);
    String fileName = output.map(String::trim).filter(s -> !s.isEmpty()).orElse("desired-state.json");
    if (!ReportFile.isPlainName(fileName)) {
      throw new InvalidSettingsException(parsers.name(PropertyNames.OUTPUT) + ": '" + fileName + "' is not a plain "
          + "file name: use letters, digits, '.', '_' and '-', such as desired-state.json.");
    }
    DesiredState state = Exporter.export(client, offerTypes);
    List<ReportFile> files = new ArrayList<>();
    files.add(new ReportFile(fileName, DesiredStateJson.write(state)));
    String line = "Exported " + state.products().size() + " products"
        + (offerTypes ? " and " + state.offerTypes().size() + " offer types" : "") + " to " + fileName
        + "; apply it to restore this state.";
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("policyId", state.policyId());
    value.put("products", wireValues(state.products()));
    value.put("offerTypes", wireValues(state.offerTypes()));
    return new TaskResult(EXPORT, List.of(line), List.of(), files, value, Optional.empty());
  }

  private TaskResult run(String goal, Plan plan, boolean dryRun) {
    if (dryRun) {
      Report report = Report.ofDryRun(goal, plan, now());
      List<String> lines = new ArrayList<>();
      plan.items().forEach(item -> lines.add(planLine(item)));
      lines.add(report.outcome());
      Optional<String> failure = plan.isValid() ? Optional.empty() : Optional.of(report.outcome());
      return new TaskResult(goal, lines, List.of(), ReportFiles.forGoal(goal, report), planValue(plan), failure);
    }
    Instant started = now();
    ApplyResult result = new Applier(events).apply(client, plan, session.concurrency());
    Report report = Report.ofApply(goal, result, now());
    List<ReportFile> files = new ArrayList<>(ReportFiles.forGoal(goal, report));
    List<String> lines = new ArrayList<>();
    lines.add(report.outcome());
    boolean attempted = result.count(ItemOutcome.Status.CHANGED) + result.count(ItemOutcome.Status.FAILED) > 0;
    String beforeName = ReportFiles.beforeStateFileName(started);
    if (attempted) {
      files.add(ReportFiles.beforeState(result, started));
      lines.add("The previous values are in " + beforeName + "; apply that file to restore them.");
    }
    Optional<String> failure = Optional.empty();
    if (!result.succeeded()) {
      List<String> failed = result.outcomes().stream()
          .filter(o -> o.status() == ItemOutcome.Status.FAILED || o.status() == ItemOutcome.Status.NOT_ATTEMPTED)
          .map(CommerceTasks::outcomeLine).collect(Collectors.toList());
      failure = Optional.of(report.outcome() + System.lineSeparator() + String.join(System.lineSeparator(), failed)
          + (attempted ? System.lineSeparator() + "Apply " + beforeName + " to restore the values changed." : ""));
    }
    return new TaskResult(goal, lines, List.of(), files, applyValue(result), failure);
  }

  private PolicyValue wantedValue(Optional<String> value, Optional<String> enabled) {
    if (value.isPresent() == enabled.isPresent()) {
      throw new InvalidSettingsException("Say which value to set: " + parsers.name(PropertyNames.VALUE) + " ("
          + PolicyValue.allowedValues() + ") or " + parsers.name(PropertyNames.ENABLED) + " (true/false)"
          + (value.isPresent() ? ", not both." : "."));
    }
    if (enabled.isPresent()) {
      return PolicyValue.fromEnabled(parsers.bool(PropertyNames.ENABLED, enabled.get()));
    }
    return parsers.attributed(PropertyNames.VALUE, () -> PolicyValue.parse(value.get()));
  }

  private Selection selection(SelectionInput input, boolean allowEmpty) {
    if (input.isEmpty() && !allowEmpty) {
      throw new InvalidSettingsException("Select what to change: set " + parsers.name(PropertyNames.PRODUCT_IDS)
          + " (ids such as CFQ7TTC0LH2H), " + parsers.name(PropertyNames.PRODUCT_NAMES) + " (patterns such as "
          + "'Power BI*'), " + parsers.name(PropertyNames.OFFER_TYPES) + " (such as SaaS), or "
          + parsers.name(PropertyNames.ALL) + "=true.");
    }
    Selection.Builder builder = Selection.builder();
    input.productIds().ifPresent(ids -> builder.productIds(
        parsers.attributed(PropertyNames.PRODUCT_IDS, () -> SettingParsers.list(ids))));
    input.productNames().ifPresent(names -> builder.productNames(SettingParsers.list(names)));
    input.offerTypes().ifPresent(types -> builder.offerTypes(SettingParsers.list(types)));
    if (input.all().isPresent() && parsers.bool(PropertyNames.ALL, input.all().get())) {
      builder.allProducts();
    }
    return parsers.attributed(PropertyNames.PRODUCT_IDS, builder::build);
  }

  private Set<PolicyValue> values(String property, String list) {
    Set<PolicyValue> values = new LinkedHashSet<>();
    for (String value : SettingParsers.list(list)) {
      values.add(parsers.attributed(property, () -> PolicyValue.parse(value)));
    }
    if (values.isEmpty()) {
      throw new InvalidSettingsException(parsers.name(property) + " is empty: give one or more of "
          + PolicyValue.allowedValues() + ", separated by commas.");
    }
    return values;
  }

  private boolean isOfferTypeScope(String scope) {
    switch (scope.trim().toLowerCase(Locale.ROOT)) {
      case "product":
        return false;
      case "offertype":
        return true;
      default:
        throw new InvalidSettingsException(parsers.name(PropertyNames.SCOPE) + ": '" + scope
            + "' is not a scope: use product (the default) or OfferType.");
    }
  }

  private boolean flag(String property, Optional<String> value, boolean fallback) {
    return value.map(v -> parsers.bool(property, v)).orElse(fallback);
  }

  private TaskResult done(String goal, List<String> lines, Report report, Object value) {
    return new TaskResult(goal, lines, List.of(), ReportFiles.forGoal(goal, report), value, Optional.empty());
  }

  private Instant now() {
    return clock.instant();
  }

  private static List<String> itemTable(List<? extends PolicyItem> items) {
    boolean products = items.stream().allMatch(item -> item.kind() == ItemKind.PRODUCT);
    TextTable table = new TextTable(products ? "Product id" : "Offer type", "Name", "Value");
    items.forEach(item -> table.row(item.id(), item.name(), item.policyValue().wireValue()));
    return table.lines();
  }

  private static String planLine(PlanItem item) {
    String label = item.label();
    switch (item.action()) {
      case CHANGE:
        return "would change " + label + ": " + item.current().map(String::valueOf).orElse("?") + " → "
            + item.desired();
      case UNCHANGED:
        return "unchanged    " + label + ": " + item.desired();
      default:
        return "invalid      " + label + ": " + item.problem().orElse("");
    }
  }

  private static String outcomeLine(ItemOutcome outcome) {
    String label = outcome.item().label();
    return outcome.status() == ItemOutcome.Status.FAILED
        ? "  FAILED " + label + ": " + outcome.failure().map(Throwable::getMessage).orElse("")
        : "  NOT ATTEMPTED " + label;
  }

  private static Map<String, Object> policyValue(Policy policy) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", policy.id());
    map.put("description", policy.description());
    map.put("defaultValue", String.valueOf(policy.defaultValue()));
    return map;
  }

  private static Map<String, Object> itemValue(PolicyItem item) {
    Map<String, Object> map = new LinkedHashMap<>();
    if (item instanceof OfferTypePolicy) {
      map.put("offerType", item.id());
      map.put("displayName", item.name());
    } else {
      map.put("productId", item.id());
      map.put("productName", item.name());
    }
    map.put("policyValue", item.policyValue().wireValue());
    return map;
  }

  private static Map<String, Object> violationValue(Violation violation) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", violation.id());
    map.put("name", violation.name());
    map.put("value", violation.actual().map(PolicyValue::wireValue).orElse(null));
    map.put("rule", violation.rule());
    map.put("message", violation.describe());
    return map;
  }

  private static Map<String, Object> planValue(Plan plan) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("dryRun", true);
    map.put("items", plan.items().stream().map(item -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", item.id());
      row.put("name", item.name());
      row.put("before", item.current().map(PolicyValue::wireValue).orElse(null));
      row.put("after", item.desired().wireValue());
      row.put("action", item.action().name().toLowerCase(Locale.ROOT));
      return row;
    }).collect(Collectors.toList()));
    return map;
  }

  private static Map<String, Object> applyValue(ApplyResult result) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("dryRun", false);
    map.put("succeeded", result.succeeded());
    map.put("items", result.outcomes().stream().map(outcome -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", outcome.item().id());
      row.put("name", outcome.item().name());
      row.put("before", outcome.before().map(PolicyValue::wireValue).orElse(null));
      row.put("after", outcome.valueAfter().map(PolicyValue::wireValue).orElse(null));
      row.put("status", outcome.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      return row;
    }).collect(Collectors.toList()));
    return map;
  }

  private static Map<String, String> wireValues(Map<String, PolicyValue> values) {
    Map<String, String> map = new LinkedHashMap<>();
    values.forEach((id, value) -> map.put(id, value.wireValue()));
    return map;
  }
}
