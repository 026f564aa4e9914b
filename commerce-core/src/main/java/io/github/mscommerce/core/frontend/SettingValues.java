package io.github.mscommerce.core.frontend;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one mapper from what a front end holds to setting text: a Maven parameter (a string, a {@code File}), a Pipeline
 * step's typed argument ({@code all: true}, {@code productIds: ['…', '…']}, {@code timeout: 30}) or a string typed by a
 * person are all read the same way afterwards. Blank means unset, so the default applies.
 */
public final class SettingValues {

  private SettingValues() {}

  /** Every set value as text, in the map's order; unset and blank values are left out. */
  public static Map<String, String> of(Map<String, ?> values) {
    Map<String, String> texts = new LinkedHashMap<>();
    values.forEach((name, value) -> text(value).ifPresent(text -> texts.put(name, text)));
    return texts;
  }

  /**
   * A list or array becomes its elements, comma-separated (blank elements dropped); anything else its
   * {@code toString()}, trimmed. Empty for null and for blank text.
   */
  public static Optional<String> text(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    Stream<?> elements = value instanceof Collection ? ((Collection<?>) value).stream()
        : value instanceof Object[] ? Arrays.stream((Object[]) value) : null;
    String text = elements == null ? value.toString().trim()
        : elements.map(element -> text(element).orElse("")).filter(s -> !s.isEmpty())
            .collect(Collectors.joining(","));
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
