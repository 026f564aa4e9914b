package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.InvalidSettingsException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Turns typed strings into values, with messages that name the setting (in the front end's spelling) and the fix. */
final class SettingParsers {

  private final SettingNames names;

  SettingParsers(SettingNames names) {
    this.names = names;
  }

  String name(String property) {
    return names.setting(property);
  }

  SettingNames names() {
    return names;
  }

  /** Runs a parser whose errors do not yet say which setting they are about. */
  <T> T attributed(String property, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (InvalidSettingsException e) {
      throw e.forSetting(name(property));
    }
  }

  int integer(String property, String value, int min, int max) {
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below, with the range
    }
    throw new InvalidSettingsException(name(property) + ": '" + value + "' is not a whole number from " + min + " to "
        + max + ".");
  }

  Duration seconds(String property, String value, int min, int max) {
    return Duration.ofSeconds(integer(property, value, min, max));
  }

  /** {@code true} or {@code false}, in any casing. */
  boolean bool(String property, String value) {
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw new InvalidSettingsException(name(property) + ": '" + value + "' is not true or false.");
    }
  }

  /** A comma-separated list; blanks dropped. */
  static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
  }
}
