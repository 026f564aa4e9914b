package io.github.mscommerce.core.http;

import io.github.mscommerce.core.InvalidSettingsException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/** Checks the URLs a user configures: the service endpoint and the authority host. */
public final class Endpoints {

  private Endpoints() {}

  /**
   * Parses a host root such as {@code https://licensing.m365.microsoft.com}. Only {@code https} is accepted, except for a
   * loopback address, where plain {@code http} is allowed (a local test double). Paths, queries and fragments are
   * refused: the version segment and the routes are ours to add.
   *
   * @param what what the URL is for, e.g. "commerce.endpoint", used in the message; null when the caller attributes the
   *     message to its setting itself ({@link io.github.mscommerce.core.InvalidSettingsException#forSetting})
   */
  public static URI hostRoot(String value, String what) {
    return parse(value, what == null ? "" : what + ": ");
  }

  private static URI parse(String value, String what) {
    URI uri;
    try {
      uri = new URI(value.trim());
    } catch (URISyntaxException e) {
      throw new InvalidSettingsException(what + "'" + value + "' is not a URL (" + e.getReason()
          + "). Give a host root such as https://licensing.m365.microsoft.com.");
    }
    if (uri.getRawUserInfo() != null) {
      // The user info may be a password: the message shows the URL without it.
      String shown = value.trim().replace(uri.getRawUserInfo() + "@", "");
      throw new InvalidSettingsException(what + "'" + shown + "' has a user name (and maybe a password) before its "
          + "host, which this client never sends: sign-in takes credentials of its own. Give only the host root, "
          + "such as https://licensing.m365.microsoft.com.");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new InvalidSettingsException(what + "'" + value + "' is not an https:// URL with a host. Give a host "
          + "root such as https://licensing.m365.microsoft.com.");
    }
    if (scheme.equals("http") && !isLoopback(uri.getHost())) {
      throw new InvalidSettingsException(what + "'" + value + "' uses plain http to a host that is not this "
          + "machine; tokens would cross the network unencrypted. Use https://" + uri.getRawAuthority() + ".");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (!(path.isEmpty() || path.equals("/")) || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new InvalidSettingsException(what + "'" + value + "' has a path, query or fragment; give only the host "
          + "root, " + scheme + "://" + uri.getRawAuthority() + " (the API version is a separate setting).");
    }
    return URI.create(scheme + "://" + uri.getRawAuthority());
  }

  /** Literal loopback addresses and {@code localhost}; no name resolution, which could be spoofed or slow. */
  public static boolean isLoopback(String host) {
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (bare.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
      return false;
    }
    try {
      return InetAddress.getByName(bare).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
