package io.jenkins.plugins.mscommerce.credentials;

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
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.AbortException;
import hudson.model.Run;
import hudson.util.Secret;
import io.github.mscommerce.core.frontend.CertificateContents;
import io.github.mscommerce.emulator.ClientCertificate;
import io.jenkins.plugins.mscommerce.testing.TestCertificateCredentials;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.MockedStatic;

/** How a step finds the credentials of {@code credentialsId} and what it hands core; every mistake worded. */
public class EntraAppSignInTest {

  private static final String SECRET = EntraAppCredentialsImplTest.SECRET;
  private static final String KEYSTORE_PASSWORD = "pfx-Pa55-not.for.logs";

  private final Run<?, ?> run = mock(Run.class);
  private MockedStatic<CredentialsProvider> provider;

  @Before
  public void setUp() {
    provider = mockStatic(CredentialsProvider.class);
  }

  @After
  public void tearDown() {
    provider.close();
  }

  private void register(String id, IdCredentials credentials) {
    provider.when(() -> CredentialsProvider.findCredentialById(eq(id), eq(IdCredentials.class), any(Run.class)))
        .thenReturn(credentials);
  }

  private EntraAppCredentialsImpl app() throws Exception {
    EntraAppCredentialsImpl app = new EntraAppCredentialsImpl(CredentialsScope.GLOBAL, "contoso", "",
        EntraAppCredentialsImplTest.TENANT, EntraAppCredentialsImplTest.CLIENT);
    register("contoso", app);
    return app;
  }

  @Test
  public void clientSecret_isHandedOverNamingTheCredentialsAsItsOrigin() throws Exception {
    EntraAppCredentialsImpl app = app();
    app.setClientSecret(Secret.fromString(SECRET));
    app.setAuthorityHost("https://login.microsoftonline.us");

    EntraAppSignIn signIn = EntraAppSignIn.forBuild("contoso", run);

    assertEquals(EntraAppCredentialsImplTest.TENANT, signIn.tenantId());
    assertEquals(EntraAppCredentialsImplTest.CLIENT, signIn.clientId());
    assertEquals(SECRET, signIn.clientSecret().orElseThrow().reveal());
    assertEquals(Messages.EntraAppSignIn_origin("contoso"), signIn.clientSecret().orElseThrow().origin());
    assertEquals("https://login.microsoftonline.us", signIn.authorityHost().orElseThrow());
    assertFalse(signIn.toString(), signIn.toString().contains(SECRET));
    provider.verify(() -> CredentialsProvider.track(run, app));
  }

  /** A certificate as a key store, never a file: the credentials are on the controller, the agent is elsewhere. */
  @Test
  public void certificate_isHandedOverAsAKeyStoreWithItsPassword() throws Exception {
    app().setCertificateCredentialsId("contoso-certificate");
    TestCertificateCredentials certificate =
        TestCertificateCredentials.of("contoso-certificate", ClientCertificate.generate("sign-in"), KEYSTORE_PASSWORD);
    provider.when(() -> CredentialsProvider.findCredentialById(eq("contoso-certificate"),
        eq(StandardCertificateCredentials.class), any(Run.class))).thenReturn(certificate);

    EntraAppSignIn signIn = EntraAppSignIn.forBuild("contoso", run);

    CertificateContents.InKeyStore contents = (CertificateContents.InKeyStore) signIn.certificate().orElseThrow();
    assertEquals(Messages.EntraAppSignIn_certificateOrigin("contoso-certificate", Messages.EntraAppSignIn_origin(
        "contoso")), contents.sourceName());
    assertTrue(contents.keyStore().aliases().hasMoreElements());
    assertEquals(KEYSTORE_PASSWORD, signIn.certificatePassword().orElseThrow().reveal());
    assertTrue(signIn.clientSecret().isEmpty());
    assertFalse(signIn.toString(), signIn.toString().contains(KEYSTORE_PASSWORD));
    provider.verify(() -> CredentialsProvider.track(run, certificate));
  }

  @Test
  public void missingCredentials_areNamed() {
    AbortException e = assertThrows(AbortException.class, () -> EntraAppSignIn.forBuild("nobody", run));

    assertEquals(Messages.EntraAppSignIn_notFound("nobody"), e.getMessage());
  }

  @Test
  public void credentialsOfAnotherType_areRefused() throws Exception {
    register("login", new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, "login", "", "u", "p"));

    AbortException e = assertThrows(AbortException.class, () -> EntraAppSignIn.forBuild("login", run));

    assertEquals(Messages.EntraAppSignIn_wrongType("login"), e.getMessage());
  }

  @Test
  public void missingCertificateCredentials_areNamed() throws Exception {
    app().setCertificateCredentialsId("gone");

    AbortException e = assertThrows(AbortException.class, () -> EntraAppSignIn.forBuild("contoso", run));

    assertEquals(Messages.EntraAppSignIn_certificateNotFound(Messages.EntraAppSignIn_origin("contoso"), "gone"),
        e.getMessage());
  }

  @Test
  public void neitherSecretNorCertificate_isAMistake() throws Exception {
    app();

    AbortException e = assertThrows(AbortException.class, () -> EntraAppSignIn.forBuild("contoso", run));

    assertEquals(Messages.EntraAppSignIn_noSecretOrCertificate(Messages.EntraAppSignIn_origin("contoso")),
        e.getMessage());
  }

  @Test
  public void bothSecretAndCertificate_isAMistake() throws Exception {
    EntraAppCredentialsImpl app = app();
    app.setClientSecret(Secret.fromString(SECRET));
    app.setCertificateCredentialsId("contoso-certificate");

    AbortException e = assertThrows(AbortException.class, () -> EntraAppSignIn.forBuild("contoso", run));

    assertEquals(Messages.EntraAppSignIn_secretAndCertificate(Messages.EntraAppSignIn_origin("contoso")),
        e.getMessage());
  }
}
