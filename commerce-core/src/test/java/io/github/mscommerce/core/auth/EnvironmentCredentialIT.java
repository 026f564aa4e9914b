package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.AuthenticationFailedException;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.LocalPaths;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.ClientCertificate;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Demo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Each source of the chain signs in at the emulator, chosen in Azure's order, at the host the settings name. */
public class EnvironmentCredentialIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final String CERTIFICATE_APP = "8e2d4c1a-7f3b-4a6e-b5d9-0c1f2e3d4a5b";

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private CommerceEmulator emulator;
  private Demo demo;
  private final Map<String, String> env = new HashMap<>();

  @Before
  public void freshEmulator() {
    emulator = SharedEmulator.fresh();
    demo = emulator.demo();
    env.put("AZURE_TENANT_ID", demo.tenantId());
    env.put("AZURE_AUTHORITY_HOST", emulator.baseUrl().toString());
  }

  private EnvironmentCredential fromEnvironment(String explicitHost) {
    return EnvironmentCredential.from(env, explicitHost, SharedEmulator.options(),
        LocalPaths.in(folder.getRoot().toPath(), "the workspace"));
  }

  private int tokenRequests() {
    return emulator.admin().count("POST", ClientSecretCredentialIT.TOKEN_ROUTE);
  }

  @Test
  public void token_clientSecretVariables_signInAtTheAuthorityHostVariable() {
    env.put("AZURE_CLIENT_ID", demo.clientId());
    env.put("AZURE_CLIENT_SECRET", demo.clientSecret());

    EnvironmentCredential credential = fromEnvironment(null);
    credential.token(false);

    assertEquals("client secret from AZURE_CLIENT_SECRET", credential.source());
    assertEquals(1, tokenRequests());
  }

  @Test
  public void token_certificateVariables_signInWithThePkcs12File() throws IOException {
    ClientCertificate certificate = ClientCertificate.generate("env-pipeline");
    emulator.admin().registerApp(demo.tenantId(), AppRegistration.builder(CERTIFICATE_APP)
        .certificate(certificate.certificate()).role("Policy.Read.AllowSelfServicePurchase").build());
    Path pfx = certificate.writePkcs12(folder.getRoot().toPath().resolve("app.pfx"), "pfx-pw".toCharArray());
    env.put("AZURE_CLIENT_ID", CERTIFICATE_APP);
    env.put("AZURE_CLIENT_CERTIFICATE_PATH", pfx.toString());
    env.put("AZURE_CLIENT_CERTIFICATE_PASSWORD", "pfx-pw");

    EnvironmentCredential credential = fromEnvironment(null);
    credential.token(false);

    assertEquals("client certificate from AZURE_CLIENT_CERTIFICATE_PATH with AZURE_CLIENT_CERTIFICATE_PASSWORD",
        credential.source());
    assertEquals(1, tokenRequests());
  }

  @Test
  public void token_federatedTokenFileVariable_signsInWithTheProjectedToken() throws IOException {
    Path tokenFile = Files.writeString(folder.getRoot().toPath().resolve("token"), emulator.admin()
        .mintFederatedToken(demo.federatedSubject(), "api://AzureADTokenExchange", Duration.ofMinutes(10)));
    env.put("AZURE_CLIENT_ID", demo.clientId());
    env.put("AZURE_FEDERATED_TOKEN_FILE", tokenFile.toString());

    EnvironmentCredential credential = fromEnvironment(null);
    credential.token(false);

    assertEquals("federated token from AZURE_FEDERATED_TOKEN_FILE", credential.source());
    assertEquals(1, tokenRequests());
  }

  @Test
  public void token_explicitHost_beatsAzureAuthorityHost() {
    env.put("AZURE_CLIENT_ID", demo.clientId());
    env.put("AZURE_CLIENT_SECRET", demo.clientSecret());
    // Nothing listens on port 1 of this machine: were this host used, the request would be refused on loopback.
    env.put("AZURE_AUTHORITY_HOST", "https://127.0.0.1:1");

    fromEnvironment(emulator.baseUrl().toString()).token(false);

    assertEquals(1, tokenRequests());
  }

  @Test
  public void token_relativeFederatedTokenFile_isReadAgainThroughTheResolverForEveryTokenRequest() throws IOException {
    Path tokenFile = folder.getRoot().toPath().resolve("token");
    Files.writeString(tokenFile, emulator.admin()
        .mintFederatedToken("repo:contoso/other:ref:refs/heads/main", "api://AzureADTokenExchange", Duration.ofMinutes(10)));
    env.put("AZURE_CLIENT_ID", demo.clientId());
    env.put("AZURE_FEDERATED_TOKEN_FILE", "token");
    EnvironmentCredential credential = fromEnvironment(null);
    assertThrows("the first token is for a subject the app does not trust", AuthenticationFailedException.class,
        () -> credential.token(false));

    Files.writeString(tokenFile, emulator.admin()
        .mintFederatedToken(demo.federatedSubject(), "api://AzureADTokenExchange", Duration.ofMinutes(10)));
    credential.token(false);

    assertEquals(2, tokenRequests());
  }

  @Test
  public void token_missingFederatedTokenFile_isAttributedToItsVariableBeforeAnyRequest() {
    env.put("AZURE_CLIENT_ID", demo.clientId());
    env.put("AZURE_FEDERATED_TOKEN_FILE", "never-written");
    EnvironmentCredential credential = fromEnvironment(null);

    InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> credential.token(false));

    assertEquals("AZURE_FEDERATED_TOKEN_FILE", e.setting().orElseThrow());
    assertTrue(e.getMessage(), e.getMessage().startsWith("AZURE_FEDERATED_TOKEN_FILE: there is no file "
        + folder.getRoot().toPath().resolve("never-written") + ". Check the path (a relative path starts in the "
        + "workspace "));
    assertEquals(0, tokenRequests());
  }
}
