package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.SecretValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Reads a client certificate and its private key the way people have them: PEM (a private key as PKCS#8, PKCS#1
 * {@code RSA PRIVATE KEY} or encrypted PKCS#8, plus the certificate chain), PKCS#12 ({@code .pfx}/{@code .p12}), or an
 * already loaded {@link KeyStore} (what a Jenkins certificate credential holds). For bytes the content decides, not a file
 * name: PEM has {@code -----BEGIN} lines, anything else is read as PKCS#12. Where the bytes came from is the caller's
 * business; {@code sourceName} names them in messages ("/home/me/app.pem", "credential 'contoso-cert'").
 *
 * <p>Every problem is an {@link InvalidSettingsException} naming the source and the fix, raised before any request.
 * Messages never contain the password, nor the crypto library's own wording, which names exception classes and paddings
 * instead of saying what is wrong; the library's exception stays attached as the cause.
 */
final class ClientCertificateContents {

  /** The key MSAL signs the client assertion with, and the certificate chain, leaf first. */
  record Contents(PrivateKey privateKey, List<X509Certificate> chain) {
    X509Certificate leaf() {
      return chain.get(0);
    }
  }

  private static final String PEM_MARKER = "-----BEGIN ";

  /** What editors on Windows put in front of text; BouncyCastle's PEM reader would skip the first block behind it. */
  private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * Decrypting OpenSSL key formats needs algorithms the JDK lacks (OpenSSL's key derivation, BouncyCastle's cipher
   * names). The provider is used directly, never registered, so the JVM's security setup is left as it was.
   */
  private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

  private final String sourceName;

  private ClientCertificateContents(String sourceName) {
    this.sourceName = sourceName;
  }

  /** @param password of the encrypted key or the PKCS#12 store; null when there is none */
  static Contents read(String sourceName, byte[] bytes, SecretValue password) {
    return new ClientCertificateContents(sourceName).read(bytes, password);
  }

  /** @param password of the key entry (for Jenkins certificate credentials, the store's password); null for none */
  static Contents fromKeyStore(String sourceName, KeyStore store, SecretValue password) {
    return new ClientCertificateContents(sourceName).keyEntryOf(store, passwordChars(password));
  }

  private Contents read(byte[] bytes, SecretValue password) {
    if (bytes.length == 0) {
      throw problem("is empty", "give the PEM or PKCS#12 (.pfx/.p12) content of the app's certificate and key", null);
    }
    return new String(bytes, StandardCharsets.ISO_8859_1).contains(PEM_MARKER)
        ? readPem(withoutByteOrderMark(bytes), password)
        : readPkcs12(bytes, password);
  }

  private Contents readPem(byte[] bytes, SecretValue password) {
    List<X509Certificate> certificates = new ArrayList<>();
    List<PrivateKey> keys = new ArrayList<>();
    try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.US_ASCII);
        PEMParser parser = new PEMParser(reader)) {
      for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
        if (object instanceof X509CertificateHolder) {
          certificates.add(new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) object));
        } else {
          PrivateKey key = privateKeyOf(object, password);
          if (key != null) {
            keys.add(key);
          }
        }
      }
    } catch (IOException | CertificateException e) {
      throw problem("is PEM, but one of its blocks is damaged or cut short",
          "give a PEM file with one PRIVATE KEY block and the CERTIFICATE block(s), each complete from its -----BEGIN "
              + "to its -----END line, or a PKCS#12 file", e);
    }
    if (keys.size() != 1) {
      throw problem(keys.isEmpty() ? "holds no private key" : "holds " + keys.size() + " private keys",
          "put exactly one private key (PRIVATE KEY, RSA PRIVATE KEY or ENCRYPTED PRIVATE KEY) and its certificate in "
              + "the file, or use a PKCS#12 (.pfx/.p12) file" + certificateOnlyHint(), null);
    }
    requireRsa(keys.get(0));
    if (certificates.isEmpty()) {
      throw problem("holds a private key but no certificate",
          "append the app's certificate (the -----BEGIN CERTIFICATE----- block uploaded to the app registration)",
          null);
    }
    return new Contents(keys.get(0), leafFirst(keys.get(0), certificates));
  }

  /** Null for PEM objects that are not private keys (public keys, EC parameters): they do no harm. */
  private PrivateKey privateKeyOf(Object object, SecretValue password) throws PEMException {
    JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
    if (object instanceof PrivateKeyInfo) {
      return converter.getPrivateKey((PrivateKeyInfo) object);
    }
    if (object instanceof PEMKeyPair) {
      return converter.getKeyPair((PEMKeyPair) object).getPrivate();
    }
    if (object instanceof PKCS8EncryptedPrivateKeyInfo) {
      char[] secret = requirePassword(password);
      try {
        return converter.getPrivateKey(((PKCS8EncryptedPrivateKeyInfo) object)
            .decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BOUNCY_CASTLE).build(secret)));
      } catch (PKCSException | OperatorCreationException | IllegalArgumentException e) {
        throw wrongPassword(e);
      }
    }
    if (object instanceof PEMEncryptedKeyPair) {
      char[] secret = requirePassword(password);
      try {
        return converter.getKeyPair(((PEMEncryptedKeyPair) object)
            .decryptKeyPair(new JcePEMDecryptorProviderBuilder().setProvider(BOUNCY_CASTLE).build(secret))).getPrivate();
      } catch (IOException | IllegalArgumentException e) {
        throw wrongPassword(e);
      }
    }
    return null;
  }

  private Contents readPkcs12(byte[] bytes, SecretValue password) {
    char[] secret = passwordChars(password);
    KeyStore store;
    try {
      store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(bytes), secret);
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
        throw wrongPassword(e);
      }
      throw problem("is neither PEM nor a readable PKCS#12 file",
          "give a PEM file with the private key and certificate, or a PKCS#12 (.pfx/.p12) file"
              + certificateOnlyHint(), e);
    } catch (GeneralSecurityException e) {
      throw problem("is PKCS#12 protected with an algorithm this Java cannot use",
          "export it again as PKCS#12 with AES-256 encryption, or give a PEM file", e);
    }
    return keyEntryOf(store, secret);
  }

  /** The store's only key entry, with its chain: MSAL signs with one key, and guessing among several would be wrong. */
  private Contents keyEntryOf(KeyStore store, char[] secret) {
    try {
      List<String> keyAliases = new ArrayList<>();
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          keyAliases.add(alias);
        }
      }
      if (keyAliases.size() != 1) {
        throw problem(keyAliases.isEmpty() ? "holds no private key" : "holds " + keyAliases.size() + " private keys",
            "export exactly one certificate with its private key", null);
      }
      String alias = keyAliases.get(0);
      Key key = store.getKey(alias, secret);
      Certificate[] chain = store.getCertificateChain(alias);
      if (!(key instanceof PrivateKey) || chain == null || chain.length == 0) {
        throw problem("has a key entry without a certificate chain",
            "export the certificate together with its private key", null);
      }
      requireRsa((PrivateKey) key);
      List<X509Certificate> certificates = new ArrayList<>();
      for (Certificate certificate : chain) {
        if (!(certificate instanceof X509Certificate)) {
          throw problem("holds a certificate that is not X.509", "export the app's X.509 certificate with its key",
              null);
        }
        certificates.add((X509Certificate) certificate);
      }
      return new Contents((PrivateKey) key, certificates);
    } catch (UnrecoverableKeyException e) {
      throw wrongPassword(e);
    } catch (GeneralSecurityException e) {
      throw problem("cannot be read as a key store", "export it again as PKCS#12, or give a PEM file", e);
    }
  }

  /** The certificate of the (RSA) key first (MSAL sends its thumbprint), then the rest in file order. */
  private List<X509Certificate> leafFirst(PrivateKey key, List<X509Certificate> certificates) {
    for (X509Certificate certificate : certificates) {
      if (certificate.getPublicKey() instanceof RSAKey
          && ((RSAKey) certificate.getPublicKey()).getModulus().equals(((RSAKey) key).getModulus())) {
        List<X509Certificate> chain = new ArrayList<>(certificates);
        chain.remove(certificate);
        chain.add(0, certificate);
        return chain;
      }
    }
    throw problem("holds a private key that belongs to none of its " + certificates.size() + " certificate(s)",
        "put the certificate of this key in the file (or the key of this certificate)", null);
  }

  private void requireRsa(PrivateKey key) {
    if (!"RSA".equalsIgnoreCase(key.getAlgorithm())) {
      throw problem("holds a " + key.getAlgorithm() + " key, but MSAL signs client assertions with RS256 only",
          "create an RSA certificate (2048 bits or more) for the app registration and use that", null);
    }
  }

  private char[] requirePassword(SecretValue password) {
    if (password == null || password.isBlank()) {
      throw problem("holds an encrypted private key, and no password was given",
          "give the certificate password", null);
    }
    return password.reveal().toCharArray();
  }

  private static char[] passwordChars(SecretValue password) {
    return password == null ? new char[0] : password.reveal().toCharArray();
  }

  private static byte[] withoutByteOrderMark(byte[] bytes) {
    boolean marked = bytes.length >= UTF8_BYTE_ORDER_MARK.length
        && Arrays.equals(bytes, 0, UTF8_BYTE_ORDER_MARK.length, UTF8_BYTE_ORDER_MARK, 0, UTF8_BYTE_ORDER_MARK.length);
    return marked ? Arrays.copyOfRange(bytes, UTF8_BYTE_ORDER_MARK.length, bytes.length) : bytes;
  }

  private InvalidSettingsException wrongPassword(Exception cause) {
    // The cause's text is the crypto library's ("pad block corrupted"); it never holds the password, but says nothing
    // a user can act on, so it stays out of the message.
    return problem("cannot be opened with the password given",
        "check the certificate password (and that it belongs to this file)", cause);
  }

  private InvalidSettingsException problem(String what, String fix, Exception cause) {
    return new InvalidSettingsException("The client certificate " + sourceName + " " + what + ": " + fix + ".", cause);
  }

  /** The certificate uploaded to Entra ID is often what people point at; the key is what signing needs. */
  private String certificateOnlyHint() {
    String lower = sourceName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".cer") || lower.endsWith(".crt")
        ? " (a .cer/.crt file usually holds only the certificate, without its private key)" : "";
  }
}
