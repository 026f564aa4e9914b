package io.github.mscommerce.emulator.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Key pairs and self-signed certificates made at run time with BouncyCastle's builders over the JDK's own JCA
 * providers (the BouncyCastle provider is never registered, so nothing global changes).
 */
public final class SelfSignedCertificates {

  private static final SecureRandom RANDOM = new SecureRandom();
  // Back-dated so a client whose clock is slightly behind still accepts the certificate.
  private static final Duration BACKDATE = Duration.ofMinutes(5);

  private SelfSignedCertificates() {}

  public static KeyPair ecP256() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot make an EC P-256 key", e);
    }
  }

  public static KeyPair rsa2048() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot make an RSA key", e);
    }
  }

  /** The emulator's TLS certificate: {@code CN=localhost}, SAN {@code IP:127.0.0.1} and {@code DNS:localhost}. */
  public static X509Certificate loopbackServer(KeyPair keyPair, Duration validity) {
    return server(keyPair, validity, CertificateNames.LOOPBACK);
  }

  /** A TLS server certificate for exactly these {@link CertificateNames names}. */
  public static X509Certificate server(KeyPair keyPair, Duration validity, List<String> names) {
    CertificateNames.check(names);
    return build(keyPair, CertificateNames.commonName(names), validity, "SHA256withECDSA",
        CertificateNames.generalNames(names));
  }

  /** A client certificate for the certificate credential flow: RSA, as MSAL4J can only sign with RSA keys. */
  public static X509Certificate client(KeyPair keyPair, String commonName, Duration validity) {
    return build(keyPair, commonName, validity, "SHA256withRSA", null);
  }

  private static X509Certificate build(
      KeyPair keyPair, String commonName, Duration validity, String signatureAlgorithm, GeneralNames altNames) {
    Instant now = Instant.now();
    X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
    X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, RANDOM).abs(),
        Date.from(now.minus(BACKDATE)), Date.from(now.plus(validity)), subject, keyPair.getPublic());
    try {
      if (altNames != null) {
        builder.addExtension(Extension.subjectAlternativeName, false, altNames);
      }
      return new JcaX509CertificateConverter().getCertificate(
          builder.build(new JcaContentSignerBuilder(signatureAlgorithm).build(keyPair.getPrivate())));
    } catch (CertIOException | OperatorCreationException | java.security.cert.CertificateException e) {
      throw new IllegalStateException("cannot build a self-signed certificate for CN=" + commonName, e);
    }
  }
}
