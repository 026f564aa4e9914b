package io.github.mscommerce.core.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.emulator.ClientCertificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;

public class NetworkSettingsTest {

  private static X509Certificate emulatorCa;
  private static X509Certificate proxyCa;

  @BeforeClass
  public static void certificates() {
    emulatorCa = ClientCertificate.generate("emulator-ca").certificate();
    proxyCa = ClientCertificate.generate("proxy-ca").certificate();
  }

  static String pem(X509Certificate certificate) {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static NetworkSettings trusting(String source, String pem) {
    return NetworkSettings.builder().trustCertificatePem(source, pem).build();
  }

  private static String failure(String source, String pem) {
    return assertThrows(InvalidSettingsException.class,
        () -> NetworkSettings.builder().trustCertificatePem(source, pem)).getMessage();
  }

  @Test
  public void trustCertificatePem_bundleWithComments_trustsEveryCertificateInOrder() {
    NetworkSettings network = trusting("/etc/ssl/bundle.pem",
        "subject=CN = emulator-ca\n" + pem(emulatorCa) + "# the proxy\n" + pem(proxyCa));

    assertEquals(List.of(emulatorCa, proxyCa), network.trustCertificates());
    assertEquals("/etc/ssl/bundle.pem", network.trustCertificateSource().orElseThrow());
  }

  @Test
  public void trustCertificatePem_withByteOrderMark_isRead() {
    assertEquals(List.of(emulatorCa), trusting("ca.pem", "\uFEFF" + pem(emulatorCa)).trustCertificates());
  }

  @Test
  public void trustCertificatePem_noCertificate_namesTheSource() {
    assertEquals("The trust certificate from credential 'proxy-ca' holds no certificate: give PEM text with one or more "
        + "-----BEGIN CERTIFICATE----- blocks (a private key or a binary DER file will not do).",
        failure("credential 'proxy-ca'", "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n"));
  }

  @Test
  public void trustCertificatePem_damagedBlock_saysWhichWithoutLibraryWording() {
    String damaged = pem(emulatorCa) + "-----BEGIN CERTIFICATE-----\nMIIB*not base64*\n-----END CERTIFICATE-----\n";

    String message = failure("/etc/ssl/bundle.pem", damaged);

    assertEquals("The trust certificate from /etc/ssl/bundle.pem has a damaged CERTIFICATE block (number 2): copy the "
        + "certificate again, whole, from its -----BEGIN CERTIFICATE----- to its -----END CERTIFICATE----- line.",
        message);
  }

  @Test
  public void trustCertificatePem_cutShort_saysTheEndLineIsMissing() {
    String pem = pem(emulatorCa);
    String cut = pem.substring(0, pem.indexOf("-----END"));

    assertTrue(failure("ca.pem", cut).startsWith("The trust certificate from ca.pem has a -----BEGIN CERTIFICATE----- block "
        + "without its -----END CERTIFICATE----- line: "));
  }

  @Test
  public void equals_sameCertificatesFromAnotherSourceAndLayout_areEqual() {
    NetworkSettings fromFile = trusting("/home/me/emulator.pem", pem(emulatorCa));
    NetworkSettings fromCredential = trusting("credential 'emulator'", "\r\n" + pem(emulatorCa).replace("\n", "\r\n"));

    assertEquals(fromFile, fromCredential);
    assertEquals(fromFile.hashCode(), fromCredential.hashCode());
    assertSame("one TLS context per trust", fromFile.sslContext(), fromCredential.sslContext());
  }

  @Test
  public void equals_differentTrustProxyOrTimeouts_areNotEqual() {
    NetworkSettings base = trusting("ca.pem", pem(emulatorCa));

    assertNotEquals(base, trusting("ca.pem", pem(proxyCa)));
    assertNotEquals(base, NetworkSettings.defaults());
    assertNotEquals(base, NetworkSettings.builder().trustCertificatePem("ca.pem", pem(emulatorCa))
        .proxy(new ProxySettings("proxy.corp.example", 3128, List.of())).build());
    assertNotEquals(base, NetworkSettings.builder().trustCertificatePem("ca.pem", pem(emulatorCa))
        .connectTimeout(Duration.ofSeconds(3)).build());
    assertNotEquals(base, NetworkSettings.builder().trustCertificatePem("ca.pem", pem(emulatorCa))
        .requestTimeout(Duration.ofSeconds(5)).build());
    assertNotSame(base.sslContext(), NetworkSettings.defaults().sslContext());
  }

  @Test
  public void toString_namesTheSourceButNoCertificateContent() {
    String text = trusting("/home/me/emulator.pem", pem(emulatorCa)).toString();

    assertEquals("NetworkSettings[trustCertificate=/home/me/emulator.pem (1 certificate), proxy=JVM default, "
        + "connectTimeout=PT10S, requestTimeout=PT1M]", text);
    assertFalse(text.contains("BEGIN"));
  }
}
