package io.github.mscommerce.core;

import java.time.Instant;
import java.util.Objects;

/** A bearer token for the policy service. {@link #toString()} shows only the expiry. */
public record AccessToken(SecretValue value, Instant expiresOn) {

  public AccessToken {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expiresOn, "expiresOn");
  }

  @Override
  public String toString() {
    return "AccessToken[expires " + expiresOn + ", value hidden]";
  }
}
