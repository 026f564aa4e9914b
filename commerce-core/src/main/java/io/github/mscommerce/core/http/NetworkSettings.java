package io.github.mscommerce.core.http;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * How this library reaches the network, for both the policy service and Entra ID: TLS 1.2+ only, the JVM's trusted CAs
 * plus optional extra PEM trust anchors, an explicit proxy or the JVM's own, and timeouts.
 *
 * <p>A value: two settings are equal when they trust the same certificates (wherever the PEM came from), use the same
 * proxy and the same timeouts. Equal settings share one TLS context and one HTTP client in the JVM (see
 * {@link HttpTransport}), so consecutive tasks and parallel branches reuse connections.
 */
public final class NetworkSettings {

  static final List<String> TLS_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

  /**
   * The largest answer read from the service or Entra ID: a listing of every product is a few kilobytes, so anything
   * near this is not the service (a proxy's page, a misrouted download), and is refused before it is read whole.
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

  /** Far more than any CA bundle; a front end reading a trust certificate file passes this as its limit. */
  public static final long MAX_TRUST_PEM_BYTES = 1024 * 1024;

  private final String trustSource;
  private final List<X509Certificate> trustCertificates;
  private final ProxySettings proxy;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final long maxResponseBytes;

  private NetworkSettings(Builder builder) {
    this.trustSource = builder.trustSource;
    this.trustCertificates = builder.trustCertificates;
    this.proxy = builder.proxy;
    this.connectTimeout = builder.connectTimeout;
    this.requestTimeout = builder.requestTimeout;
    this.maxResponseBytes = builder.maxResponseBytes;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static NetworkSettings defaults() {
    return builder().build();
  }

  /** Where the extra trust anchors came from ("/home/me/emulator.pem", "credential 'proxy-ca'"); empty for none. */
  public Optional<String> trustCertificateSource() {
    return Optional.ofNullable(trustSource);
  }

  /** The extra trust anchors, in PEM order; empty when only the JVM's CAs are trusted. */
  public List<X509Certificate> trustCertificates() {
    return trustCertificates;
  }

  /** The explicit proxy; empty means the JVM's own proxy settings apply. */
  public Optional<ProxySettings> proxy() {
    return Optional.ofNullable(proxy);
  }

  /**
   * The explicit proxy's selector, or one that asks the JVM's default selector on every request: an HTTP client lives
   * as long as the JVM, and the default may be replaced meanwhile (a Jenkins administrator saving the proxy page).
   */
  public ProxySelector proxySelector() {
    return proxy != null ? proxy.toSelector() : JvmDefaultProxySelector.INSTANCE;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** The time one HTTP request may take, from sending to the last byte of the answer. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** Answers larger than this many bytes are refused before they are read whole. */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** Shared by every setting that trusts the same certificates. */
  public SSLContext sslContext() {
    return TrustAnchors.sslContext(trustCertificates);
  }

  public SSLParameters sslParameters() {
    SSLParameters parameters = sslContext().getDefaultSSLParameters();
    parameters.setProtocols(TLS_PROTOCOLS.toArray(new String[0]));
    return parameters;
  }

  /**
   * The JVM's HTTP client for these settings (trust, TLS 1.2+, proxy, connect timeout), shared with every transport of
   * equal settings; the request timeout and the response size limit are the caller's to apply per request.
   */
  public HttpClient httpClient() {
    return SharedHttpClients.forNetwork(this);
  }

  /**
   * Starts building {@link #httpClient()} on another thread, so that setting up TLS overlaps what the caller does next
   * (loading MSAL for the sign-in); sends nothing.
   */
  public void prepareHttpClient() {
    SharedHttpClients.prepare(this);
  }

  /**
   * The same settings without the explicit proxy, so the JVM's own proxy settings apply: for endpoints on this host or
   * link-local (a managed identity's), which an explicit proxy for the internet must not carry.
   */
  public NetworkSettings withoutExplicitProxy() {
    Builder copy = new Builder();
    copy.trustSource = trustSource;
    copy.trustCertificates = trustCertificates;
    copy.connectTimeout = connectTimeout;
    copy.requestTimeout = requestTimeout;
    copy.maxResponseBytes = maxResponseBytes;
    return copy.build();
  }

  /** What an HTTP client is built from; the request timeout is not, since it is set on each request. */
  ClientKey clientKey() {
    return new ClientKey(trustCertificates, proxy, connectTimeout);
  }

  record ClientKey(List<X509Certificate> trustCertificates, ProxySettings proxy, Duration connectTimeout) {}

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof NetworkSettings)) {
      return false;
    }
    NetworkSettings that = (NetworkSettings) other;
    return trustCertificates.equals(that.trustCertificates) && Objects.equals(proxy, that.proxy)
        && connectTimeout.equals(that.connectTimeout) && requestTimeout.equals(that.requestTimeout)
        && maxResponseBytes == that.maxResponseBytes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(trustCertificates, proxy, connectTimeout, requestTimeout, maxResponseBytes);
  }

  @Override
  public String toString() {
    String trust = trustSource == null ? "JVM CAs only"
        : trustSource + " (" + trustCertificates.size() + (trustCertificates.size() == 1 ? " certificate)"
            : " certificates)");
    return "NetworkSettings[trustCertificate=" + trust + ", proxy=" + (proxy == null ? "JVM default" : proxy)
        + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + "]";
  }

  /** The JVM's proxy selector of the moment; no proxy when the JVM has none. */
  private static final class JvmDefaultProxySelector extends ProxySelector {
    static final JvmDefaultProxySelector INSTANCE = new JvmDefaultProxySelector();

    @Override
    public List<Proxy> select(URI uri) {
      ProxySelector jvm = ProxySelector.getDefault();
      return jvm == null || jvm == this ? List.of(Proxy.NO_PROXY) : jvm.select(uri);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
      ProxySelector jvm = ProxySelector.getDefault();
      if (jvm != null && jvm != this) {
        jvm.connectFailed(uri, address, failure);
      }
    }
  }

  public static final class Builder {
    private String trustSource;
    private List<X509Certificate> trustCertificates = List.of();
    private ProxySettings proxy;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

    private Builder() {}

    /**
     * Certificates to trust in addition to the JVM's CAs: every {@code CERTIFICATE} block of {@code pemText}. Reading a
     * file is the caller's job, where it can see the file.
     *
     * @param sourceName where the text came from, for messages: a file path, or "credential 'proxy-ca'" (messages read
     *     "The trust certificate credential 'proxy-ca' holds no certificate …")
     * @throws io.github.mscommerce.core.InvalidSettingsException naming {@code sourceName} when the text holds no
     *     certificate or a damaged one
     */
    public Builder trustCertificatePem(String sourceName, String pemText) {
      Objects.requireNonNull(sourceName, "sourceName");
      Objects.requireNonNull(pemText, "pemText");
      this.trustCertificates = TrustAnchors.parsePem(sourceName, pemText);
      this.trustSource = sourceName;
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

    /** The largest answer read; tests lower it to prove the cap without a megabyte of products. */
    public Builder maxResponseBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("the response size limit must be positive, was " + bytes);
      }
      this.maxResponseBytes = bytes;
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
