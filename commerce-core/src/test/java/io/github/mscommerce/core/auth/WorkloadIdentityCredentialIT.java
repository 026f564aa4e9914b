package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.AuthenticationFailedException;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.LocalPaths;
import io.github.mscommerce.core.PathResolver;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.internal.SettingFile;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Demo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WorkloadIdentityCredentialIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final String AUDIENCE = "api://AzureADTokenExchange";
  private static final String TOKEN_FILE_SETTING = "commerce.federatedTokenFile";

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private CommerceEmulator emulator;
  private Demo demo;
  private Path tokenFile;
  private PathResolver files;

  @Before
  public void freshEmulator() {
    emulator = SharedEmulator.fresh();
    demo = emulator.demo();
    tokenFile = folder.getRoot().toPath().resolve("azure-identity-token");
    files = LocalPaths.in(folder.getRoot().toPath(), "the workspace");
  }

  /** Writes what the platform would project into the pod or job: a token from the external issuer. */
  private String project(String subject, Duration lifetime) throws IOException {
    String token = emulator.admin().mintFederatedToken(subject, AUDIENCE, lifetime);
    Files.writeString(tokenFile, token + "\n");
    return token;
  }

  private WorkloadIdentityCredential credential() {
    return new WorkloadIdentityCredential(SharedEmulator.authority(), demo.clientId(), tokenFile.toString(),
        () -> SettingFile.text(files, tokenFile.toString(), TOKEN_FILE_SETTING, WorkloadIdentityCredential.MAX_ASSERTION_BYTES),
        SharedEmulator.options());
  }

  private int tokenRequests() {
    return emulator.admin().count("POST", ClientSecretCredentialIT.TOKEN_ROUTE);
  }

  @Test
  public void token_projectedToken_isAcceptedByThePolicyService() throws IOException {
    project(demo.federatedSubject(), Duration.ofMinutes(10));

    CommerceClient client = CommerceClient.builder().endpoint(emulator.baseUrl()).network(SharedEmulator.network())
        .credential(credential()).build();

    assertFalse(client.productPolicies().isEmpty());
  }

  @Test
  public void token_fileRewrittenBetweenCalls_isReadAgainOnEveryNetworkCall() throws IOException {
    project(demo.federatedSubject(), Duration.ofMinutes(10));
    WorkloadIdentityCredential credential = credential();
    credential.token(false);

    project("repo:contoso/other:ref:refs/heads/main", Duration.ofMinutes(10));
    credential.token(false);
    assertEquals("a cache hit reads no file and sends nothing", 1, tokenRequests());
    Refusals.assertRefused(AuthenticationFailedException.class, "AADSTS70021", () -> credential.token(true));

    project(demo.federatedSubject(), Duration.ofMinutes(10));
    credential.token(true);
    assertEquals(3, tokenRequests());
  }

  @Test
  public void token_wrongSubject_isRefusedWithAadsts70021() throws IOException {
    String token = project("repo:contoso/other:ref:refs/heads/main", Duration.ofMinutes(10));

    AuthenticationFailedException e = Refusals.assertRefused(AuthenticationFailedException.class, "AADSTS70021",
        () -> credential().token(false), token);

    assertEquals("invalid_client", e.errorCode().orElseThrow());
  }

  @Test
  public void token_expiredAssertion_isRefusedWithAadsts700024() throws IOException {
    String token = project(demo.federatedSubject(), Duration.ofMinutes(-10));

    Refusals.assertRefused(AuthenticationFailedException.class, "AADSTS700024", () -> credential().token(false),
        token);
  }

  @Test
  public void token_missingFile_isInvalidSettingNamingTheFileBeforeAnyRequest() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> credential().token(false));

    assertTrue(e.getMessage(), e.getMessage().startsWith(TOKEN_FILE_SETTING + ": there is no file " + tokenFile));
    assertEquals(0, tokenRequests());
  }

  @Test
  public void token_blankAssertion_isInvalidSettingNamingTheSourceBeforeAnyRequest() throws IOException {
    Files.writeString(tokenFile, " \n");

    InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> credential().token(false));

    assertEquals("The federated token from " + tokenFile + " is empty: the platform has not written a token yet, or "
        + tokenFile + " is not where it puts the token.", e.getMessage());
    assertEquals(0, tokenRequests());
  }

  @Test
  public void token_supplierOfAJenkinsCredential_isAskedOnEveryNetworkCallOnly() throws IOException {
    String subject = demo.federatedSubject();
    AtomicInteger asked = new AtomicInteger();
    WorkloadIdentityCredential credential = new WorkloadIdentityCredential(SharedEmulator.authority(), demo.clientId(),
        "credential 'github-oidc'", () -> {
          asked.incrementAndGet();
          return emulator.admin().mintFederatedToken(subject, AUDIENCE, Duration.ofMinutes(10));
        }, SharedEmulator.options());

    credential.token(false);
    credential.token(false);
    credential.token(true);

    assertEquals(2, asked.get());
    assertEquals(2, tokenRequests());
    assertEquals("federated token from credential 'github-oidc' for app " + demo.clientId() + " in tenant "
        + demo.tenantId(), credential.description());
  }
}
