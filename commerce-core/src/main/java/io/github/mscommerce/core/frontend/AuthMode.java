package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.InvalidSettingsException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** How to sign in, as a user names it in {@code commerce.auth}. */
public enum AuthMode {
  ENVIRONMENT("environment"),
  CLIENT_SECRET("client-secret"),
  CERTIFICATE("certificate"),
  WORKLOAD_IDENTITY("workload-identity"),
  MANAGED_IDENTITY("managed-identity"),
  DEVICE_CODE("device-code"),
  USERNAME_PASSWORD("username-password"),
  ACCESS_TOKEN("access-token");

  private final String setting;

  AuthMode(String setting) {
    this.setting = setting;
  }

  public String setting() {
    return setting;
  }

  public static AuthMode parse(String value) {
    String trimmed = value.trim();
    return Arrays.stream(values()).filter(mode -> mode.setting.equalsIgnoreCase(trimmed)).findFirst()
        .orElseThrow(() -> new InvalidSettingsException("'" + trimmed + "' is not a sign-in mode: use one of "
            + Arrays.stream(values()).map(AuthMode::setting).collect(Collectors.joining(", "))));
  }

  @Override
  public String toString() {
    return setting;
  }
}
