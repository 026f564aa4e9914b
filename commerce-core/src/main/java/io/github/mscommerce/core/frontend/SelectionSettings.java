package io.github.mscommerce.core.frontend;

import static io.github.mscommerce.core.frontend.PropertyNames.ALL;
import static io.github.mscommerce.core.frontend.PropertyNames.OFFER_TYPES;
import static io.github.mscommerce.core.frontend.PropertyNames.PRODUCT_IDS;
import static io.github.mscommerce.core.frontend.PropertyNames.PRODUCT_NAMES;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.plan.Selection;
import java.util.List;
import java.util.Optional;

/**
 * The selection settings ({@code commerce.productIds}, {@code productNames}, {@code offerTypes}, {@code all}) as one
 * {@link Selection}, each mistake attributed to the setting it came from.
 */
final class SelectionSettings {

  private SelectionSettings() {}

  /** Empty when nothing is set. */
  static Optional<Selection> read(TaskSettings settings, Suggestions suggestions) {
    SettingParsers parsers = settings.parsers();
    List<String> ids = settings.list(PRODUCT_IDS);
    List<String> names = settings.list(PRODUCT_NAMES);
    List<String> offerTypes = settings.list(OFFER_TYPES);
    boolean all = settings.flag(ALL, false);
    if (all && (!ids.isEmpty() || !names.isEmpty())) {
      String other = settings.name(ids.isEmpty() ? PRODUCT_NAMES : PRODUCT_IDS);
      throw new InvalidSettingsException(suggestions.conflictingSelectors(settings.name(ALL), other));
    }
    if (!all && ids.isEmpty() && names.isEmpty() && offerTypes.isEmpty()) {
      return Optional.empty();
    }
    // Each part is checked on its own first, so a message names the setting that holds the bad value.
    parsers.attributed(PRODUCT_IDS, () -> Selection.builder().productIds(ids).allProducts().build());
    parsers.attributed(PRODUCT_NAMES, () -> Selection.builder().productNames(names).allProducts().build());
    parsers.attributed(OFFER_TYPES, () -> Selection.builder().offerTypes(offerTypes).allProducts().build());
    Selection.Builder selection = Selection.builder().productIds(ids).productNames(names).offerTypes(offerTypes);
    if (all) {
      selection.allProducts();
    }
    return Optional.of(selection.build());
  }

  /** For the goals that change items: a selection must name something. */
  static Selection required(TaskSettings settings, Suggestions suggestions) {
    return read(settings, suggestions).orElseThrow(() -> new InvalidSettingsException(suggestions.selectWhatToChange(
        settings.name(PRODUCT_IDS), settings.name(PRODUCT_NAMES), settings.name(OFFER_TYPES), settings.name(ALL))));
  }

  /**
   * Runs what resolves the selection against the tenant (unknown ids, patterns that match nothing), attributing its
   * complaint to the selection setting when only one is set, so the message names where the bad value came from.
   */
  static <T> T resolving(TaskSettings settings, java.util.function.Supplier<T> resolve) {
    try {
      return resolve.get();
    } catch (InvalidSettingsException e) {
      List<String> set = List.of(PRODUCT_IDS, PRODUCT_NAMES, OFFER_TYPES).stream()
          .filter(property -> !settings.list(property).isEmpty()).collect(java.util.stream.Collectors.toList());
      throw set.size() == 1 ? e.forSetting(settings.name(set.get(0))) : e;
    }
  }
}
