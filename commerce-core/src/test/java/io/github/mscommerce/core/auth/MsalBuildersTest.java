package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import io.github.mscommerce.core.http.NetworkSettings;
import io.github.mscommerce.core.http.ProxySettings;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.Test;

public class MsalBuildersTest {

  private static final String TENANT = "6babcaad-604b-40ac-a9d7-9fd97c0b779f";
  private static final String CLIENT = "0f6a8d3c-1b2e-4c5d-9e8f-7a6b5c4d3e2f";

  private static ConfidentialClientApplication build(Authority authority, NetworkSettings network) {
    return MsalBuilders.forAuthority(
        ConfidentialClientApplication.builder(CLIENT, ClientCredentialFactory.createFromSecret("not-used")),
        authority, network).build();
  }

  @Test
  public void forAuthority_localHost_turnsInstanceDiscoveryOff() {
    ConfidentialClientApplication app = build(Authority.of("https://127.0.0.1:8443", TENANT), NetworkSettings.defaults());

    assertFalse(app.instanceDiscovery());
    assertFalse(app.validateAuthority());
    assertEquals("https://127.0.0.1:8443/" + TENANT + "/", app.authority());
    assertNotNull("the non-443 seed is installed", app.aadAadInstanceDiscoveryResponse());
  }

  @Test
  public void forAuthority_microsoftCloud_keepsDiscoveryAndNeedsNoSeed() {
    ConfidentialClientApplication app = build(Authority.of(null, TENANT), NetworkSettings.defaults());

    assertTrue(app.instanceDiscovery());
    assertNull(app.aadAadInstanceDiscoveryResponse());
  }

  @Test
  public void forAuthority_anyHost_usesOurHttpClientAndNoPii() {
    NetworkSettings network = NetworkSettings.builder()
        .connectTimeout(Duration.ofSeconds(3)).requestTimeout(Duration.ofSeconds(17)).build();

    ConfidentialClientApplication app = build(Authority.of("https://127.0.0.1:8443", TENANT), network);

    // Not MSAL's HttpURLConnection, which resends a POST silently after a dropped connection.
    assertTrue(app.httpClient() instanceof MsalHttpClient);
    assertNull("MSAL's own client is not used, so its proxy setting is not either", app.proxy());
    assertFalse(app.logPii());
  }

  @Test
  public void forAuthority_explicitProxy_carriesTheTokenRequests() {
    NetworkSettings network = NetworkSettings.builder()
        .proxy(new ProxySettings("proxy.example", 3128, List.of())).build();

    List<java.net.Proxy> route = network.httpClient().proxy().orElseThrow()
        .select(java.net.URI.create(Authority.of(null, TENANT).url()));

    assertEquals(List.of(new java.net.Proxy(java.net.Proxy.Type.HTTP,
        InetSocketAddress.createUnresolved("proxy.example", 3128))), route);
  }

  @Test
  public void forAuthority_authorityInNonProxyHosts_bypassesTheProxy() {
    NetworkSettings network = NetworkSettings.builder()
        .proxy(new ProxySettings("proxy.example", 3128, List.of("login.*.com"))).build();

    List<java.net.Proxy> route = network.httpClient().proxy().orElseThrow()
        .select(java.net.URI.create(Authority.of(null, TENANT).url()));

    assertEquals(List.of(java.net.Proxy.NO_PROXY), route);
  }

  @Test
  public void discoverySeed_nonDefaultPort_declaresHostAndHostWithPortAsAliases() {
    String seed = MsalBuilders.discoverySeed(Authority.of("https://127.0.0.1:8443", TENANT)).orElseThrow();

    JsonObject json = JsonParser.parseString(seed).getAsJsonObject();
    JsonObject entry = json.getAsJsonArray("metadata").get(0).getAsJsonObject();
    assertEquals("https://127.0.0.1:8443/" + TENANT + "/v2.0/.well-known/openid-configuration",
        json.get("tenant_discovery_endpoint").getAsString());
    assertEquals("127.0.0.1", entry.get("preferred_network").getAsString());
    assertEquals("127.0.0.1:8443", entry.get("preferred_cache").getAsString());
    assertEquals("[\"127.0.0.1\",\"127.0.0.1:8443\"]", entry.getAsJsonArray("aliases").toString());
  }

  @Test
  public void discoverySeed_upperCaseHost_isLowerCasedAsMsalKeysIt() {
    String seed = MsalBuilders.discoverySeed(Authority.of("https://LocalHost:8443", TENANT)).orElseThrow();

    JsonObject entry = JsonParser.parseString(seed).getAsJsonObject().getAsJsonArray("metadata").get(0)
        .getAsJsonObject();
    assertEquals("[\"localhost\",\"localhost:8443\"]", entry.getAsJsonArray("aliases").toString());
  }

  @Test
  public void discoverySeed_defaultPort_isNotNeeded() {
    assertTrue(MsalBuilders.discoverySeed(Authority.of("https://login.microsoftonline.us", TENANT)).isEmpty());
    assertTrue(MsalBuilders.discoverySeed(Authority.of("https://sts.example:443", TENANT)).isEmpty());
  }
}
