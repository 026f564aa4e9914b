package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.PolicyValue;
import java.util.List;
import java.util.Optional;

/** A goal's own settings, read from the raw settings (blank is unset) and parsed, each message naming its setting. */
final class TaskSettings {

  private final RawSettings raw;
  private final SettingParsers parsers;

  TaskSettings(RawSettings raw, SettingParsers parsers) {
    this.raw = raw;
    this.parsers = parsers;
  }

  SettingParsers parsers() {
    return parsers;
  }

  String name(String property) {
    return parsers.name(property);
  }

  Optional<String> text(String property) {
    return raw.value(property).map(String::trim).filter(value -> !value.isEmpty());
  }

  boolean flag(String property, boolean defaultValue) {
    return text(property).map(value -> parsers.bool(property, value)).orElse(defaultValue);
  }

  Optional<Boolean> flag(String property) {
    return text(property).map(value -> parsers.bool(property, value));
  }

  List<String> list(String property) {
    return text(property).map(SettingParsers::list).orElse(List.of());
  }

  /** Comma-separated policy values, each checked. */
  List<PolicyValue> values(String property) {
    return list(property).stream()
        .map(value -> parsers.attributed(property, () -> PolicyValue.parse(value)))
        .distinct()
        .collect(java.util.stream.Collectors.toList());
  }
}
