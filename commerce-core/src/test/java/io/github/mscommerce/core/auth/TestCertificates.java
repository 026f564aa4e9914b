package io.github.mscommerce.core.auth;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Client certificates in every file shape a user may have, made fresh per test run (nothing secret is checked in). */
public final class TestCertificates {

  /** A key pair and its certificate. */
  public record Identity(KeyPair keys, X509Certificate certificate) {
    public PrivateKey privateKey() {
      return keys.getPrivate();
    }
  }

  /** OpenSSL's key formats need BouncyCastle's algorithms; used directly, never registered. */
  private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

  private TestCertificates() {}

  public static Identity rsa(String commonName) {
    KeyPair keys = keyPair("RSA", 2048);
    return new Identity(keys, certificate(commonName, keys, commonName, keys.getPrivate()));
  }

  public static Identity ec(String commonName) {
    KeyPair keys = keyPair("EC", 256);
    return new Identity(keys, certificate(commonName, keys, commonName, keys.getPrivate()));
  }

  /** A certificate whose validity ended a day ago: Entra ID refuses assertions signed with it. */
  public static Identity expiredRsa(String commonName) {
    KeyPair keys = keyPair("RSA", 2048);
    Instant now = Instant.now();
    return new Identity(keys, certificate(commonName, keys, commonName, keys.getPrivate(),
        now.minus(30, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS)));
  }

  /** A leaf certificate issued by {@code issuer} (for chains). */
  public static Identity rsaIssuedBy(String commonName, Identity issuer) {
    KeyPair keys = keyPair("RSA", 2048);
    String issuerName = issuer.certificate().getSubjectX500Principal().getName();
    return new Identity(keys, certificate(commonName, keys, issuerName, issuer.privateKey()));
  }

  public static String pkcs8Pem(PrivateKey key) {
    try {
      return pem(new JcaPKCS8Generator(key, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The traditional OpenSSL form, {@code -----BEGIN RSA PRIVATE KEY-----}. */
  public static String pkcs1Pem(PrivateKey key) {
    return pem(key);
  }

  public static String encryptedPkcs8Pem(PrivateKey key, char[] password) {
    try {
      return pem(new JcaPKCS8Generator(key, new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
          .setProvider(BOUNCY_CASTLE).setPassword(password).build()));
    } catch (OperatorCreationException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code Proc-Type: 4,ENCRYPTED} over an {@code RSA PRIVATE KEY}, as older OpenSSL wrote them. */
  public static String encryptedPkcs1Pem(PrivateKey key, char[] password) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(key, new JcePEMEncryptorBuilder("AES-256-CBC").setProvider(BOUNCY_CASTLE).build(password));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public static String certificatePem(X509Certificate certificate) {
    return pem(certificate);
  }

  public static Path write(Path file, String... pemBlocks) {
    try {
      return Files.writeString(file, String.join("", pemBlocks), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path writePkcs12(Path file, char[] password, PrivateKey key, X509Certificate... chain) {
    try (OutputStream out = Files.newOutputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("client", key, password, chain);
      store.store(out, password);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pem(Object object) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static KeyPair keyPair(String algorithm, int size) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
      generator.initialize(size);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate certificate(String commonName, KeyPair subject, String issuerName,
      PrivateKey issuerKey) {
    Instant now = Instant.now();
    return certificate(commonName, subject, issuerName, issuerKey, now.minus(1, ChronoUnit.HOURS),
        now.plus(2, ChronoUnit.DAYS));
  }

  private static X509Certificate certificate(String commonName, KeyPair subject, String issuerName,
      PrivateKey issuerKey, Instant notBefore, Instant notAfter) {
    X500Name issuer = issuerName.contains("=") ? new X500Name(issuerName) : new X500Name("CN=" + issuerName);
    try {
      JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
          new BigInteger(64, new SecureRandom()), Date.from(notBefore), Date.from(notAfter),
          new X500Name("CN=" + commonName), subject.getPublic());
      String signature = issuerKey.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
      return new JcaX509CertificateConverter()
          .getCertificate(builder.build(new JcaContentSignerBuilder(signature).build(issuerKey)));
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }
}
