package io.github.mscommerce.core.http;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.internal.LruCache;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The TLS context: the JVM's trusted CAs, plus optionally the certificates of one PEM text (the emulator's certificate,
 * or the CA of a TLS-inspecting proxy). A server is trusted if either set trusts it; hostname checks stay on.
 *
 * <p>One context per set of extra certificates for the whole JVM: building one reads the JVM's CA store, and every
 * HTTP client and MSAL application of a configuration can share it (an {@link SSLContext} is safe for concurrent use).
 */
final class TrustAnchors {

  private static final Pattern CERTIFICATE_BLOCK =
      Pattern.compile("-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----", Pattern.DOTALL);
  private static final String BEGIN_CERTIFICATE = "-----BEGIN CERTIFICATE-----";

  /** A few trust configurations per JVM at most (the public cloud's, the emulator's, a proxy's CA). */
  private static final LruCache<List<X509Certificate>, SSLContext> CONTEXTS = new LruCache<>(8);

  private TrustAnchors() {}

  /**
   * The certificates of every {@code CERTIFICATE} block, in order; other text (comments, "subject=" lines, other blocks)
   * is ignored, as OpenSSL does.
   *
   * @throws InvalidSettingsException naming {@code sourceName} when there is no certificate or a block is damaged
   */
  static List<X509Certificate> parsePem(String sourceName, String pemText) {
    String text = pemText.startsWith("\uFEFF") ? pemText.substring(1) : pemText;
    List<X509Certificate> certificates = new ArrayList<>();
    Matcher block = CERTIFICATE_BLOCK.matcher(text);
    while (block.find()) {
      certificates.add(certificateOf(sourceName, block.group(1), certificates.size() + 1));
    }
    int begun = text.split(Pattern.quote(BEGIN_CERTIFICATE), -1).length - 1;
    if (begun > certificates.size()) {
      throw damaged(sourceName, "has a -----BEGIN CERTIFICATE----- block without its -----END CERTIFICATE----- line",
          null);
    }
    if (certificates.isEmpty()) {
      throw new InvalidSettingsException("The trust certificate from " + sourceName + " holds no certificate: give PEM text "
          + "with one or more -----BEGIN CERTIFICATE----- blocks (a private key or a binary DER file will not do).");
    }
    return List.copyOf(certificates);
  }

  private static X509Certificate certificateOf(String sourceName, String base64, int number) {
    try {
      byte[] der = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
      return (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(der));
    } catch (IllegalArgumentException | CertificateException e) {
      throw damaged(sourceName, "has a damaged CERTIFICATE block (number " + number + ")", e);
    }
  }

  private static InvalidSettingsException damaged(String sourceName, String what, Exception cause) {
    return new InvalidSettingsException("The trust certificate from " + sourceName + " " + what + ": copy the certificate "
        + "again, whole, from its -----BEGIN CERTIFICATE----- to its -----END CERTIFICATE----- line.", cause);
  }

  /** The shared context that trusts the JVM's CAs and {@code extra} (none: the JVM's CAs only). */
  static SSLContext sslContext(List<X509Certificate> extra) {
    return CONTEXTS.computeIfAbsent(List.copyOf(extra), TrustAnchors::newSslContext);
  }

  private static SSLContext newSslContext(List<X509Certificate> extra) {
    try {
      X509ExtendedTrustManager jvm = trustManagerFor(null);
      TrustManager trust = extra.isEmpty() ? jvm : new EitherTrustManager(jvm, trustManagerFor(keyStoreOf(extra)));
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trust}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM cannot set up TLS: " + e.getMessage(), e);
    }
  }

  private static KeyStore keyStoreOf(List<X509Certificate> certificates) throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    int index = 0;
    for (X509Certificate certificate : certificates) {
      store.setCertificateEntry("extra-" + index++, certificate);
    }
    return store;
  }

  private static X509ExtendedTrustManager trustManagerFor(KeyStore store) throws GeneralSecurityException {
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509ExtendedTrustManager) {
        return (X509ExtendedTrustManager) manager;
      }
    }
    throw new GeneralSecurityException("no X.509 trust manager in " + factory.getAlgorithm());
  }

  /** Trusts what either delegate trusts; when both refuse, reports the JVM's reason (the usual one). */
  private static final class EitherTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager first;
    private final X509ExtendedTrustManager second;

    EitherTrustManager(X509ExtendedTrustManager first, X509ExtendedTrustManager second) {
      this.first = first;
      this.second = second;
    }

    private interface Check {
      void run(X509ExtendedTrustManager manager) throws CertificateException;
    }

    private void either(Check check) throws CertificateException {
      try {
        check.run(first);
      } catch (CertificateException firstFailure) {
        try {
          check.run(second);
        } catch (CertificateException secondFailure) {
          firstFailure.addSuppressed(secondFailure);
          throw firstFailure;
        }
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      either(m -> m.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      either(m -> m.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      either(m -> m.checkServerTrusted(chain, authType));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      either(m -> m.checkClientTrusted(chain, authType, engine));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      either(m -> m.checkClientTrusted(chain, authType, socket));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      either(m -> m.checkClientTrusted(chain, authType));
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      List<X509Certificate> all = new ArrayList<>(List.of(first.getAcceptedIssuers()));
      all.addAll(List.of(second.getAcceptedIssuers()));
      return all.toArray(new X509Certificate[0]);
    }
  }
}
