package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.TokenCredential;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.LocalPaths;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.auth.TestCertificates.Identity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Every credential says what signs in (mode, app or user, tenant, where the secret came from) and never the secret: in
 * {@code description()}, {@code toString()} and construction events alike. Nothing here sends a request.
 */
public class CredentialDescriptionTest {

  private static final String TENANT = "6babcaad-604b-40ac-a9d7-9fd97c0b779f";
  private static final String CLIENT = "0f6a8d3c-1b2e-4c5d-9e8f-7a6b5c4d3e2f";
  private static final String SECRET = "client-secret-value-never-shown";
  private static final String PASSWORD = "user-password-never-shown";
  private static final Authority AUTHORITY = Authority.of("https://127.0.0.1:8443", TENANT);

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private final List<CommerceEvent> events = new ArrayList<>();
  private final CredentialOptions options = CredentialOptions.defaults().withEvents(events::add);

  private static void assertRedacted(Object credential, String... secrets) {
    String text = credential.toString();
    String description = ((TokenCredential) credential).description();
    assertEquals(credential.getClass().getSimpleName() + "[" + description + "]", text);
    for (String secret : secrets) {
      assertFalse(text, text.contains(secret));
      assertFalse(description, description.contains(secret));
    }
  }

  @Test
  public void clientSecret_describesAppTenantAndOriginOnly() {
    ClientSecretCredential credential =
        new ClientSecretCredential(AUTHORITY, CLIENT, SecretValue.of(SECRET, "commerce.clientSecret"), options);

    assertEquals("client secret of app " + CLIENT + " in tenant " + TENANT + " (from commerce.clientSecret)",
        credential.description());
    assertRedacted(credential, SECRET);
  }

  @Test
  public void clientCertificate_describesFileThumbprintAppAndTenant() throws IOException {
    Identity client = TestCertificates.rsa("described-client");
    Path pfx = TestCertificates.writePkcs12(folder.getRoot().toPath().resolve("app.pfx"), PASSWORD.toCharArray(),
        client.privateKey(), client.certificate());

    ClientCertificateCredential credential = ClientCertificateCredential.fromContents(AUTHORITY, CLIENT, pfx.toString(),
        Files.readAllBytes(pfx), SecretValue.of(PASSWORD, "AZURE_CLIENT_CERTIFICATE_PASSWORD"), options);

    assertTrue(credential.description(), credential.description().matches(
        "certificate " + java.util.regex.Pattern.quote(pfx.toString()) + " \\(thumbprint [0-9A-F]{40}\\) of app "
            + CLIENT + " in tenant " + TENANT));
    assertRedacted(credential, PASSWORD);
  }

  @Test
  public void workloadIdentity_describesTokenFileAppAndTenant() {
    Path tokenFile = folder.getRoot().toPath().resolve("token");

    WorkloadIdentityCredential credential = new WorkloadIdentityCredential(AUTHORITY, CLIENT, tokenFile.toString(),
        () -> "never asked for: nothing here sends a request", options);

    assertEquals("federated token from " + tokenFile + " for app " + CLIENT + " in tenant " + TENANT,
        credential.description());
    assertRedacted(credential);
  }

  @Test
  public void managedIdentity_describesSystemOrUserAssigned() {
    assertEquals("system-assigned managed identity of this host",
        new ManagedIdentityCredential(null, options).description());
    ManagedIdentityCredential userAssigned = new ManagedIdentityCredential(CLIENT, options);
    assertEquals("user-assigned managed identity " + CLIENT, userAssigned.description());
    assertRedacted(userAssigned);
  }

  @Test
  public void deviceCode_describesPublicClientAndTenant() {
    DeviceCodeCredential credential =
        new DeviceCodeCredential(AUTHORITY, PublicClients.MSCOMMERCE_MODULE, message -> {}, options);

    assertEquals("device code sign-in with public client " + PublicClients.MSCOMMERCE_MODULE + " in tenant "
        + TENANT, credential.description());
    assertRedacted(credential);
  }

  @Test
  public void usernamePassword_describesUserAndOriginAndWarnsOnceThatItIsLegacy() {
    UsernamePasswordCredential credential = new UsernamePasswordCredential(AUTHORITY,
        PublicClients.MSCOMMERCE_MODULE, "admin@contoso.onmicrosoft.com", SecretValue.of(PASSWORD, "commerce.password"),
        options);

    assertEquals("user admin@contoso.onmicrosoft.com (password from commerce.password) with public client "
        + PublicClients.MSCOMMERCE_MODULE + " in tenant " + TENANT, credential.description());
    assertRedacted(credential, PASSWORD);
    assertEquals(List.of(CommerceEvent.warn(Suggestions.generic().passwordFlowIsLegacy(credential.description()))),
        events);
  }

  @Test
  public void staticToken_describesOriginOnly() {
    StaticTokenCredential credential = new StaticTokenCredential(SecretValue.of("opaque-token-never-shown", "a pipeline"));

    assertRedacted(credential, "opaque-token-never-shown");
  }

  @Test
  public void environment_describesTheChosenSource() {
    EnvironmentCredential credential = EnvironmentCredential.from(Map.of("AZURE_TENANT_ID", TENANT,
        "AZURE_CLIENT_ID", CLIENT, "AZURE_CLIENT_SECRET", SECRET), null, options, LocalPaths.workingDirectory());

    assertEquals("EnvironmentCredential[client secret from AZURE_CLIENT_SECRET: " + credential.description() + "]",
        credential.toString());
    assertFalse(credential.toString().contains(SECRET));
  }

  @Test
  public void construct_clientIdThatIsNotAGuid_namesTheValueAndTheFix() {
    try {
      new ClientSecretCredential(AUTHORITY, "Contoso policy app", SecretValue.of(SECRET, "a test"), options);
      fail("expected InvalidSettingsException");
    } catch (InvalidSettingsException e) {
      assertEquals("'Contoso policy app' is not a client id: give the Application (client) ID of the app "
          + "registration, a GUID such as 0f6a8d3c-1b2e-4c5d-9e8f-7a6b5c4d3e2f (not its name or object id).",
          e.getMessage());
    }
  }

  @Test
  public void construct_emptySecret_namesItsOrigin() {
    try {
      new ClientSecretCredential(AUTHORITY, CLIENT, SecretValue.of("", "AZURE_CLIENT_SECRET"), options);
      fail("expected InvalidSettingsException");
    } catch (InvalidSettingsException e) {
      assertTrue(e.getMessage(), e.getMessage().startsWith("The client secret from AZURE_CLIENT_SECRET is empty"));
    }
  }

  @Test
  public void construct_usernameWithoutDomain_asksForTheUserPrincipalName() {
    try {
      new UsernamePasswordCredential(AUTHORITY, PublicClients.MSCOMMERCE_MODULE, "admin",
          SecretValue.of(PASSWORD, "a test"), options);
      fail("expected InvalidSettingsException");
    } catch (InvalidSettingsException e) {
      assertTrue(e.getMessage(), e.getMessage().startsWith("'admin' is not a user principal name"));
      assertTrue(events.isEmpty());
    }
  }
}
