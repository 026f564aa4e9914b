package io.github.mscommerce.core;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The product ids Microsoft replaced in 2023 (service-spec §3.2): scripts and desired-state files written before then
 * name ids a tenant no longer lists, and "did you mean" over edit distance would only confuse. Some tenants still list
 * an old id; it is only reported as replaced when the tenant's listing lacks it.
 */
public final class LegacyProductIds {

  /** An old id, the id that replaced it, and the product's name. */
  public record Replacement(String oldId, String newId, String productName, int year) {}

  private static final Map<String, Replacement> REPLACED = Map.of(
      "CFQ7TTC0KP0P", new Replacement("CFQ7TTC0KP0P", "CFQ7TTC0LH2H", "Power Apps per user", 2023),
      "CFQ7TTC0KP0N", new Replacement("CFQ7TTC0KP0N", "CFQ7TTC0LH3L", "Power Automate per user", 2023),
      "CFQ7TTC0L3PB", new Replacement("CFQ7TTC0L3PB", "CFQ7TTC0H9MP", "Power BI Pro", 2023),
      "CFQ7TTC0KXG6", new Replacement("CFQ7TTC0KXG6", "CFQ7TTC0LSGZ", "Power Automate RPA", 2023),
      "CFQ7TTC0KXG7", new Replacement("CFQ7TTC0KXG7", "CFQ7TTC0H6RP", "Power BI Premium (standalone)", 2023),
      "CFQ7TTC0KXN8", new Replacement("CFQ7TTC0KXN8", "CFQ7TTC0HD32", "Visio Plan 2", 2023),
      "CFQ7TTC0KXN9", new Replacement("CFQ7TTC0KXN9", "CFQ7TTC0HD33", "Visio Plan 1", 2023),
      "CFQ7TTC0KXNC", new Replacement("CFQ7TTC0KXNC", "CFQ7TTC0HDB0", "Project Plan 3", 2023),
      "CFQ7TTC0KXND", new Replacement("CFQ7TTC0KXND", "CFQ7TTC0HDB1", "Project Plan 1", 2023));

  private LegacyProductIds() {}

  /** The replacement of an old product id, in any casing; empty for any other id. */
  public static Optional<Replacement> replacementOf(String productId) {
    return Optional.ofNullable(REPLACED.get(productId.trim().toUpperCase(Locale.ROOT)));
  }
}
