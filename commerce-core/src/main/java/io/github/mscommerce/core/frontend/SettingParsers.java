package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.InvalidSettingsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
    return names.apply(property);
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

  /** A file that must exist and be readable now, so the mistake shows before any request. */
  Path readableFile(String property, String value) {
    Path path;
    try {
      path = Path.of(value.trim());
    } catch (InvalidPathException e) {
      throw new InvalidSettingsException(name(property) + ": '" + value + "' is not a file path (" + e.getReason()
          + ").");
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new InvalidSettingsException(name(property) + ": cannot read the file '" + path.toAbsolutePath()
          + "'. Check the path" + (path.isAbsolute() ? "" : " (relative paths start in the working directory)")
          + " and that it is readable.");
    }
    return path;
  }

  /** A comma-separated list; blanks dropped. */
  static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
  }
}
