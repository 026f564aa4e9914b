package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.plan.Plan;
import io.github.mscommerce.core.plan.Planner;
import io.github.mscommerce.core.plan.Selection;
import io.github.mscommerce.core.plan.TenantItems;
import java.util.List;
import java.util.Optional;

/**
 * {@code Update-MSCommerceProductPolicy} over a selection: {@code commerce.value} or its {@code commerce.enabled} alias;
 * {@code commerce.dryRun} reports the plan and sends nothing.
 */
final class UpdatePolicyTask implements CommerceTask {

  private final TaskEnvironment environment;
  private final PolicyValue wanted;
  private final Selection selection;
  private final boolean dryRun;

  UpdatePolicyTask(TaskEnvironment environment) {
    this.environment = environment;
    TaskSettings settings = environment.settings();
    this.wanted = wantedValue(settings);
    this.selection = SelectionSettings.required(settings, environment.suggestions());
    this.dryRun = settings.flag(PropertyNames.DRY_RUN, false);
  }

  @Override
  public TaskResult run(BeforeStates beforeStates) {
    TenantItems tenant = TenantItems.read(environment.client(), selection.needsProducts(),
        selection.needsOfferTypes());
    List<PolicyItem> selected = SelectionSettings.resolving(environment.settings(),
        () -> selection.resolve(tenant.products(), tenant.offerTypes(), environment.suggestions()));
    Plan plan = Planner.plan(selected, wanted, environment.suggestions());
    ChangeResults results = new ChangeResults(environment, Goals.UPDATE_POLICY);
    return dryRun ? results.dryRun(plan) : results.apply(plan, beforeStates);
  }

  private PolicyValue wantedValue(TaskSettings settings) {
    Optional<String> value = settings.text(PropertyNames.VALUE);
    Optional<Boolean> enabled = settings.flag(PropertyNames.ENABLED);
    if (value.isPresent() == enabled.isPresent()) {
      throw new InvalidSettingsException(environment.suggestions().sayWhichValue(
          environment.name(PropertyNames.VALUE), environment.name(PropertyNames.ENABLED), value.isPresent()));
    }
    return enabled.map(PolicyValue::fromEnabled).orElseGet(() -> settings.parsers().attributed(PropertyNames.VALUE,
        () -> PolicyValue.parse(value.get())));
  }
}
