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
  private final GeneratedTenants generatedTenants;

  private EmulatorOptions(Builder builder) {
    this.port = builder.port;
    this.stateFile = builder.stateFile;
    this.stateJson = builder.stateJson;
    this.threads = builder.threads;
    this.generatedTenants = new GeneratedTenants(builder.tenants, builder.tenantSeed, builder.enabledProducts);
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

  /** The tenants generated besides the demo (or state file) tenants; a count of 0 by default. */
  public GeneratedTenants generatedTenants() {
    return generatedTenants;
  }

  @Override
  public String toString() {
    return "EmulatorOptions[port=" + port + ", stateFile=" + stateFile + ", stateJson="
        + (stateJson == null ? "none" : stateJson.length() + " chars") + ", threads=" + threads
        + ", generatedTenants=" + generatedTenants + "]";
  }

  /**
   * Builder for {@link EmulatorOptions}; defaults: ephemeral port, built-in demo state, 32 threads, no generated
   * tenants.
   */
  public static final class Builder {
    private int port;
    private Path stateFile;
    private String stateJson;
    private int threads = DEFAULT_THREADS;
    private int tenants;
    private long tenantSeed = GeneratedTenants.DEFAULT_SEED;
    private int enabledProducts = GeneratedTenants.DEFAULT_ENABLED_PRODUCTS;

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

    /**
     * Generates {@code count} tenants besides the demo (or state file) tenants, each with the demo app consented; see
     * {@link GeneratedTenants}.
     *
     * @param count 0 (the default) to {@link GeneratedTenants#MAX_COUNT}
     */
    public Builder tenants(int count) {
      new GeneratedTenants(count, tenantSeed, enabledProducts); // validates now, where the caller is
      this.tenants = count;
      return this;
    }

    /** The seed that chooses each generated tenant's {@code Enabled} products (default 42). */
    public Builder tenantSeed(long seed) {
      this.tenantSeed = seed;
      return this;
    }

    /** How many products are {@code Enabled} in each generated tenant (default 3); the rest are {@code Disabled}. */
    public Builder enabledProductsPerTenant(int count) {
      new GeneratedTenants(tenants, tenantSeed, count);
      this.enabledProducts = count;
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
