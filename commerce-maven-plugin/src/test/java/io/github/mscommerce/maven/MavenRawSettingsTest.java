package io.github.mscommerce.maven;

import static io.github.mscommerce.core.frontend.PropertyNames.ACCESS_TOKEN;
import static io.github.mscommerce.core.frontend.PropertyNames.AUTH;
import static io.github.mscommerce.core.frontend.PropertyNames.CLIENT_ID;
import static io.github.mscommerce.core.frontend.PropertyNames.CLIENT_SECRET;
import static io.github.mscommerce.core.frontend.PropertyNames.ENDPOINT;
import static io.github.mscommerce.core.frontend.PropertyNames.TENANT_ID;
import static io.github.mscommerce.core.frontend.PropertyNames.TIMEOUT;
import static io.github.mscommerce.core.frontend.PropertyNames.USERNAME;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.http.ProxySettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.Test;

public class MavenRawSettingsTest {

  private static final String CLI_SECRET = "cli-secret-value";
  private static final String POM_SECRET = "pom-secret-value";
  private static final String SERVER_SECRET = "server-secret-value";
  private static final String EMULATOR_SECRET = "emulator-secret-value";
  private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";

  private final Map<String, String> parameters = new HashMap<>();
  private final Properties userProperties = new Properties();
  private final Properties projectProperties = new Properties();
  private final List<CommerceEvent> events = new ArrayList<>();
  private Optional<ServerCredentials> server = Optional.empty();
  private Optional<EmulatorConnection> emulator = Optional.empty();

  private MavenRawSettings settings() {
    return new MavenRawSettings(parameters, userProperties, projectProperties, server, emulator,
        Map.of("AZURE_TENANT_ID", "env-tenant"), Optional.of(new ProxySettings("proxy", 3128, List.of())),
        events::add);
  }

  private void server(String username, String password) {
    server = Optional.of(new ServerCredentials("tenant-app", Optional.ofNullable(username),
        Optional.ofNullable(password).map(p -> SecretValue.of(p, "settings.xml server 'tenant-app'"))));
  }

  private void emulator() {
    emulator = Optional.of(new EmulatorConnection("https://127.0.0.1:4443", "/tmp/emulator.pem",
        Optional.of("emulator-tenant"), Optional.of("emulator-app"),
        Optional.of(SecretValue.of(EMULATOR_SECRET, EmulatorConnection.ORIGIN))));
  }

  @Test
  public void clientSecret_commandLine_outranksPomAndServer_andIsWarnedAbout() {
    userProperties.setProperty(CLIENT_SECRET, CLI_SECRET);
    projectProperties.setProperty(CLIENT_SECRET, POM_SECRET);
    server("server-app", SERVER_SECRET);

    SecretValue secret = settings().clientSecret().orElseThrow();

    assertEquals(CLI_SECRET, secret.reveal());
    assertEquals("the command line", secret.origin());
    assertEquals(List.of(CommerceEvent.warn("commerce.clientSecret comes from the command line, where it can end up in "
        + "shell history, CI logs or version control. Keep it in a settings.xml <server> named by commerce.serverId "
        + "(password encrypted with mvn --encrypt-password) or in the environment variable AZURE_CLIENT_SECRET.")),
        events);
  }

  @Test
  public void clientSecret_inThePom_outranksTheServer_andIsWarnedAbout() {
    projectProperties.setProperty(CLIENT_SECRET, POM_SECRET);
    server("server-app", SERVER_SECRET);

    SecretValue secret = settings().clientSecret().orElseThrow();

    assertEquals(POM_SECRET, secret.reveal());
    assertEquals("the POM", secret.origin());
    assertEquals(1, events.size());
    assertTrue(events.get(0).message(), events.get(0).message().startsWith("commerce.clientSecret comes from the POM, "));
  }

  @Test
  public void server_suppliesClientIdAndSecret_withoutWarning() {
    server("server-app", SERVER_SECRET);

    MavenRawSettings settings = settings();

    assertEquals(Optional.of("server-app"), settings.clientId());
    assertEquals(SERVER_SECRET, settings.clientSecret().orElseThrow().reveal());
    assertEquals("settings.xml server 'tenant-app'", settings.clientSecret().orElseThrow().origin());
    assertEquals(Optional.empty(), settings.username());
    assertEquals(Optional.empty(), settings.password());
    assertEquals(List.of(), events);
  }

  @Test
  public void clientId_parameter_outranksTheServersUsername() {
    parameters.put(CLIENT_ID, "explicit-app");
    server("server-app", SERVER_SECRET);

    assertEquals(Optional.of("explicit-app"), settings().clientId());
  }

  @Test
  public void usernamePasswordMode_serverHoldsTheUser_notTheApp() {
    parameters.put(AUTH, "Username-Password");
    server("admin@contoso.onmicrosoft.com", SERVER_SECRET);

    MavenRawSettings settings = settings();

    assertEquals(Optional.of("admin@contoso.onmicrosoft.com"), settings.username());
    assertEquals(SERVER_SECRET, settings.password().orElseThrow().reveal());
    assertEquals(Optional.empty(), settings.clientId());
    assertEquals(Optional.empty(), settings.clientSecret());
  }

  @Test
  public void usernamePasswordMode_usernameParameter_outranksTheServer() {
    parameters.put(AUTH, "username-password");
    parameters.put(USERNAME, "other@contoso.onmicrosoft.com");
    server("admin@contoso.onmicrosoft.com", SERVER_SECRET);

    assertEquals(Optional.of("other@contoso.onmicrosoft.com"), settings().username());
  }

  @Test
  public void emulator_withoutEndpoint_suppliesConnectionAndDemoApp_aheadOfTheServer() {
    emulator();
    server("server-app", SERVER_SECRET);

    MavenRawSettings settings = settings();

    assertEquals(Optional.of("https://127.0.0.1:4443"), settings.endpoint());
    assertEquals(Optional.of("https://127.0.0.1:4443"), settings.authorityHost());
    assertEquals(Optional.of("/tmp/emulator.pem"), settings.trustCertificateFile());
    assertEquals(Optional.empty(), settings.tenantId());
    assertEquals(Optional.of("emulator-tenant"), settings.homeTenantId());
    assertEquals(Optional.of("emulator-app"), settings.clientId());
    assertEquals(EMULATOR_SECRET, settings.clientSecret().orElseThrow().reveal());
    assertEquals("commerce:start-emulator", settings.clientSecret().orElseThrow().origin());
    assertEquals(List.of(), events);
  }

  @Test
  public void emulator_endpointIsItsOwnUrl_stillServes() {
    emulator();
    parameters.put(ENDPOINT, "https://127.0.0.1:4443/");

    assertEquals(Optional.of("emulator-tenant"), settings().homeTenantId());
  }

  @Test
  public void emulator_explicitSettings_outrankIt() {
    emulator();
    parameters.put(TENANT_ID, "explicit-tenant");
    userProperties.setProperty(CLIENT_SECRET, CLI_SECRET);

    MavenRawSettings settings = settings();

    assertEquals(Optional.of("explicit-tenant"), settings.tenantId());
    assertEquals(CLI_SECRET, settings.clientSecret().orElseThrow().reveal());
  }

  @Test
  public void emulator_tenantExportedAsAProjectProperty_staysTheHomeTenant_soATenantListMayOverrideIt() {
    emulator();
    // What Maven hands the tenantId parameter once start-emulator has set the project property commerce.tenantId.
    parameters.put(TENANT_ID, "emulator-tenant");

    MavenRawSettings settings = settings();

    assertEquals(Optional.empty(), settings.tenantId());
    assertEquals(Optional.of("emulator-tenant"), settings.homeTenantId());
  }

  @Test
  public void emulator_tenantNamedOnTheCommandLine_isExplicit() {
    emulator();
    parameters.put(TENANT_ID, "emulator-tenant");
    userProperties.setProperty(TENANT_ID, "emulator-tenant");

    assertEquals(Optional.of("emulator-tenant"), settings().tenantId());
  }

  @Test
  public void emulator_otherEndpoint_isIgnored() {
    emulator();
    server("server-app", SERVER_SECRET);
    parameters.put(ENDPOINT, "https://licensing.m365.microsoft.com");

    MavenRawSettings settings = settings();

    assertEquals(Optional.of("https://licensing.m365.microsoft.com"), settings.endpoint());
    assertEquals(Optional.empty(), settings.authorityHost());
    assertEquals(Optional.empty(), settings.trustCertificateFile());
    assertEquals(Optional.empty(), settings.tenantId());
    assertEquals(Optional.empty(), settings.homeTenantId());
    assertEquals(Optional.of("server-app"), settings.clientId());
    assertEquals(SERVER_SECRET, settings.clientSecret().orElseThrow().reveal());
  }

  @Test
  public void blankValues_countAsUnset_andValuesAreTrimmed() {
    parameters.put(TENANT_ID, "  ");
    parameters.put(TIMEOUT, " 30 ");
    userProperties.setProperty(CLIENT_SECRET, "");

    MavenRawSettings settings = settings();

    assertEquals(Optional.empty(), settings.tenantId());
    assertEquals(Optional.of("30"), settings.value(TIMEOUT));
    assertEquals(Optional.empty(), settings.clientSecret());
    assertEquals(List.of(), events);
  }

  @Test
  public void environmentAndProxy_arePassedThrough() {
    MavenRawSettings settings = settings();

    assertEquals(Map.of("AZURE_TENANT_ID", "env-tenant"), settings.environment());
    assertEquals("proxy", settings.proxy().orElseThrow().host());
  }

  @Test
  public void accessToken_fromTheCommandLine_isWarnedAboutWithoutShowingIt() {
    userProperties.setProperty(ACCESS_TOKEN, TOKEN);

    assertEquals(TOKEN, settings().accessToken().orElseThrow().reveal());
    assertEquals(1, events.size());
    assertTrue(events.get(0).message(), events.get(0).message().startsWith("commerce.accessToken comes from the "
        + "command line"));
    assertFalse(events.get(0).message(), events.get(0).message().contains("eyJ"));
  }

  @Test
  public void toString_namesSourcesButNeverASecret() {
    userProperties.setProperty(ACCESS_TOKEN, TOKEN);
    projectProperties.setProperty(CLIENT_SECRET, POM_SECRET);
    parameters.put(AUTH, "username-password");
    server("admin@contoso.onmicrosoft.com", SERVER_SECRET);
    emulator();

    String text = settings().toString();

    for (String secret : List.of(POM_SECRET, SERVER_SECRET, EMULATOR_SECRET, "eyJ")) {
      assertFalse(text, text.contains(secret));
    }
    assertTrue(text, text.contains("from the POM"));
    assertTrue(text, text.contains("from the command line"));
    assertTrue(text, text.contains("from settings.xml server 'tenant-app'"));
    assertTrue(text, text.contains("commerce.serverId=tenant-app"));
  }
}
