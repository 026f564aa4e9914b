package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.TokenCredential;
import com.microsoft.aad.msal4j.ClientCredentialFactory;
import io.github.mscommerce.core.SecretValue;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * An app registration signing in with a certificate (client credentials grant with a signed client assertion). MSAL
 * signs the assertion with RS256, so the key must be RSA.
 */
public final class ClientCertificateCredential implements TokenCredential {

  private final String description;
  private final ConfidentialClientTokens tokens;

  private ClientCertificateCredential(String description, ConfidentialClientTokens tokens) {
    this.description = description;
    this.tokens = tokens;
  }

  /**
   * .pem/.crt/.cer/.key or PEM content: a private key (PKCS#8, PKCS#1 "RSA PRIVATE KEY", or encrypted PKCS#8 with
   * password) and the certificate chain; .pfx/.p12 or binary content: PKCS#12 with password. Problems (unreadable, wrong
   * password, no key, EC key — MSAL signs RS256 only) → InvalidSettingsException naming the file and the fix, at
   * construction, before any request.
   *
   * @param password of the encrypted key or the PKCS#12 file; null when there is none
   * @throws io.github.mscommerce.core.InvalidSettingsException naming the file and the fix
   */
  public static ClientCertificateCredential fromFile(Authority authority, String clientId, Path file, SecretValue password,
      CredentialOptions options) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    String checkedId = ClientIds.require(clientId, "client id");
    ClientCertificateFile.Contents contents = ClientCertificateFile.read(file, password);
    String description = "certificate " + file + " (thumbprint " + sha1Thumbprint(contents.leaf()) + ") of app "
        + checkedId + " in tenant " + authority.tenantId();
    ConfidentialClientTokens tokens = new ConfidentialClientTokens(authority, checkedId,
        ClientCredentialFactory.createFromCertificateChain(contents.privateKey(), contents.chain()), options);
    return new ClientCertificateCredential(description, tokens);
  }

  @Override
  public AccessToken token(boolean forceRefresh) {
    return tokens.token(forceRefresh, description);
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return "ClientCertificateCredential[" + description + "]";
  }

  /** The thumbprint the Azure portal lists under Certificates & secrets, so a user can match the two. */
  private static String sha1Thumbprint(X509Certificate certificate) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()))
          .toUpperCase(Locale.ROOT);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM cannot compute a SHA-1 thumbprint", e);
    }
  }
}
