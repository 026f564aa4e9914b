package io.github.mscommerce.emulator.tokens;

import java.time.Duration;

/** The lifetime of access tokens issued from now on; Entra's usual {@code expires_in} is 3599 seconds. */
public final class TokenLifetime {

  public static final Duration DEFAULT = Duration.ofSeconds(3599);

  private volatile Duration lifetime = DEFAULT;

  public Duration get() {
    return lifetime;
  }

  /** @throws IllegalArgumentException below one second: {@code expires_in} is a whole number of seconds */
  public void set(Duration lifetime) {
    if (lifetime == null || lifetime.getSeconds() < 1) {
      throw new IllegalArgumentException("Token lifetime must be at least 1 second, got " + lifetime);
    }
    this.lifetime = Duration.ofSeconds(lifetime.getSeconds());
  }

  public void reset() {
    lifetime = DEFAULT;
  }
}
