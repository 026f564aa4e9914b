package io.jenkins.plugins.mscommerce.binding;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.Secret;
import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.LocalPaths;
import io.github.mscommerce.core.auth.EnvironmentCredential;
import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.ClientCertificate;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.jenkins.plugins.mscommerce.credentials.EntraAppCredentialsImpl;
import io.jenkins.plugins.mscommerce.testing.TestCertificateCredentials;
import io.jenkins.plugins.mscommerce.testing.TestEmulator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.credentialsbinding.MultiBinding.MultiEnvironment;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mockito.MockedStatic;

/**
 * What {@code withCredentials([entraIdApp(…)]) { sh 'mvn commerce:verify-policy' }} relies on: the variables bound here
 * are exactly what core's environment chain (the Maven plugin's sign-in) needs, so it signs in at the emulator as the
 * Maven plugin would, with a client secret and with a certificate.
 */
public class EntraAppBindingSignInTest {

  private static final String TOKEN_ROUTE = "/{tenant}/oauth2/v2.0/token";
  private static final String CERTIFICATE_APP = "6d1e3f5a-2b4c-4d8e-9f0a-1b2c3d4e5f60";
  private static final String KEYSTORE_PASSWORD = "pfx-Pa55-not.for.logs";

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private final Run<?, ?> build = mock(Run.class);
  private final List<CommerceEvent> events = new ArrayList<>();
  private MockedStatic<CredentialsProvider> provider;
  private CommerceEmulator emulator;

  @Before
  public void setUp() {
    emulator = TestEmulator.fresh();
    provider = mockStatic(CredentialsProvider.class);
  }

  @After
  public void closeProvider() {
    provider.close();
  }

  private EntraAppCredentialsImpl stored(String clientId) throws Exception {
    EntraAppCredentialsImpl credentials = new EntraAppCredentialsImpl(CredentialsScope.GLOBAL, "contoso", "",
        emulator.demo().tenantId(), clientId);
    credentials.setAuthorityHost(emulator.baseUrl().toString());
    provider.when(() -> CredentialsProvider.findCredentialById(eq("contoso"), eq(IdCredentials.class),
        any(Run.class))).thenReturn(credentials);
    return credentials;
  }

  /** The block's environment as a shell inside it sees it: public and secret values alike. */
  private Map<String, String> boundEnvironment() throws Exception {
    FilePath workspace = new FilePath(folder.newFolder("workspace"));
    MultiEnvironment bound = new EntraAppBinding("contoso").bind(build, workspace, null, TaskListener.NULL);
    Map<String, String> environment = new HashMap<>(bound.getPublicValues());
    environment.putAll(bound.getSecretValues());
    return environment;
  }

  /** As the Maven plugin inside the block reads the files the variables name: on the machine of the workspace. */
  private EnvironmentCredential signIn(Map<String, String> environment) {
    EnvironmentCredential credential = EnvironmentCredential.from(environment, null, TestEmulator.options(events::add),
        LocalPaths.in(folder.getRoot().toPath(), "the project directory"));
    credential.token(false);
    return credential;
  }

  @Test
  public void boundClientSecret_signsInThroughCoresEnvironmentChain() throws Exception {
    stored(emulator.demo().clientId()).setClientSecret(Secret.fromString(emulator.demo().clientSecret()));

    EnvironmentCredential credential = signIn(boundEnvironment());

    assertEquals("client secret from AZURE_CLIENT_SECRET", credential.source());
    assertEquals(1, emulator.admin().count("POST", TOKEN_ROUTE));
    assertNoEventContains(emulator.demo().clientSecret());
  }

  @Test
  public void boundCertificate_signsInThroughCoresEnvironmentChain() throws Exception {
    storedWithCertificate(KEYSTORE_PASSWORD);

    EnvironmentCredential credential = signIn(boundEnvironment());

    assertEquals("client certificate from AZURE_CLIENT_CERTIFICATE_PATH with AZURE_CLIENT_CERTIFICATE_PASSWORD",
        credential.source());
    assertEquals(1, emulator.admin().count("POST", TOKEN_ROUTE));
    assertNoEventContains(KEYSTORE_PASSWORD);
  }

  @Test
  public void boundCertificateWithoutPassword_signsInWithoutAPasswordVariable() throws Exception {
    storedWithCertificate("");

    Map<String, String> environment = boundEnvironment();
    EnvironmentCredential credential = signIn(environment);

    assertFalse(environment.containsKey("AZURE_CLIENT_CERTIFICATE_PASSWORD"));
    assertEquals("client certificate from AZURE_CLIENT_CERTIFICATE_PATH", credential.source());
  }

  /** An app registered with a fresh certificate, and the certificate credential holding its key. */
  private void storedWithCertificate(String keystorePassword) throws Exception {
    ClientCertificate certificate = ClientCertificate.generate("entra-app-binding-sign-in");
    emulator.admin().registerApp(emulator.demo().tenantId(), AppRegistration.builder(CERTIFICATE_APP)
        .certificate(certificate.certificate()).role(AppRegistration.ROLE_READ).build());
    stored(CERTIFICATE_APP).setCertificateCredentialsId("contoso-certificate");
    provider.when(() -> CredentialsProvider.findCredentialById(eq("contoso-certificate"),
        eq(StandardCertificateCredentials.class), any(Run.class)))
        .thenReturn(TestCertificateCredentials.of("contoso-certificate", certificate, keystorePassword));
  }

  private void assertNoEventContains(String secret) {
    for (CommerceEvent event : events) {
      assertFalse(event.toString(), event.toString().contains(secret));
    }
  }
}
