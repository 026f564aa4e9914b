package io.github.mscommerce.core.frontend;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one mapper from what a front end holds to setting text: a Maven parameter (a string, a {@code File}), a Pipeline
 * step's typed argument ({@code all: true}, {@code productIds: ['…', '…']}, {@code timeout: 30}) or a string typed by a
 * person are all read the same way afterwards. Blank means unset, so the default applies.
 */
public final class SettingValues {

  private SettingValues() {}

  /**
   * A front end's settings object (a Mojo, a Pipeline step) as values keyed by property: each of its fields named after
   * a {@code commerce.*} property of core ({@link PropertyNames}) is taken, so the front end only declares its fields
   * and never lists them again. Fields of other names are the front end's own and are left out.
   *
   * @param stopAt the first superclass whose fields are not looked at (e.g. {@code AbstractMojo})
   */
  public static Map<String, Object> fieldsOf(Object holder, Class<?> stopAt) {
    Set<String> known = PropertyNames.all();
    Map<String, Object> values = new LinkedHashMap<>();
    for (Class<?> type = holder.getClass(); type != null && type != stopAt; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        String property = "commerce." + field.getName();
        if (!Modifier.isStatic(field.getModifiers()) && known.contains(property)) {
          values.putIfAbsent(property, read(field, holder));
        }
      }
    }
    return values;
  }

  private static Object read(Field field, Object holder) {
    try {
      field.setAccessible(true);
      return field.get(holder);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read the setting field " + field.getName(), e);
    }
  }

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
