package io.github.mscommerce.core.frontend;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.client.ApiVersion;
import io.github.mscommerce.core.testing.MapRawSettings;
import io.github.mscommerce.core.testing.TestFrontEnd;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Settings are checked before any request, and every message names the setting as the front end spells it. */
public class SettingsProcessorTest {

  private static final String TENANT = "6babcaad-604b-40ac-a9d7-9fd97c0b779f";
  private static final String CLIENT = "0f6a3c55-1d2e-4b7a-9c8d-2e3f4a5b6c7d";
  private static final String SECRET = "pr0cess0r-Secret~value";

  private final List<CommerceEvent> events = new ArrayList<>();

  private SettingsProcessor processor(SettingNames names) {
    return new SettingsProcessor(names == SettingNames.MAVEN ? TestFrontEnd.maven() : TestFrontEnd.pipeline(),
        events::add);
  }

  private static MapRawSettings secretSettings() {
    return new MapRawSettings().set(PropertyNames.TENANT_ID, TENANT).set(PropertyNames.CLIENT_ID, CLIENT)
        .set(PropertyNames.CLIENT_SECRET, SECRET);
  }

  @Test
  public void tasks_appliesEndpointVersionAndPolicy() {
    CommerceTasks session = processor(SettingNames.MAVEN).tasks(secretSettings()
        .set(PropertyNames.ENDPOINT, "https://127.0.0.1:8443/").set(PropertyNames.API_VERSION, "v1")
        .set(PropertyNames.CONCURRENCY, "3"));
    assertEquals(URI.create("https://127.0.0.1:8443"), session.client().endpoint());
    assertEquals(ApiVersion.V1, session.client().apiVersion());
  }

  @Test
  public void tasks_explicitSecretWinsAndNothingIsLoggedBeforeTheFirstRequest() {
    CommerceTasks session = processor(SettingNames.MAVEN).tasks(secretSettings()
        .env("AZURE_CLIENT_SECRET", "from-the-environment"));
    String description = session.client().credential().description();
    assertTrue(description, description.contains(PropertyNames.CLIENT_SECRET));
    assertFalse(description, description.contains(SECRET));
    // "Signing in with …" belongs to the first token request, not to reading the settings.
    assertTrue(events.toString(), events.stream().noneMatch(e -> e.message().startsWith("Signing in with ")));
    assertTrue(events.stream().noneMatch(e -> e.message().contains(SECRET)));
  }

  @Test
  public void tasks_withoutSettingsUsesTheEnvironmentChain() {
    CommerceTasks session = processor(SettingNames.MAVEN).tasks(new MapRawSettings()
        .env("AZURE_TENANT_ID", TENANT).env("AZURE_CLIENT_ID", CLIENT).env("AZURE_CLIENT_SECRET", SECRET));
    assertTrue(session.client().credential().description(),
        session.client().credential().description().contains("AZURE_CLIENT_SECRET"));
  }

  @Test
  public void tasks_explicitTenantOutranksTheEnvironmentsInTheChain() {
    String explicit = "11111111-2222-3333-4444-555555555555";
    CommerceTasks session = processor(SettingNames.MAVEN).tasks(new MapRawSettings()
        .set(PropertyNames.TENANT_ID, explicit)
        .env("AZURE_TENANT_ID", TENANT).env("AZURE_CLIENT_ID", CLIENT).env("AZURE_CLIENT_SECRET", SECRET));
    assertTrue(session.client().credential().description(),
        session.client().credential().description().contains(explicit));
  }

  @Test
  public void tasks_missingTenantNamesTheSettingAndTheVariable() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> processor(SettingNames.MAVEN)
        .tasks(new MapRawSettings().set(PropertyNames.CLIENT_ID, CLIENT).set(PropertyNames.CLIENT_SECRET, SECRET)));
    assertEquals("No tenant id: set commerce.tenantId or the environment variable AZURE_TENANT_ID.", e.getMessage());
    InvalidSettingsException step = assertThrows(InvalidSettingsException.class, () -> processor(SettingNames.PIPELINE)
        .tasks(new MapRawSettings().set(PropertyNames.CLIENT_ID, CLIENT).set(PropertyNames.CLIENT_SECRET, SECRET)));
    assertEquals("No tenant id: set the tenant id of credentialsId or the environment variable AZURE_TENANT_ID.",
        step.getMessage());
  }

  @Test
  public void tasks_badNumbersNameTheSettingInTheFrontEndsSpelling() {
    InvalidSettingsException maven = assertThrows(InvalidSettingsException.class,
        () -> processor(SettingNames.MAVEN).tasks(secretSettings().set(PropertyNames.TIMEOUT, "soon")));
    assertEquals("commerce.timeout: 'soon' is not a whole number from 1 to 3600.", maven.getMessage());
    InvalidSettingsException jenkins = assertThrows(InvalidSettingsException.class,
        () -> processor(SettingNames.PIPELINE).tasks(secretSettings().set(PropertyNames.RETRIES, "-1")));
    assertEquals("retries: '-1' is not a whole number from 0 to 20.", jenkins.getMessage());
  }

  @Test
  public void tasks_unknownAuthModeListsTheModes() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> processor(SettingNames.MAVEN).tasks(secretSettings().set(PropertyNames.AUTH, "kerberos")));
    assertTrue(e.getMessage(), e.getMessage().startsWith("commerce.auth: 'kerberos' is not a sign-in mode"));
    assertTrue(e.getMessage(), e.getMessage().contains("device-code"));
  }

  @Test
  public void tasks_plainHttpToARealHostIsRefused() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> processor(SettingNames.MAVEN)
        .tasks(secretSettings().set(PropertyNames.ENDPOINT, "http://licensing.m365.microsoft.com")));
    assertTrue(e.getMessage(), e.getMessage().startsWith("commerce.endpoint: "));
  }

  @Test
  public void tasks_missingTrustCertificateFileSaysWhere() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> processor(SettingNames.MAVEN)
        .tasks(secretSettings().set(PropertyNames.TRUST_CERTIFICATE, "no/such/emulator.pem")));
    assertTrue(e.getMessage(), e.getMessage().startsWith("commerce.trustCertificate: there is no file "
        + java.nio.file.Path.of("no/such/emulator.pem").toAbsolutePath()));
    assertTrue(e.getMessage(), e.getMessage().contains("(a relative path starts in the working directory "));
  }

  @Test
  public void tasks_accessTokenModeNeedsNoTenant() {
    CommerceTasks session = processor(SettingNames.MAVEN)
        .tasks(new MapRawSettings().set(PropertyNames.ACCESS_TOKEN, "eyJhbGciOiJub25lIn0.eyJleHAiOjF9."));
    assertFalse(session.client().credential().canRefresh());
  }
}
