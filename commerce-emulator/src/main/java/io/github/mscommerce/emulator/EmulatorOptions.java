package io.github.mscommerce.emulator;

import io.github.mscommerce.emulator.crypto.CertificateNames;
import io.github.mscommerce.emulator.crypto.TlsContexts;
import java.nio.file.Path;
import java.util.List;
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
  private final List<String> tlsProtocols;
  private final List<String> certificateNames;

  private EmulatorOptions(Builder builder) {
    this.tlsProtocols = builder.tlsProtocols;
    this.certificateNames = builder.certificateNames;
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

  /** The TLS versions offered, by default {@code TLSv1.3} and {@code TLSv1.2}. */
  public List<String> tlsProtocols() {
    return tlsProtocols;
  }

  /** The server certificate's subject alternative names, by default {@code IP:127.0.0.1} and {@code DNS:localhost}. */
  public List<String> certificateNames() {
    return certificateNames;
  }

  @Override
  public String toString() {
    return "EmulatorOptions[port=" + port + ", stateFile=" + stateFile + ", stateJson="
        + (stateJson == null ? "none" : stateJson.length() + " chars") + ", threads=" + threads
        + ", generatedTenants=" + generatedTenants + ", tlsProtocols=" + tlsProtocols + ", certificateNames="
        + certificateNames + "]";
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
    private List<String> tlsProtocols = List.of(TlsContexts.PROTOCOLS);
    private List<String> certificateNames = CertificateNames.LOOPBACK;

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

    /**
     * Offers only these TLS versions, e.g. {@code "TLSv1.1"} alone to test that a client refuses old TLS. The JDK
     * disables TLS 1.0 and 1.1 by default: {@link CommerceEmulator#start} then fails naming the security property to
     * change (for a test, a forked JVM started with {@code -Djava.security.properties=<file>}).
     *
     * @param protocols some of {@code TLSv1.3}, {@code TLSv1.2}, {@code TLSv1.1}, {@code TLSv1}
     */
    public Builder tlsProtocols(String... protocols) {
      List<String> chosen = List.of(protocols);
      if (chosen.isEmpty()) {
        throw new IllegalArgumentException("Offer at least one TLS version, e.g. TLSv1.2");
      }
      for (String protocol : chosen) {
        if (!TlsContexts.KNOWN_PROTOCOLS.contains(protocol)) {
          throw new IllegalArgumentException("'" + protocol + "' is not a TLS version the emulator offers; use "
              + String.join(", ", TlsContexts.KNOWN_PROTOCOLS) + " (exact spelling)");
        }
      }
      this.tlsProtocols = chosen;
      return this;
    }

    /**
     * Issues the server certificate for these names instead of {@code IP:127.0.0.1} and {@code DNS:localhost}, e.g.
     * only {@code "DNS:other.invalid"}: a client that checks host names must then refuse the emulator even though it
     * trusts the certificate. The server still listens on 127.0.0.1 only.
     *
     * @param names each {@code DNS:<host name>} or {@code IP:<address literal>}
     */
    public Builder certificateNames(String... names) {
      List<String> chosen = List.of(names);
      CertificateNames.check(chosen);
      this.certificateNames = chosen;
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
