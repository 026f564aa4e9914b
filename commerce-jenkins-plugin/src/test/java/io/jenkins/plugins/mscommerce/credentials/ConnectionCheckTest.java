package io.jenkins.plugins.mscommerce.credentials;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.jenkins.plugins.mscommerce.testing.TestEmulator;
import java.nio.file.Files;
import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.mockito.MockedStatic;
import org.springframework.security.core.Authentication;

/**
 * The credential form's "Test connection" at the emulator over HTTPS, through the descriptor's method as the form calls
 * it, in a folder whose permission check passes: it signs in and lists the products through core.
 */
public class ConnectionCheckTest {

  private final EntraAppCredentialsImpl.DescriptorImpl descriptor = new EntraAppCredentialsImpl.DescriptorImpl();
  private final Item folder = mock(Item.class);
  private CommerceEmulator emulator;
  private String pem;

  @Before
  public void setUp() throws Exception {
    emulator = TestEmulator.fresh();
    pem = Files.readString(TestEmulator.certificatePem());
  }

  private FormValidation test(String secret, String trustCertificate) {
    String url = emulator.baseUrl().toString();
    return descriptor.doTestConnection(folder, emulator.demo().tenantId(), emulator.demo().clientId(), secret, "",
        url, url, trustCertificate);
  }

  @Test
  public void rightSecret_reportsTheNumberOfProducts() {
    FormValidation validation = test(emulator.demo().clientSecret(), pem);

    assertEquals(validation.getMessage(), FormValidation.Kind.OK, validation.kind);
    assertEquals(Messages.ConnectionCheck_ok(24), validation.getMessage());
    assertEquals(1, emulator.admin().count("GET", "/v1.0/policies/{policyId}/products"));
  }

  @Test
  public void wrongSecret_reportsCoresMessageWithoutTheSecret() {
    FormValidation validation = test("wrong-Secret-not.for.logs", pem);

    assertEquals(FormValidation.Kind.ERROR, validation.kind);
    assertTrue(validation.getMessage(), validation.getMessage().contains("Entra ID refused a token"));
    assertTrue(validation.getMessage(), validation.getMessage().contains("tenant, client id and secret"));
    assertFalse(validation.getMessage(), validation.getMessage().contains("wrong-Secret-not.for.logs"));
  }

  @Test
  public void withoutTheTrustCertificate_reportsTheTlsFailure() {
    FormValidation validation = test(emulator.demo().clientSecret(), "");

    assertEquals(FormValidation.Kind.ERROR, validation.kind);
    assertTrue(validation.getMessage(), validation.getMessage().contains("README.md#tls-handshake-failed"));
  }

  /** Core names the form's trust certificate as such, not as a setting the form does not have. */
  @Test
  public void trustCertificateWithoutACertificate_isNamedAsTheFormsBeforeAnyRequest() {
    FormValidation validation = test(emulator.demo().clientSecret(), "just text");

    assertEquals(FormValidation.Kind.ERROR, validation.kind);
    // The message is HTML, escaped, as FormValidation keeps it.
    assertTrue(validation.getMessage(), validation.getMessage().contains(
        hudson.Util.escape("The trust certificate from " + Messages.ConnectionCheck_trustCertificateSource()
            + " holds no certificate")));
    assertEquals(0, emulator.admin().journal().size());
  }

  @Test
  public void missingCertificateCredentials_areNamedBeforeAnyRequest() {
    try (MockedStatic<CredentialsProvider> provider = mockStatic(CredentialsProvider.class)) {
      provider.when(() -> CredentialsProvider.lookupCredentialsInItem(eq(StandardCertificateCredentials.class),
          eq(folder), any(Authentication.class))).thenReturn(List.of());
      String url = emulator.baseUrl().toString();

      FormValidation validation = descriptor.doTestConnection(folder, emulator.demo().tenantId(),
          emulator.demo().clientId(), "", "gone", url, url, pem);

      assertEquals(FormValidation.Kind.ERROR, validation.kind);
      assertTrue(validation.getMessage(), validation.getMessage().contains("gone"));
      assertEquals(0, emulator.admin().journal().size());
    }
  }
}
