package io.github.mscommerce.core.frontend;

import java.util.Optional;

/**
 * The selection settings as typed: comma-separated product ids, product-name patterns and offer types, and "all" as
 * {@code true}/{@code false}. Empty means not set.
 */
public record SelectionInput(Optional<String> productIds, Optional<String> productNames, Optional<String> offerTypes,
    Optional<String> all) {

  public static SelectionInput none() {
    return new SelectionInput(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public boolean isEmpty() {
    return productIds.isEmpty() && productNames.isEmpty() && offerTypes.isEmpty() && all.isEmpty();
  }
}
