package io.github.mscommerce.core.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An explicit HTTP proxy, as Maven's {@code settings.xml} or Jenkins' proxy page describes one. {@code nonProxyHosts}
 * uses the JVM's {@code http.nonProxyHosts} syntax: host names with {@code *} wildcards.
 *
 * @param hasCredentials whether the front end has a user name and password for the proxy. They are never handed over:
 *     Java disables Basic authentication for HTTPS tunnels JVM-wide ({@code jdk.http.auth.tunneling.disabledSchemes}),
 *     a Jenkins controller's JVM settings are not ours to change, and the JDK's client drops a request's own
 *     {@code Authorization} header (the bearer token) once it is given an authenticator; this only makes
 *     {@link ProxyCredentialsNotice} say so.
 */
public record ProxySettings(String host, int port, List<String> nonProxyHosts, boolean hasCredentials) {

  /** Host names and patterns separated by blanks, line breaks, commas or bars, as the front ends' settings write them. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,|]+");

  public ProxySettings {
    Objects.requireNonNull(host, "host");
    if (port <= 0 || port > 65535) {
      throw new IllegalArgumentException("proxy port " + port + " is not between 1 and 65535");
    }
    nonProxyHosts = List.copyOf(nonProxyHosts);
  }

  /** A proxy that needs no credentials, or whose front end has none. */
  public ProxySettings(String host, int port, List<String> nonProxyHosts) {
    this(host, port, nonProxyHosts, false);
  }

  /**
   * Parses {@code "localhost|*.internal"} (Maven, the JVM), one pattern per line or blank-separated (Jenkins' proxy
   * page), or comma-separated, or any mix; blank means none.
   */
  public static List<String> parseNonProxyHosts(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return SEPARATORS.splitAsStream(value.strip()).filter(s -> !s.isEmpty()).collect(Collectors.toList());
  }

  public Proxy toProxy() {
    return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
  }

  /**
   * Whether requests to {@code targetHost} go direct: a non-proxy host, or this machine (as the JVM's default
   * {@code http.nonProxyHosts} has it), which no proxy can reach on our behalf, such as the emulator on 127.0.0.1.
   */
  public boolean bypasses(String targetHost) {
    if (Endpoints.isLoopback(targetHost)) {
      return true;
    }
    String lower = targetHost.toLowerCase(Locale.ROOT);
    return nonProxyHosts.stream().anyMatch(pattern -> globToRegex(pattern).matcher(lower).matches());
  }

  public ProxySelector toSelector() {
    Proxy proxy = toProxy();
    return new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        return bypasses(uri.getHost()) ? List.of(Proxy.NO_PROXY) : List.of(proxy);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // The client reports the failure itself; there is no alternative proxy to fall back to.
      }
    };
  }

  private static Pattern globToRegex(String glob) {
    String regex = List.of(glob.toLowerCase(Locale.ROOT).split("\\*", -1)).stream().map(Pattern::quote)
        .collect(Collectors.joining(".*"));
    return Pattern.compile(regex);
  }

  @Override
  public String toString() {
    return host + ":" + port + (nonProxyHosts.isEmpty() ? "" : " (not for " + String.join("|", nonProxyHosts) + ")")
        + (hasCredentials ? " with credentials the front end holds" : "");
  }
}
