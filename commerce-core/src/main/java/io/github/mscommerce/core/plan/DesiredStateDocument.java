package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.ItemKind;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A desired state as read from a file, with where each item is written ({@code desired-state.json:4:5}), so a problem
 * only the tenant's listing reveals (an id it does not have) is still reported at its line and column.
 */
public record DesiredStateDocument(DesiredState state, Map<String, String> locations) {

  public DesiredStateDocument {
    Objects.requireNonNull(state, "state");
    locations = Map.copyOf(locations);
  }

  /** {@code <source>:<line>:<column>} of an item's key, any casing of the id. */
  public Optional<String> location(ItemKind kind, String id) {
    return Optional.ofNullable(locations.get(key(kind, id)));
  }

  static String key(ItemKind kind, String id) {
    return kind.name() + " " + id.toUpperCase(Locale.ROOT);
  }
}
