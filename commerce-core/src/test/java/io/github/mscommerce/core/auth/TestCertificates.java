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
final class TestCertificates {

  /** A key pair and its certificate. */
  record Identity(KeyPair keys, X509Certificate certificate) {
    PrivateKey privateKey() {
      return keys.getPrivate();
    }
  }

  /** OpenSSL's key formats need BouncyCastle's algorithms; used directly, never registered. */
  private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

  private TestCertificates() {}

  static Identity rsa(String commonName) {
    KeyPair keys = keyPair("RSA", 2048);
    return new Identity(keys, certificate(commonName, keys, commonName, keys.getPrivate()));
  }

  static Identity ec(String commonName) {
    KeyPair keys = keyPair("EC", 256);
    return new Identity(keys, certificate(commonName, keys, commonName, keys.getPrivate()));
  }

  /** A leaf certificate issued by {@code issuer} (for chains). */
  static Identity rsaIssuedBy(String commonName, Identity issuer) {
    KeyPair keys = keyPair("RSA", 2048);
    String issuerName = issuer.certificate().getSubjectX500Principal().getName();
    return new Identity(keys, certificate(commonName, keys, issuerName, issuer.privateKey()));
  }

  static String pkcs8Pem(PrivateKey key) {
    try {
      return pem(new JcaPKCS8Generator(key, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The traditional OpenSSL form, {@code -----BEGIN RSA PRIVATE KEY-----}. */
  static String pkcs1Pem(PrivateKey key) {
    return pem(key);
  }

  static String encryptedPkcs8Pem(PrivateKey key, char[] password) {
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
  static String encryptedPkcs1Pem(PrivateKey key, char[] password) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(key, new JcePEMEncryptorBuilder("AES-256-CBC").setProvider(BOUNCY_CASTLE).build(password));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String certificatePem(X509Certificate certificate) {
    return pem(certificate);
  }

  static Path write(Path file, String... pemBlocks) {
    try {
      return Files.writeString(file, String.join("", pemBlocks), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path writePkcs12(Path file, char[] password, PrivateKey key, X509Certificate... chain) {
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
    X500Name issuer = issuerName.contains("=") ? new X500Name(issuerName) : new X500Name("CN=" + issuerName);
    try {
      JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
          new BigInteger(64, new SecureRandom()), Date.from(now.minus(1, ChronoUnit.HOURS)),
          Date.from(now.plus(2, ChronoUnit.DAYS)), new X500Name("CN=" + commonName), subject.getPublic());
      String signature = issuerKey.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
      return new JcaX509CertificateConverter()
          .getCertificate(builder.build(new JcaContentSignerBuilder(signature).build(issuerKey)));
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }
}
