package io.github.mscommerce.core.http;

import java.net.ProxySelector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocketFactory;

/**
 * How this library reaches the network, for both the policy service and Entra ID: TLS 1.2+ only, the JVM's trusted CAs
 * plus an optional extra PEM trust anchor, an explicit proxy or the JVM's own, and timeouts.
 */
public final class NetworkSettings {

  static final List<String> TLS_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final Path trustCertificate;
  private final ProxySettings proxy;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final SSLContext sslContext;

  private NetworkSettings(Builder builder) {
    this.trustCertificate = builder.trustCertificate;
    this.proxy = builder.proxy;
    this.connectTimeout = builder.connectTimeout;
    this.requestTimeout = builder.requestTimeout;
    this.sslContext = TrustAnchors.sslContext(trustCertificate);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static NetworkSettings defaults() {
    return builder().build();
  }

  public Optional<Path> trustCertificate() {
    return Optional.ofNullable(trustCertificate);
  }

  /** The explicit proxy; empty means the JVM's own proxy settings apply. */
  public Optional<ProxySettings> proxy() {
    return Optional.ofNullable(proxy);
  }

  public ProxySelector proxySelector() {
    return proxy != null ? proxy.toSelector() : ProxySelector.getDefault();
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** The time one HTTP request may take, from sending to the last byte of the answer. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  public SSLContext sslContext() {
    return sslContext;
  }

  public SSLParameters sslParameters() {
    SSLParameters parameters = sslContext.getDefaultSSLParameters();
    parameters.setProtocols(TLS_PROTOCOLS.toArray(new String[0]));
    return parameters;
  }

  /** For libraries that open their own {@code HttpsURLConnection}s (MSAL4J): same trust, TLS 1.2+ only. */
  public SSLSocketFactory socketFactory() {
    return new ModernTlsSocketFactory(sslContext.getSocketFactory());
  }

  @Override
  public String toString() {
    return "NetworkSettings[trustCertificate=" + trustCertificate + ", proxy=" + (proxy == null ? "JVM default" : proxy)
        + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + "]";
  }

  public static final class Builder {
    private Path trustCertificate;
    private ProxySettings proxy;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;

    private Builder() {}

    /** A PEM file whose certificates are trusted in addition to the JVM's CAs. */
    public Builder trustCertificate(Path pem) {
      this.trustCertificate = pem;
      return this;
    }

    public Builder proxy(ProxySettings proxy) {
      this.proxy = proxy;
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connect timeout");
      return this;
    }

    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "request timeout");
      return this;
    }

    public NetworkSettings build() {
      return new NetworkSettings(this);
    }

    private static Duration positive(Duration duration, String what) {
      Objects.requireNonNull(duration, what);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(what + " must be positive, was " + duration);
      }
      return duration;
    }
  }
}
