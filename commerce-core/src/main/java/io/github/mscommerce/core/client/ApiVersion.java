package io.github.mscommerce.core.client;

import io.github.mscommerce.core.InvalidSettingsException;
import java.util.Arrays;

/**
 * The version segment of the service's paths. The MSCommerce module uses {@code v1.0}; Microsoft365DSC uses {@code v1};
 * the service answers both.
 */
public enum ApiVersion {
  V1_0("v1.0"),
  V1("v1");

  private final String segment;

  ApiVersion(String segment) {
    this.segment = segment;
  }

  public String segment() {
    return segment;
  }

  public static ApiVersion parse(String value) {
    String trimmed = value == null ? "" : value.trim();
    return Arrays.stream(values()).filter(v -> v.segment.equalsIgnoreCase(trimmed)).findFirst()
        .orElseThrow(() -> new InvalidSettingsException(
            "'" + trimmed + "' is not an API version of the service: use v1.0 (the default) or v1"));
  }

  @Override
  public String toString() {
    return segment;
  }
}
