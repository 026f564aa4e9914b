package io.github.mscommerce.emulator.state;

import java.util.List;
import java.util.Optional;

/** The three values of {@code AllowSelfServicePurchase}, with the exact casing the service accepts. */
public final class PolicyValues {

  public static final String ENABLED = "Enabled";
  public static final String DISABLED = "Disabled";
  public static final String ONLY_TRIALS = "OnlyTrialsWithoutPaymentMethod";
  public static final List<String> FOR_PRODUCTS = List.of(ENABLED, DISABLED, ONLY_TRIALS);
  /** Third-party offer types only know Enabled and Disabled (service-spec §3.3). */
  public static final List<String> FOR_OFFER_TYPES = List.of(ENABLED, DISABLED);

  private PolicyValues() {}

  /** @return why {@code value} cannot be set on a product, or empty when it can */
  public static Optional<String> problemForProduct(String value) {
    if (FOR_PRODUCTS.contains(value)) {
      return Optional.empty();
    }
    return Optional.of("'" + value + "' is not a policy value; use one of " + String.join(", ", FOR_PRODUCTS)
        + " (exact casing)");
  }

  /** @return why {@code value} cannot be set on an offer type, or empty when it can */
  public static Optional<String> problemForOfferType(String value) {
    if (ONLY_TRIALS.equals(value)) {
      return Optional.of("OnlyTrialsWithoutPaymentMethod applies to Microsoft products only; an offer type takes "
          + "Enabled or Disabled");
    }
    if (FOR_OFFER_TYPES.contains(value)) {
      return Optional.empty();
    }
    return Optional.of("'" + value + "' is not a policy value for an offer type; use Enabled or Disabled "
        + "(exact casing)");
  }
}
