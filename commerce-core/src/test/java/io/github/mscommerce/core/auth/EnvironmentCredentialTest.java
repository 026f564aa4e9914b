package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.LocalPaths;
import io.github.mscommerce.core.PathResolver;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.auth.TestCertificates.Identity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class EnvironmentCredentialTest {

  private static final String TENANT = "6babcaad-604b-40ac-a9d7-9fd97c0b779f";
  private static final String CLIENT = "0f6a8d3c-1b2e-4c5d-9e8f-7a6b5c4d3e2f";
  private static final String SECRET = "env-secret-value-never-shown";
  private static final String CERT_PASSWORD = "env-cert-password-never-shown";

  private static Identity client;

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private final List<CommerceEvent> events = new ArrayList<>();
  private final CredentialOptions options = CredentialOptions.defaults().withEvents(events::add);
  private final Map<String, String> env = new HashMap<>();
  private Path certificate;
  private Path tokenFile;
  private Path workspace;
  private PathResolver files;

  @BeforeClass
  public static void makeKeys() {
    client = TestCertificates.rsa("env-client");
  }

  @Before
  public void files() throws IOException {
    workspace = folder.getRoot().toPath();
    files = LocalPaths.in(workspace, "the workspace");
    certificate = TestCertificates.writePkcs12(folder.getRoot().toPath().resolve("client.pfx"),
        CERT_PASSWORD.toCharArray(), client.privateKey(), client.certificate());
    tokenFile = Files.writeString(folder.getRoot().toPath().resolve("token"), "eyJ.federated.token");
  }

  private void ids() {
    env.put("AZURE_TENANT_ID", TENANT);
    env.put("AZURE_CLIENT_ID", CLIENT);
  }

  private String failureMessage(String authorityHost) {
    try {
      EnvironmentCredential.from(env, authorityHost, options, files);
    } catch (InvalidSettingsException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected InvalidSettingsException");
  }

  @Test
  public void from_allThreeSources_prefersTheClientSecret() {
    ids();
    env.put("AZURE_CLIENT_SECRET", SECRET);
    env.put("AZURE_CLIENT_CERTIFICATE_PATH", certificate.toString());
    env.put("AZURE_FEDERATED_TOKEN_FILE", tokenFile.toString());

    EnvironmentCredential credential = EnvironmentCredential.from(env, null, options, files);

    assertEquals("client secret from AZURE_CLIENT_SECRET", credential.source());
    assertEquals("client secret of app " + CLIENT + " in tenant " + TENANT + " (from AZURE_CLIENT_SECRET)",
        credential.description());
  }

  @Test
  public void from_certificateAndTokenFile_prefersTheCertificate() {
    ids();
    env.put("AZURE_CLIENT_CERTIFICATE_PATH", certificate.toString());
    env.put("AZURE_CLIENT_CERTIFICATE_PASSWORD", CERT_PASSWORD);
    env.put("AZURE_FEDERATED_TOKEN_FILE", tokenFile.toString());

    EnvironmentCredential credential = EnvironmentCredential.from(env, null, options, files);

    assertEquals("client certificate from AZURE_CLIENT_CERTIFICATE_PATH with AZURE_CLIENT_CERTIFICATE_PASSWORD",
        credential.source());
    assertTrue(credential.description(), credential.description().startsWith("certificate " + certificate));
  }

  @Test
  public void from_tokenFileOnly_usesWorkloadIdentity() {
    ids();
    env.put("AZURE_FEDERATED_TOKEN_FILE", tokenFile.toString());

    EnvironmentCredential credential = EnvironmentCredential.from(env, null, options, files);

    assertEquals("federated token from AZURE_FEDERATED_TOKEN_FILE", credential.source());
    assertEquals("federated token from " + tokenFile + " for app " + CLIENT + " in tenant " + TENANT,
        credential.description());
  }

  @Test
  public void from_blankSecret_countsAsUnset() {
    ids();
    env.put("AZURE_CLIENT_SECRET", "  ");
    env.put("AZURE_FEDERATED_TOKEN_FILE", tokenFile.toString());

    assertEquals("federated token from AZURE_FEDERATED_TOKEN_FILE",
        EnvironmentCredential.from(env, null, options, files).source());
  }

  @Test
  public void from_tenantOnly_saysWhatIsSetAndWhatIsMissing() {
    env.put("AZURE_TENANT_ID", TENANT);

    assertEquals(Suggestions.generic().environmentIncomplete("AZURE_TENANT_ID is set, AZURE_CLIENT_ID is missing, "
        + "and none of AZURE_CLIENT_SECRET, AZURE_CLIENT_CERTIFICATE_PATH or AZURE_FEDERATED_TOKEN_FILE is set"),
        failureMessage(null));
  }

  @Test
  public void from_secretWithoutIds_namesBothMissingIds() {
    env.put("AZURE_CLIENT_SECRET", SECRET);

    String message = failureMessage(null);

    assertEquals(Suggestions.generic().environmentIncomplete(
        "AZURE_CLIENT_SECRET is set, and AZURE_TENANT_ID and AZURE_CLIENT_ID are missing"), message);
    assertFalse(message.contains(SECRET));
  }

  @Test
  public void from_emptyEnvironment_namesEveryVariable() {
    assertEquals(Suggestions.generic().environmentIncomplete("AZURE_TENANT_ID and AZURE_CLIENT_ID are missing, and "
        + "none of AZURE_CLIENT_SECRET, AZURE_CLIENT_CERTIFICATE_PATH or AZURE_FEDERATED_TOKEN_FILE is set"),
        failureMessage(null));
  }

  @Test
  public void from_explicitHost_beatsAzureAuthorityHost() {
    ids();
    env.put("AZURE_CLIENT_SECRET", SECRET);
    env.put("AZURE_AUTHORITY_HOST", "https://login.microsoftonline.us");

    EnvironmentCredential.from(env, "https://login.chinacloudapi.cn", options, files);

    assertEquals(List.of(CommerceEvent.info("Signing in with the client secret from AZURE_CLIENT_SECRET (authority "
        + "host https://login.chinacloudapi.cn from the explicit setting).")), events);
  }

  @Test
  public void from_azureAuthorityHostWithoutExplicitHost_isUsed() {
    ids();
    env.put("AZURE_CLIENT_SECRET", SECRET);
    env.put("AZURE_AUTHORITY_HOST", "https://login.microsoftonline.us/");

    EnvironmentCredential.from(env, " ", options, files);

    assertEquals(List.of(CommerceEvent.info("Signing in with the client secret from AZURE_CLIENT_SECRET (authority "
        + "host https://login.microsoftonline.us from AZURE_AUTHORITY_HOST).")), events);
  }

  @Test
  public void from_noHostAnywhere_usesThePublicCloud() {
    ids();
    env.put("AZURE_CLIENT_SECRET", SECRET);

    EnvironmentCredential.from(env, null, options, files);

    assertEquals(List.of(CommerceEvent.info("Signing in with the client secret from AZURE_CLIENT_SECRET (authority "
        + "host https://login.microsoftonline.com from the public cloud default).")), events);
  }

  @Test
  public void from_badClientId_isAttributedToItsVariable() {
    env.put("AZURE_TENANT_ID", TENANT);
    env.put("AZURE_CLIENT_ID", "my-app");
    env.put("AZURE_CLIENT_SECRET", SECRET);

    try {
      EnvironmentCredential.from(env, null, options, files);
      fail("expected InvalidSettingsException");
    } catch (InvalidSettingsException e) {
      assertEquals("AZURE_CLIENT_ID", e.setting().orElseThrow());
      assertTrue(e.getMessage(), e.getMessage().startsWith("AZURE_CLIENT_ID: 'my-app' is not a client id"));
    }
  }

  @Test
  public void from_plainHttpAuthorityHost_isAttributedToAzureAuthorityHost() {
    ids();
    env.put("AZURE_CLIENT_SECRET", SECRET);
    env.put("AZURE_AUTHORITY_HOST", "http://login.example");

    try {
      EnvironmentCredential.from(env, null, options, files);
      fail("expected InvalidSettingsException");
    } catch (InvalidSettingsException e) {
      assertEquals("AZURE_AUTHORITY_HOST", e.setting().orElseThrow());
    }
  }

  @Test
  public void from_wrongCertificatePassword_isAttributedToTheCertificatePath() {
    ids();
    env.put("AZURE_CLIENT_CERTIFICATE_PATH", certificate.toString());
    env.put("AZURE_CLIENT_CERTIFICATE_PASSWORD", "wrong-password");

    try {
      EnvironmentCredential.from(env, null, options, files);
      fail("expected InvalidSettingsException");
    } catch (InvalidSettingsException e) {
      assertEquals("AZURE_CLIENT_CERTIFICATE_PATH", e.setting().orElseThrow());
      assertTrue(e.getMessage(), e.getMessage().contains("cannot be opened with the password given"));
      assertFalse(e.getMessage().contains("wrong-password"));
    }
  }

  @Test
  public void from_anySource_logsTheSourceButNoValue() {
    ids();
    env.put("AZURE_CLIENT_CERTIFICATE_PATH", certificate.toString());
    env.put("AZURE_CLIENT_CERTIFICATE_PASSWORD", CERT_PASSWORD);

    EnvironmentCredential credential = EnvironmentCredential.from(env, null, options, files);

    assertEquals(1, events.size());
    for (String text : List.of(events.get(0).message(), credential.toString(), credential.description())) {
      assertFalse(text, text.contains(CERT_PASSWORD));
    }
    assertTrue(credential.toString().startsWith("EnvironmentCredential[client certificate from "
        + "AZURE_CLIENT_CERTIFICATE_PATH"));
  }

  @Test
  public void from_relativeCertificatePath_isReadWhereTheResolverStarts() {
    ids();
    env.put("AZURE_CLIENT_CERTIFICATE_PATH", "client.pfx");
    env.put("AZURE_CLIENT_CERTIFICATE_PASSWORD", CERT_PASSWORD);

    EnvironmentCredential credential = EnvironmentCredential.from(env, null, options, files);

    assertTrue(credential.description(), credential.description().startsWith("certificate " + certificate + " "));
  }

  @Test
  public void from_missingCertificateFile_isAttributedToItsVariableAndSaysWhereRelativePathsStart() {
    ids();
    env.put("AZURE_CLIENT_CERTIFICATE_PATH", "certs/absent.pfx");

    try {
      EnvironmentCredential.from(env, null, options, files);
      fail("expected InvalidSettingsException");
    } catch (InvalidSettingsException e) {
      assertEquals("AZURE_CLIENT_CERTIFICATE_PATH", e.setting().orElseThrow());
      assertEquals("AZURE_CLIENT_CERTIFICATE_PATH: there is no file " + workspace.resolve("certs/absent.pfx")
          + ". Check the path (a relative path starts in the workspace " + workspace + "), and that the file exists on "
          + "the machine that reads it.", e.getMessage());
    }
  }

  @Test
  public void from_tokenFileVariable_isNotReadUntilATokenIsNeeded() {
    ids();
    env.put("AZURE_FEDERATED_TOKEN_FILE", "not-yet-projected");

    EnvironmentCredential credential = EnvironmentCredential.from(env, null, options, files);

    assertEquals("federated token from " + workspace.resolve("not-yet-projected") + " for app " + CLIENT + " in tenant "
        + TENANT, credential.description());
  }
}
