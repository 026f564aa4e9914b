package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.SecretValue;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What tells two credentials of the same app apart in the JVM's token cache, without holding their secret: an
 * HMAC-SHA-256, under a key drawn at random when the JVM loads this class, of what the credential signs in with. Equal
 * inputs give equal fingerprints within the JVM; nothing outside it can test a guessed secret against one, and it means
 * nothing after a restart. Each part is length-prefixed, so parts cannot run into each other.
 */
final class CredentialFingerprint {

  private static final String HMAC = "HmacSHA256";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final SecretKeySpec JVM_KEY = new SecretKeySpec(randomBytes(32), HMAC);

  private final String value;

  private CredentialFingerprint(String value) {
    this.value = value;
  }

  static CredentialFingerprint ofSecret(SecretValue clientSecret) {
    return of("client-secret", utf8(clientSecret.reveal()));
  }

  /**
   * The certificates and the key's encoding. A key that cannot be exported (a hardware token) has no encoding: such a
   * credential shares its tokens with no other instance.
   */
  static CredentialFingerprint ofCertificate(PrivateKey key, List<X509Certificate> chain) {
    byte[] keyEncoding = key.getEncoded();
    if (keyEncoding == null) {
      return unshared();
    }
    List<byte[]> parts = new ArrayList<>();
    parts.add(keyEncoding);
    for (X509Certificate certificate : chain) {
      try {
        parts.add(certificate.getEncoded());
      } catch (CertificateEncodingException e) {
        return unshared();
      }
    }
    return of("client-certificate", parts.toArray(new byte[0][]));
  }

  /**
   * The federated assertion rotates, so its source stands for it: the front end names the source uniquely (a file's
   * absolute path, a credential's id).
   */
  static CredentialFingerprint ofFederatedSource(String sourceName) {
    return of("federated", utf8(sourceName));
  }

  /** The user and the password: another task that knows only the user name gets no token from this one. */
  static CredentialFingerprint ofUser(String username, SecretValue password) {
    return of("user-password", utf8(username.toLowerCase(Locale.ROOT)), utf8(password.reveal()));
  }

  static CredentialFingerprint ofManagedIdentity(String identity) {
    return of("managed-identity", utf8(identity));
  }

  /** Matches nothing else: for a credential whose tokens must stay its own. */
  static CredentialFingerprint unshared() {
    return of("unshared", randomBytes(16));
  }

  private static CredentialFingerprint of(String kind, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(JVM_KEY);
      update(mac, utf8(kind));
      for (byte[] part : parts) {
        update(mac, part);
      }
      return new CredentialFingerprint(Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM cannot compute HMAC-SHA-256", e);
    }
  }

  private static void update(Mac mac, byte[] part) {
    mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
    mac.update(part);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CredentialFingerprint && ((CredentialFingerprint) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "CredentialFingerprint[hidden]";
  }
}
