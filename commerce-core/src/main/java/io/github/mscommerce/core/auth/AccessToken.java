package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.Secret;
import java.time.Instant;
import java.util.Objects;

/** A bearer token for the policy service. {@link #toString()} shows only the expiry. */
public record AccessToken(Secret value, Instant expiresOn) {

  public AccessToken {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expiresOn, "expiresOn");
  }

  @Override
  public String toString() {
    return "AccessToken[expires " + expiresOn + ", value hidden]";
  }
}
