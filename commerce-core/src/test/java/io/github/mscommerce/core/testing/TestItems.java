package io.github.mscommerce.core.testing;

import io.github.mscommerce.core.OfferTypePolicy;
import io.github.mscommerce.core.Policy;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.ProductPolicy;
import java.util.List;

/** A small tenant in the service's shape: real ids and names from the catalogue (service-spec §3), for unit tests. */
public final class TestItems {

  public static final String POWER_APPS = "CFQ7TTC0LH2H";
  public static final String POWER_AUTOMATE = "CFQ7TTC0LH3L";
  public static final String POWER_BI_PREMIUM = "CFQ7TTC0H6RP";
  public static final String POWER_BI_PRO = "CFQ7TTC0H9MP";
  public static final String VISIO_PLAN_1 = "CFQ7TTC0HD33";
  public static final String VISIO_PLAN_2 = "CFQ7TTC0HD32";
  public static final String COPILOT = "CFQ7TTC0MM8R";

  private TestItems() {}

  public static ProductPolicy product(String id, String name, PolicyValue value) {
    return new ProductPolicy(Policy.ALLOW_SELF_SERVICE_PURCHASE, id, name, value);
  }

  public static OfferTypePolicy offerType(String id, String name, PolicyValue value) {
    return new OfferTypePolicy(Policy.ALLOW_SELF_SERVICE_PURCHASE, id, name, value);
  }

  /** Seven products in catalogue order, every one {@code value}. */
  public static List<ProductPolicy> products(PolicyValue value) {
    return List.of(
        product(POWER_APPS, "Power Apps per user", value),
        product(POWER_AUTOMATE, "Power Automate per user", value),
        product(POWER_BI_PREMIUM, "Power BI Premium (standalone)", value),
        product(POWER_BI_PRO, "Power BI Pro", value),
        product(VISIO_PLAN_1, "Visio Plan 1", value),
        product(VISIO_PLAN_2, "Visio Plan 2", value),
        product(COPILOT, "Microsoft 365 Copilot", value));
  }

  /** The four offer types of the catalogue, every one {@code value}. */
  public static List<OfferTypePolicy> offerTypes(PolicyValue value) {
    return List.of(
        offerType("SaaS", "Software as a Service", value),
        offerType("POWERBIVISUALS", "Power BI Visuals", value),
        offerType("DYNAMICSCE", "Dynamics 365 Dataverse Apps", value),
        offerType("DYNAMICSBC", "Dynamics 365 Business Central", value));
  }
}
