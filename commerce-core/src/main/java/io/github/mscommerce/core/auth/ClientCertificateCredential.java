package io.github.mscommerce.core.auth;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.auth.ClientCertificateContents.Contents;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An app registration signing in with a certificate (client credentials grant with a signed client assertion). MSAL
 * signs the assertion with RS256, so the key must be RSA. The certificate comes as contents, never as a path: a front end
 * reads a file where it can see it (a Jenkins agent's workspace, a Maven project) or hands over a credential's key store.
 */
public final class ClientCertificateCredential extends TokenSourceCredential<ConfidentialClientTokens> {

  /** Far more than any certificate with its chain; a front end reading a file passes this as its limit. */
  public static final long MAX_CONTENT_BYTES = 1024 * 1024;

  private ClientCertificateCredential(Parts<ConfidentialClientTokens> parts) {
    super(parts);
  }

  /**
   * PEM or PKCS#12 bytes; the content decides. PEM: a private key (PKCS#8, PKCS#1 "RSA PRIVATE KEY", or encrypted PKCS#8
   * with password) and the certificate chain; anything else is read as PKCS#12 with the password. Problems (wrong
   * password, no key, EC key — MSAL signs RS256 only —, no certificate, neither PEM nor PKCS#12) → an
   * InvalidSettingsException naming {@code sourceName} and the fix, here, before any request.
   *
   * @param sourceName where the contents came from, as the user knows it: a file path, or "credential 'contoso-cert'"
   *     (messages read "The client certificate credential 'contoso-cert' holds no private key …")
   * @param password of the encrypted key or the PKCS#12 store; null when there is none
   * @throws io.github.mscommerce.core.InvalidSettingsException naming the source and the fix
   */
  public static ClientCertificateCredential fromContents(Authority authority, String clientId, String sourceName,
      byte[] contents, SecretValue password, CredentialOptions options) {
    Objects.requireNonNull(contents, "contents");
    return create(authority, clientId, sourceName, options,
        () -> ClientCertificateContents.read(sourceName, contents, password));
  }

  /**
   * The only key entry of a loaded key store and its chain: what Jenkins' {@code StandardCertificateCredentials
   * .getKeyStore()} gives.
   *
   * @param password of the key entry; Jenkins protects it with the credential's password. Null when there is none.
   * @throws io.github.mscommerce.core.InvalidSettingsException naming the source and the fix
   */
  public static ClientCertificateCredential fromKeyStore(Authority authority, String clientId, String sourceName,
      KeyStore keyStore, SecretValue password, CredentialOptions options) {
    Objects.requireNonNull(keyStore, "keyStore");
    return create(authority, clientId, sourceName, options,
        () -> ClientCertificateContents.fromKeyStore(sourceName, keyStore, password));
  }

  private static ClientCertificateCredential create(Authority authority, String clientId, String sourceName,
      CredentialOptions options, Supplier<Contents> read) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(options, "options");
    String checkedId = ClientIds.require(clientId, "client id");
    Contents contents = read.get();
    requireValidNow(sourceName, contents.leaf(), options.time().now());
    String description = "certificate " + sourceName + " (thumbprint " + sha1Thumbprint(contents.leaf()) + ") of app "
        + checkedId + " in tenant " + authority.tenantId();
    return new ClientCertificateCredential(new Parts<>(description, new ConfidentialClientTokens(authority, checkedId,
        ClientCredentialFactory.createFromCertificateChain(contents.privateKey(), contents.chain()),
        CredentialFingerprint.ofCertificate(contents.privateKey(), contents.chain()), options)));
  }

  /**
   * Entra ID refuses an assertion signed with a certificate outside its validity (AADSTS700027): say so before any
   * request, with the dates, rather than after a round trip.
   */
  private static void requireValidNow(String sourceName, X509Certificate leaf, java.time.Instant now) {
    if (leaf.getNotAfter().toInstant().isBefore(now)) {
      throw new io.github.mscommerce.core.InvalidSettingsException("The client certificate " + sourceName
          + " expired on " + leaf.getNotAfter().toInstant() + ", and Entra ID refuses expired certificates: create a "
          + "new certificate, upload it to the app registration (Certificates & secrets), and use it.");
    }
    if (leaf.getNotBefore().toInstant().isAfter(now)) {
      throw new io.github.mscommerce.core.InvalidSettingsException("The client certificate " + sourceName
          + " is valid only from " + leaf.getNotBefore().toInstant() + ": check this machine's clock, or use a "
          + "certificate that is valid now.");
    }
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
