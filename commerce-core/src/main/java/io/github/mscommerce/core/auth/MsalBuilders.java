package io.github.mscommerce.core.auth;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.aad.msal4j.AbstractApplicationBase;
import com.microsoft.aad.msal4j.AbstractClientApplicationBase;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.http.NetworkSettings;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Configures every MSAL application the same way, so no credential can forget a setting: the authority (and, off
 * Microsoft's clouds, no instance discovery), our own HTTP client (trust, TLS 1.2+, the explicit proxy, finite
 * timeouts), no internal retries and no personal data in MSAL's log.
 */
final class MsalBuilders {

  private static final int HTTPS_PORT = 443;

  private MsalBuilders() {}

  /** For confidential and public clients, which talk to an Entra ID authority. */
  static <B extends AbstractClientApplicationBase.Builder<B>> B forAuthority(B builder, Authority authority,
      NetworkSettings network) {
    try {
      builder.authority(authority.url());
    } catch (MalformedURLException e) {
      throw new InvalidSettingsException("The authority " + authority.url() + " is not a URL MSAL accepts ("
          + e.getMessage() + "). Give the authority host as https://host[:port] and a tenant id or domain.", e);
    }
    if (!authority.isMicrosoftCloud()) {
      // Discovery would ask login.microsoftonline.com about this host: MSAL must talk to the configured authority only.
      builder.instanceDiscovery(false).validateAuthority(false);
    }
    discoverySeed(authority).ifPresent(builder::aadInstanceDiscoveryResponse);
    // The explicit proxy (unless the authority is one of its non-proxy hosts) comes with the shared HTTP client.
    return network(builder, network);
  }

  /**
   * For every MSAL application, managed identity included: our HTTP client (trust, TLS 1.2+, proxy, timeouts, no
   * silently repeated POST: see {@link MsalHttpClient}), no internal retries, no personal data in logs.
   */
  static <B extends AbstractApplicationBase.Builder<B>> B network(B builder, NetworkSettings network) {
    return builder.httpClient(new MsalHttpClient(network))
        // Ours is the only retry policy: MSAL's own would retry 5xx once after 1 s, unseen and unconfigurable.
        .disableInternalRetries()
        .logPii(false);
  }

  /**
   * MSAL keys its static instance-discovery cache by host without port but looks tokens up under {@code host:port}, so
   * on any port but 443 the cache never hits, and a silent refresh goes to port 443. Declaring both spellings as
   * aliases of one entry fixes both; {@link InstanceDiscoverySeeds} keeps the entry right when several ports of one host
   * are in use.
   */
  static Optional<String> discoverySeed(Authority authority) {
    URI host = authority.host();
    if (host.getPort() == -1 || host.getPort() == HTTPS_PORT) {
      return Optional.empty();
    }
    // MSAL lower-cases the authority, and so the keys of its metadata map.
    String bare = host.getHost().toLowerCase(Locale.ROOT);
    String withPort = bare + ":" + host.getPort();
    JsonArray aliases = new JsonArray();
    aliases.add(bare);
    aliases.add(withPort);
    JsonObject entry = new JsonObject();
    entry.addProperty("preferred_network", bare);
    entry.addProperty("preferred_cache", withPort);
    entry.add("aliases", aliases);
    JsonArray metadata = new JsonArray();
    metadata.add(entry);
    JsonObject seed = new JsonObject();
    seed.addProperty("tenant_discovery_endpoint", authority.url() + "v2.0/.well-known/openid-configuration");
    seed.add("metadata", metadata);
    return Optional.of(seed.toString());
  }

}
