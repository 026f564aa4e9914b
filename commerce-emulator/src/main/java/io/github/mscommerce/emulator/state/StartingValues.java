package io.github.mscommerce.emulator.state;

import java.util.List;
import java.util.Set;

/**
 * The value a product has in a tenant until someone sets it. A tenant stores only the values that were set, so a
 * starting value costs no memory per product, and a product released later starts {@code Enabled} everywhere.
 */
@FunctionalInterface
public interface StartingValues {

  /** Every product starts {@code Enabled}: how the real service treats products (service-spec §4.1). */
  StartingValues ALL_ENABLED = productId -> PolicyValues.ENABLED;

  String productValue(String productId);

  /**
   * {@code enabled} start {@code Enabled}, the other products of {@code catalogueAtGeneration} {@code Disabled}, and
   * products released afterwards {@code Enabled}. The catalogue set is shared by all generated tenants.
   */
  static StartingValues onlyEnabled(List<String> enabled, Set<String> catalogueAtGeneration) {
    List<String> few = List.copyOf(enabled);
    return productId -> few.contains(productId) || !catalogueAtGeneration.contains(productId)
        ? PolicyValues.ENABLED : PolicyValues.DISABLED;
  }
}
