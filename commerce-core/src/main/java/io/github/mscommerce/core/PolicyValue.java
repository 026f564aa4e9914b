package io.github.mscommerce.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The value of the self-service purchase policy for one product or offer type, as the service spells it on the wire.
 *
 * <p>The MSCommerce module's legacy {@code -Enabled True|False} switch is a client-side alias that never reached the wire;
 * {@link #parse(String)} accepts it the same way.
 */
public enum PolicyValue {
  ENABLED("Enabled"),
  DISABLED("Disabled"),
  ONLY_TRIALS_WITHOUT_PAYMENT_METHOD("OnlyTrialsWithoutPaymentMethod");

  private final String wireValue;

  PolicyValue(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The exact string the service sends and expects. */
  public String wireValue() {
    return wireValue;
  }

  /** The service's own spelling, exact casing; empty for anything else (the service rejects other casings). */
  public static Optional<PolicyValue> fromWire(String value) {
    return Arrays.stream(values()).filter(v -> v.wireValue.equals(value)).findFirst();
  }

  /** The module's {@code -Enabled} alias: {@code true} allows purchases, {@code false} blocks them. */
  public static PolicyValue fromEnabled(boolean enabled) {
    return enabled ? ENABLED : DISABLED;
  }

  /**
   * Reads a value typed by a person: any casing of the three values, or {@code true}/{@code false}.
   *
   * @throws InvalidSettingsException naming the bad value and the accepted ones
   */
  public static PolicyValue parse(String input) {
    String trimmed = input == null ? "" : input.trim();
    for (PolicyValue value : values()) {
      if (value.wireValue.equalsIgnoreCase(trimmed)) {
        return value;
      }
    }
    switch (trimmed.toLowerCase(Locale.ROOT)) {
      case "true":
        return ENABLED;
      case "false":
        return DISABLED;
      default:
        throw new InvalidSettingsException(
            "'" + trimmed + "' is not a policy value: use " + allowedValues() + " (or true/false for Enabled/Disabled)");
    }
  }

  /** "Enabled, Disabled or OnlyTrialsWithoutPaymentMethod", for messages. */
  public static String allowedValues() {
    String all = Arrays.stream(values()).map(PolicyValue::wireValue).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
