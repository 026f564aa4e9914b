package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;

import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.auth.TestCertificates.Identity;
import java.util.List;
import org.junit.Test;

public class CredentialFingerprintTest {

  private static final String SECRET = "client-secret-value-never-kept";

  private static SecretValue secret(String value, String origin) {
    return SecretValue.of(value, origin);
  }

  @Test
  public void ofSecret_equalSecretsFromAnywhere_areEqual() {
    assertEquals(CredentialFingerprint.ofSecret(secret(SECRET, "commerce.clientSecret")),
        CredentialFingerprint.ofSecret(secret(SECRET, "AZURE_CLIENT_SECRET")));
  }

  @Test
  public void ofSecret_anotherSecret_differs() {
    assertNotEquals(CredentialFingerprint.ofSecret(secret(SECRET, "a")),
        CredentialFingerprint.ofSecret(secret(SECRET + "x", "a")));
  }

  @Test
  public void of_sameTextAsAnotherKind_differs() {
    assertNotEquals(CredentialFingerprint.ofSecret(secret("/var/run/token", "a")),
        CredentialFingerprint.ofFederatedSource("/var/run/token"));
  }

  @Test
  public void ofUser_partsCannotRunIntoEachOther() {
    assertNotEquals(CredentialFingerprint.ofUser("ab@c", secret("d", "a")),
        CredentialFingerprint.ofUser("a", secret("b@cd", "a")));
    assertEquals("user names ignore case", CredentialFingerprint.ofUser("Admin@Contoso.com", secret("pw", "a")),
        CredentialFingerprint.ofUser("admin@contoso.com", secret("pw", "b")));
    assertNotEquals(CredentialFingerprint.ofUser("admin@contoso.com", secret("pw", "a")),
        CredentialFingerprint.ofUser("admin@contoso.com", secret("other", "a")));
  }

  @Test
  public void ofCertificate_sameKeyAndChain_areEqualAndAnotherKeyDiffers() {
    Identity client = TestCertificates.rsa("fingerprinted");
    Identity other = TestCertificates.rsa("other");

    assertEquals(CredentialFingerprint.ofCertificate(client.privateKey(), List.of(client.certificate())),
        CredentialFingerprint.ofCertificate(client.privateKey(), List.of(client.certificate())));
    assertNotEquals(CredentialFingerprint.ofCertificate(client.privateKey(), List.of(client.certificate())),
        CredentialFingerprint.ofCertificate(other.privateKey(), List.of(client.certificate())));
  }

  @Test
  public void unshared_neverEqualsAnother() {
    assertNotEquals(CredentialFingerprint.unshared(), CredentialFingerprint.unshared());
  }

  @Test
  public void fingerprint_holdsNoSecretAndPrintsNothing() {
    CredentialFingerprint fingerprint = CredentialFingerprint.ofSecret(secret(SECRET, "a"));

    assertFalse(fingerprint.value().contains(SECRET));
    assertEquals("CredentialFingerprint[hidden]", fingerprint.toString());
    assertEquals("TokenCacheKey[https://login.example/tenant, client app]",
        new TokenCacheKey("https://login.example/tenant", "app", fingerprint).toString());
  }
}
