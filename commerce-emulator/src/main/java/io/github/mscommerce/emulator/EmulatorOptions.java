package io.github.mscommerce.emulator;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** How to start a {@link CommerceEmulator}. Immutable; build with {@link #builder()}. */
public final class EmulatorOptions {

  /** Enough for parallel PUTs of a whole catalogue while latency faults hold some threads asleep. */
  public static final int DEFAULT_THREADS = 32;

  private final int port;
  private final Path stateFile;
  private final String stateJson;
  private final int threads;

  private EmulatorOptions(Builder builder) {
    this.port = builder.port;
    this.stateFile = builder.stateFile;
    this.stateJson = builder.stateJson;
    this.threads = builder.threads;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** @return the loopback port, 0 for an ephemeral one */
  public int port() {
    return port;
  }

  public Optional<Path> stateFile() {
    return Optional.ofNullable(stateFile);
  }

  public Optional<String> stateJson() {
    return Optional.ofNullable(stateJson);
  }

  public int threads() {
    return threads;
  }

  @Override
  public String toString() {
    return "EmulatorOptions[port=" + port + ", stateFile=" + stateFile + ", stateJson="
        + (stateJson == null ? "none" : stateJson.length() + " chars") + ", threads=" + threads + "]";
  }

  /** Builder for {@link EmulatorOptions}; defaults: ephemeral port, built-in demo state, 32 threads. */
  public static final class Builder {
    private int port;
    private Path stateFile;
    private String stateJson;
    private int threads = DEFAULT_THREADS;

    private Builder() {}

    /** @param port 1–65535, or 0 for an ephemeral port */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 (ephemeral) and 65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /** Start with the tenants of this state file instead of the demo tenant. */
    public Builder stateFile(Path stateFile) {
      this.stateFile = Objects.requireNonNull(stateFile, "stateFile");
      return this;
    }

    /** Start with the tenants of this state document instead of the demo tenant. */
    public Builder stateJson(String stateJson) {
      this.stateJson = Objects.requireNonNull(stateJson, "stateJson");
      return this;
    }

    /** Worker threads serving requests (at least 1). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** @throws IllegalStateException when both a state file and state JSON were given */
    public EmulatorOptions build() {
      if (stateFile != null && stateJson != null) {
        throw new IllegalStateException("Give either stateFile or stateJson, not both");
      }
      return new EmulatorOptions(this);
    }
  }
}
