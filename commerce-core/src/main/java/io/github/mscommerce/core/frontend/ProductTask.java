package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.client.ItemIds;
import io.github.mscommerce.core.report.Report;
import java.util.List;
import java.util.Optional;

/** {@code Get-MSCommerceProductPolicy}: one product ({@code commerce.productId}) or one offer type. */
final class ProductTask implements CommerceTask {

  private final TaskEnvironment environment;
  private final Optional<String> productId;
  private final Optional<String> offerType;

  ProductTask(TaskEnvironment environment) {
    this.environment = environment;
    TaskSettings settings = environment.settings();
    this.productId = settings.text(PropertyNames.PRODUCT_ID).map(id -> settings.parsers().attributed(
        PropertyNames.PRODUCT_ID, () -> ItemIds.requireValid(ItemKind.PRODUCT, id)));
    this.offerType = settings.text(PropertyNames.OFFER_TYPE).map(id -> settings.parsers().attributed(
        PropertyNames.OFFER_TYPE, () -> ItemIds.requireValid(ItemKind.OFFER_TYPE, id)));
    if (productId.isPresent() == offerType.isPresent()) {
      throw new InvalidSettingsException(environment.suggestions().nameExactlyOneItem(
          environment.name(PropertyNames.PRODUCT_ID), environment.name(PropertyNames.OFFER_TYPE),
          productId.isPresent()));
    }
  }

  @Override
  public TaskResult run(BeforeStates beforeStates) {
    TaskSettings settings = environment.settings();
    PolicyItem item = productId.isPresent()
        ? settings.parsers().attributed(PropertyNames.PRODUCT_ID,
            () -> environment.client().productPolicy(productId.get()))
        : settings.parsers().attributed(PropertyNames.OFFER_TYPE,
            () -> environment.client().offerTypePolicy(offerType.get()));
    return ReadResults.of(environment, Goals.PRODUCT, List.of(item.id() + " " + item.name() + ": " + item.policyValue()),
        Report.ofItems(Goals.PRODUCT, List.of(item), environment.now()), ScriptValues.item(item));
  }
}
