package io.jenkins.plugins.mscommerce.binding;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.Secret;
import io.github.mscommerce.core.auth.EnvironmentCredential;
import io.github.mscommerce.emulator.ClientCertificate;
import io.jenkins.plugins.mscommerce.credentials.EntraAppCredentialsImpl;
import io.jenkins.plugins.mscommerce.testing.TestCertificateCredentials;
import java.io.InputStream;
import java.security.KeyStore;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.credentialsbinding.MultiBinding.MultiEnvironment;
import org.jenkinsci.plugins.credentialsbinding.impl.CredentialNotFoundException;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mockito.MockedStatic;

/** bind() on a real local workspace, with the credentials lookup mocked. */
public class EntraAppBindingTest {

  static final String TENANT = "contoso.onmicrosoft.com";
  static final String CLIENT = "1f0e2d3c-4b5a-4697-8877-a1b2c3d4e5f6";
  static final String SECRET = "Qx8~not.for.logs-4f1a9d";
  static final String KEYSTORE_PASSWORD = "pfx-Pa55-not.for.logs";

  /** One key pair for the class: RSA generation is slow. */
  private static final ClientCertificate CERTIFICATE = ClientCertificate.generate("entra-app-binding-test");

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private final Run<?, ?> build = mock(Run.class);
  private MockedStatic<CredentialsProvider> provider;
  private FilePath workspace;

  @Before
  public void setUp() throws Exception {
    provider = mockStatic(CredentialsProvider.class);
    workspace = new FilePath(folder.newFolder("workspace"));
  }

  @After
  public void closeProvider() {
    provider.close();
  }

  private void store(IdCredentials credentials) {
    provider.when(() -> CredentialsProvider.findCredentialById(eq(credentials.getId()), eq(IdCredentials.class),
        any(Run.class))).thenReturn(credentials);
  }

  private void storeCertificate(StandardCertificateCredentials certificate) {
    provider.when(() -> CredentialsProvider.findCredentialById(eq(certificate.getId()),
        eq(StandardCertificateCredentials.class), any(Run.class))).thenReturn(certificate);
  }

  static EntraAppCredentialsImpl app(String id) throws Exception {
    return new EntraAppCredentialsImpl(CredentialsScope.GLOBAL, id, "", TENANT, CLIENT);
  }

  private EntraAppCredentialsImpl storedWithSecret() throws Exception {
    EntraAppCredentialsImpl credentials = app("contoso");
    credentials.setClientSecret(Secret.fromString(SECRET));
    store(credentials);
    return credentials;
  }

  private EntraAppCredentialsImpl storedWithCertificate() throws Exception {
    EntraAppCredentialsImpl credentials = app("contoso");
    credentials.setCertificateCredentialsId("contoso-certificate");
    store(credentials);
    storeCertificate(TestCertificateCredentials.of("contoso-certificate", CERTIFICATE, KEYSTORE_PASSWORD));
    return credentials;
  }

  private MultiEnvironment bind(EntraAppBinding binding) throws Exception {
    return binding.bind(build, workspace, null, TaskListener.NULL);
  }

  @Test
  public void defaults_areTheVariablesCoreReads() {
    EntraAppBinding binding = new EntraAppBinding("contoso");

    assertEquals(EnvironmentCredential.TENANT_ID, binding.getTenantIdVariable());
    assertEquals(EnvironmentCredential.CLIENT_ID, binding.getClientIdVariable());
    assertEquals(EnvironmentCredential.CLIENT_SECRET, binding.getClientSecretVariable());
    assertEquals(EnvironmentCredential.CLIENT_CERTIFICATE_PATH, binding.getCertificatePathVariable());
    assertEquals(EnvironmentCredential.CLIENT_CERTIFICATE_PASSWORD, binding.getCertificatePasswordVariable());
    assertEquals(EnvironmentCredential.AUTHORITY_HOST, binding.getAuthorityHostVariable());
  }

  @Test
  public void bind_clientSecret_idsArePublicAndOnlyTheSecretIsMasked() throws Exception {
    storedWithSecret();

    MultiEnvironment environment = bind(new EntraAppBinding("contoso"));

    assertEquals(Map.of("AZURE_TENANT_ID", TENANT, "AZURE_CLIENT_ID", CLIENT), environment.getPublicValues());
    assertEquals(Map.of("AZURE_CLIENT_SECRET", SECRET), environment.getSecretValues());
    assertFalse("no files for a secret", workspace.getParent().child("workspace@tmp").exists());
  }

  @Test
  public void bind_authorityHost_isPublicWhenSet() throws Exception {
    storedWithSecret().setAuthorityHost("https://login.microsoftonline.us");

    MultiEnvironment environment = bind(new EntraAppBinding("contoso"));

    assertEquals("https://login.microsoftonline.us", environment.getPublicValues().get("AZURE_AUTHORITY_HOST"));
  }

  @Test
  public void bind_customVariableNames_replaceTheDefaults() throws Exception {
    storedWithSecret().setAuthorityHost("https://login.microsoftonline.us");
    EntraAppBinding binding = new EntraAppBinding("contoso");
    binding.setTenantIdVariable("TENANT");
    binding.setClientIdVariable("CLIENT");
    binding.setClientSecretVariable(" SECRET ");
    binding.setAuthorityHostVariable("HOST");

    MultiEnvironment environment = bind(binding);

    assertEquals(Map.of("TENANT", TENANT, "CLIENT", CLIENT, "HOST", "https://login.microsoftonline.us"),
        environment.getPublicValues());
    assertEquals(Map.of("SECRET", SECRET), environment.getSecretValues());
  }

  @Test
  public void setters_blankNameMeansTheDefault() {
    EntraAppBinding binding = new EntraAppBinding("contoso");
    binding.setClientSecretVariable("OTHER");
    binding.setClientSecretVariable(" ");

    assertEquals("AZURE_CLIENT_SECRET", binding.getClientSecretVariable());
  }

  @Test
  public void bind_certificate_writesAnOwnerOnlyPkcs12BesideTheWorkspace() throws Exception {
    storedWithCertificate();

    MultiEnvironment environment = bind(new EntraAppBinding("contoso"));

    FilePath file = new FilePath(workspace, environment.getPublicValues().get("AZURE_CLIENT_CERTIFICATE_PATH"));
    FilePath directory = file.getParent();
    FilePath secrets = directory.getParent();
    assertEquals(workspace.getParent().child("workspace@tmp").child("secretFiles"), secrets);
    assertEquals(CertificateFile.FILE_NAME, file.getName());
    assertEquals(0400, file.mode());
    assertEquals(0700, directory.mode());
    assertEquals(0700, secrets.mode());
    assertEquals(Map.of("AZURE_CLIENT_CERTIFICATE_PASSWORD", KEYSTORE_PASSWORD), environment.getSecretValues());
    assertEquals(Set.of("AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_CERTIFICATE_PATH"),
        environment.getPublicValues().keySet());
    KeyStore written = KeyStore.getInstance("PKCS12");
    try (InputStream in = file.read()) {
      written.load(in, KEYSTORE_PASSWORD.toCharArray());
    }
    assertEquals(CERTIFICATE.certificate(), written.getCertificate(Collections.list(written.aliases()).get(0)));
  }

  @Test
  public void bind_certificate_tracksTheCertificateCredentialToo() throws Exception {
    storedWithCertificate();

    bind(new EntraAppBinding("contoso"));

    provider.verify(() -> CredentialsProvider.track(eq(build), any(TestCertificateCredentials.class)));
  }

  @Test
  public void unbind_deletesTheCertificateDirectory() throws Exception {
    storedWithCertificate();
    MultiEnvironment environment = bind(new EntraAppBinding("contoso"));
    FilePath file = new FilePath(workspace, environment.getPublicValues().get("AZURE_CLIENT_CERTIFICATE_PATH"));

    environment.getUnbinder().unbind(build, workspace, null, TaskListener.NULL);

    assertFalse(file.getParent().exists());
    assertTrue("other bindings' files stay", file.getParent().getParent().exists());
  }

  @Test
  public void bind_certificateWithoutWorkspace_failsSayingWhereToCallIt() throws Exception {
    storedWithCertificate();

    AbortException e = assertThrows(AbortException.class,
        () -> new EntraAppBinding("contoso").bind(build, null, null, TaskListener.NULL));

    assertEquals(Messages.EntraAppBinding_certificateNeedsWorkspace("contoso"), e.getMessage());
  }

  @Test
  public void bind_certificateCredentialNotFound_namesBothIds() throws Exception {
    EntraAppCredentialsImpl credentials = app("contoso");
    credentials.setCertificateCredentialsId("gone");
    store(credentials);

    CredentialNotFoundException e = assertThrows(CredentialNotFoundException.class,
        () -> bind(new EntraAppBinding("contoso")));

    assertEquals(Messages.EntraAppBinding_certificateNotFound("contoso", "gone"), e.getMessage());
  }

  @Test
  public void bind_secretAndCertificate_isRefused() throws Exception {
    storedWithCertificate().setClientSecret(Secret.fromString(SECRET));

    AbortException e = assertThrows(AbortException.class,
        () -> bind(new EntraAppBinding("contoso")));

    assertEquals(Messages.EntraAppBinding_secretAndCertificate("contoso"), e.getMessage());
    assertFalse(e.getMessage().contains(SECRET));
  }

  @Test
  public void bind_neitherSecretNorCertificate_isRefused() throws Exception {
    store(app("contoso"));

    AbortException e = assertThrows(AbortException.class,
        () -> bind(new EntraAppBinding("contoso")));

    assertEquals(Messages.EntraAppBinding_noSecretOrCertificate("contoso"), e.getMessage());
  }

  /** (A credential of the wrong type is reported by credentials-binding with display names: EntraAppBindingJenkinsTest.) */
  @Test
  public void bind_missingCredentials_namesTheId() {
    CredentialNotFoundException e = assertThrows(CredentialNotFoundException.class,
        () -> bind(new EntraAppBinding("nothing")));

    assertTrue(e.getMessage(), e.getMessage().contains("'nothing'"));
  }

  @Test
  public void variables_areTheMaskedOnes() throws Exception {
    storedWithSecret();
    assertEquals(Set.of("AZURE_CLIENT_SECRET"), new EntraAppBinding("contoso").variables(build));

    storedWithCertificate();
    assertEquals(Set.of("AZURE_CLIENT_CERTIFICATE_PASSWORD"), new EntraAppBinding("contoso").variables(build));
  }
}
