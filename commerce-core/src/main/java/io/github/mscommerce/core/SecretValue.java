package io.github.mscommerce.core;

import java.util.Objects;

/**
 * A client secret, password or access token, together with where it came from. {@link #toString()} never shows the value,
 * so a secret can travel through settings objects, exceptions and debug output without leaking; only {@link #reveal()}
 * hands it over, at the point of use.
 */
public final class SecretValue {

  private final String value;
  private final String origin;

  private SecretValue(String value, String origin) {
    this.value = Objects.requireNonNull(value, "value");
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  /**
   * @param origin where the value was read, for log lines such as "client secret from AZURE_CLIENT_SECRET"; never the value
   */
  public static SecretValue of(String value, String origin) {
    return new SecretValue(value, origin);
  }

  public String reveal() {
    return value;
  }

  public String origin() {
    return origin;
  }

  public boolean isBlank() {
    return value.isBlank();
  }

  @Override
  public String toString() {
    return "SecretValue[from " + origin + ", value hidden]";
  }
}
