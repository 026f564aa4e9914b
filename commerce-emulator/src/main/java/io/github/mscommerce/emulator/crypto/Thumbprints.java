package io.github.mscommerce.emulator.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;

/** Certificate thumbprints as JWT headers carry them ({@code x5t#S256}, {@code x5t}). */
public final class Thumbprints {

  private Thumbprints() {}

  public static byte[] sha256(X509Certificate certificate) {
    return digest("SHA-256", certificate);
  }

  public static byte[] sha1(X509Certificate certificate) {
    return digest("SHA-1", certificate);
  }

  /** Standard Base64 with padding: the form MSAL4J 1.26.0 sends in {@code x5t#S256}. */
  public static String sha256Base64(X509Certificate certificate) {
    return Base64.getEncoder().encodeToString(sha256(certificate));
  }

  /**
   * Decodes a header thumbprint written in either Base64 alphabet. RFC 7515 asks for base64url, MSAL4J sends the
   * standard alphabet; accepting both keeps working if either side changes.
   */
  public static Optional<byte[]> decode(String headerValue) {
    try {
      // The JDK decoder does not require the '=' padding, so dropping it lets one decoder take both forms.
      String standard = headerValue.replace('-', '+').replace('_', '/').replace("=", "");
      return Optional.of(Base64.getDecoder().decode(standard));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static byte[] digest(String algorithm, X509Certificate certificate) {
    try {
      return MessageDigest.getInstance(algorithm).digest(certificate.getEncoded());
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException("cannot compute the " + algorithm + " thumbprint", e);
    }
  }
}
