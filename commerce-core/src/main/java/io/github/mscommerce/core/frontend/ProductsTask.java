package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code Get-MSCommerceProductPolicies}: the products, or with {@code commerce.scope=OfferType} the offer types. */
final class ProductsTask implements CommerceTask {

  private final TaskEnvironment environment;
  private final boolean offerTypes;

  ProductsTask(TaskEnvironment environment) {
    this.environment = environment;
    this.offerTypes = environment.settings().text(PropertyNames.SCOPE).map(this::isOfferTypeScope).orElse(false);
  }

  @Override
  public TaskResult run(BeforeStates beforeStates) {
    List<? extends PolicyItem> items = offerTypes ? environment.client().offerTypePolicies()
        : environment.client().productPolicies();
    Report report = Report.ofItems(Goals.PRODUCTS, items, environment.now());
    List<String> lines = new ArrayList<>(ConsoleLines.itemTable(items));
    lines.add(report.outcome());
    return ReadResults.of(environment, Goals.PRODUCTS, lines, report, ScriptValues.items(items));
  }

  /** The listing's {@code scope}: the cmdlet's {@code -Scope}, any casing. */
  private boolean isOfferTypeScope(String scope) {
    switch (scope.toLowerCase(Locale.ROOT)) {
      case "product":
        return false;
      case "offertype":
        return true;
      default:
        throw new InvalidSettingsException(environment.suggestions().unknownListingScope(
            environment.name(PropertyNames.SCOPE), scope));
    }
  }
}
