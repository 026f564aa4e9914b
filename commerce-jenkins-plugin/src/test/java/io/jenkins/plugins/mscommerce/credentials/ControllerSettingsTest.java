package io.jenkins.plugins.mscommerce.credentials;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.ProxyConfiguration;
import hudson.util.Secret;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.http.ProxySettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** What the controller adds to a run's settings: the credentials' sign-in, a trust anchor, Jenkins' proxy. */
public class ControllerSettingsTest {

  /** A subclass with plain settings from a map, as a step or the connection check would have. */
  private static ControllerSettings settings(Optional<EntraAppSignIn> signIn, Map<String, String> values) {
    return new ControllerSettings(signIn, Optional.empty(), Optional.empty()) {
      @Override
      public Optional<String> value(String property) {
        return Optional.ofNullable(values.get(property));
      }

      @Override
      public Map<String, String> environment() {
        return Map.of();
      }
    };
  }

  private static EntraAppSignIn signIn() throws Exception {
    EntraAppCredentialsImpl app = new EntraAppCredentialsImpl(CredentialsScope.GLOBAL, "contoso", "",
        EntraAppCredentialsImplTest.TENANT, EntraAppCredentialsImplTest.CLIENT);
    app.setClientSecret(Secret.fromString(EntraAppCredentialsImplTest.SECRET));
    app.setAuthorityHost("https://login.microsoftonline.us");
    return EntraAppSignIn.of("credentials 'contoso'", app, null);
  }

  @Test
  public void credentials_supplyTheSignIn() throws Exception {
    ControllerSettings settings = settings(Optional.of(signIn()), Map.of());

    assertEquals(Optional.of(EntraAppCredentialsImplTest.TENANT), settings.homeTenantId());
    assertEquals(Optional.of(EntraAppCredentialsImplTest.CLIENT), settings.clientId());
    assertEquals(EntraAppCredentialsImplTest.SECRET, settings.clientSecret().orElseThrow().reveal());
    assertEquals(Optional.of("https://login.microsoftonline.us"), settings.authorityHost());
  }

  /**
   * The credentials' tenant comes with them, so a tenants list overrides it; the explicit tenant id stays the plain
   * setting, which a step has no field for.
   */
  @Test
  public void credentialsTenant_isTheHomeTenant_notAnExplicitTenantId() throws Exception {
    assertTrue(settings(Optional.of(signIn()), Map.of()).tenantId().isEmpty());
    assertEquals(Optional.of("fabrikam.onmicrosoft.com"), settings(Optional.of(signIn()),
        Map.of(PropertyNames.TENANT_ID, "fabrikam.onmicrosoft.com")).tenantId());
  }

  /** An explicit authority host (the emulator's, a sovereign cloud's) wins over the credentials'. */
  @Test
  public void explicitAuthorityHost_winsOverTheCredentials() throws Exception {
    ControllerSettings settings = settings(Optional.of(signIn()),
        Map.of(PropertyNames.AUTHORITY_HOST, "https://127.0.0.1:8443"));

    assertEquals(Optional.of("https://127.0.0.1:8443"), settings.authorityHost());
  }

  @Test
  public void withoutCredentials_nothingIsSetAndCoreReadsTheEnvironment() {
    ControllerSettings settings = settings(Optional.empty(), Map.of());

    assertTrue(settings.tenantId().isEmpty());
    assertTrue(settings.homeTenantId().isEmpty());
    assertTrue(settings.clientSecret().isEmpty());
    assertTrue(settings.certificate().isEmpty());
    assertTrue(settings.authorityHost().isEmpty());
  }

  @Test
  public void jenkinsProxy_becomesCoresProxyWithItsNoProxyPatterns() {
    ProxyConfiguration jenkins = new ProxyConfiguration("proxy.example.com", 3128, "user", "password-not.for.logs",
        "*.internal.example.com\nlocalhost, 10.*|build.example.com");

    ProxySettings proxy = ControllerSettings.proxyOf(jenkins).orElseThrow();

    assertEquals("proxy.example.com", proxy.host());
    assertEquals(3128, proxy.port());
    assertEquals(List.of("*.internal.example.com", "localhost", "10.*", "build.example.com"), proxy.nonProxyHosts());
    assertTrue(proxy.bypasses("api.internal.example.com"));
    assertFalse(proxy.bypasses("licensing.m365.microsoft.com"));
    assertTrue("core warns that they are not sent", proxy.hasCredentials());
    assertFalse(proxy.toString(), proxy.toString().contains("password-not.for.logs"));
  }

  @Test
  public void jenkinsProxyWithoutUserName_hasNoCredentials() {
    ProxyConfiguration jenkins = new ProxyConfiguration("proxy.example.com", 3128, " ", null, null);

    ProxySettings proxy = ControllerSettings.proxyOf(jenkins).orElseThrow();

    assertFalse(proxy.hasCredentials());
    assertEquals(List.of(), proxy.nonProxyHosts());
  }

  @Test
  public void noJenkinsProxy_meansTheJvmsSettings() {
    assertTrue(ControllerSettings.proxyOf(null).isEmpty());
    assertTrue(ControllerSettings.proxyOf(new ProxyConfiguration(" ", 0)).isEmpty());
    assertTrue("no controller here", ControllerSettings.jenkinsProxy().isEmpty());
  }
}
