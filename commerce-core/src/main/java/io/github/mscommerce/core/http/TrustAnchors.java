package io.github.mscommerce.core.http;

import io.github.mscommerce.core.InvalidSettingsException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Builds the TLS context: the JVM's trusted CAs, plus optionally the certificates of one PEM file (the emulator's
 * certificate, or the CA of a TLS-inspecting proxy). A server is trusted if either set trusts it; hostname checks stay on.
 */
final class TrustAnchors {

  private TrustAnchors() {}

  static SSLContext sslContext(Path extraPem) {
    try {
      X509ExtendedTrustManager jvm = trustManagerFor(null);
      TrustManager trust = extraPem == null ? jvm : new EitherTrustManager(jvm, trustManagerFor(keyStoreOf(extraPem)));
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trust}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM cannot set up TLS: " + e.getMessage(), e);
    }
  }

  private static KeyStore keyStoreOf(Path pem) throws GeneralSecurityException {
    Collection<? extends java.security.cert.Certificate> certificates;
    try (InputStream in = Files.newInputStream(pem)) {
      certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
    } catch (IOException e) {
      throw new InvalidSettingsException("Cannot read the trust certificate " + pem + ": " + e.getMessage()
          + ". Give the path of a PEM file with one or more CERTIFICATE blocks.", e);
    } catch (CertificateException e) {
      throw new InvalidSettingsException("The trust certificate " + pem + " is not a PEM certificate (" + e.getMessage()
          + "). Give a file with one or more -----BEGIN CERTIFICATE----- blocks.", e);
    }
    if (certificates.isEmpty()) {
      throw new InvalidSettingsException("The trust certificate " + pem + " holds no certificate. Give a file with one "
          + "or more -----BEGIN CERTIFICATE----- blocks.");
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    int index = 0;
    for (java.security.cert.Certificate certificate : certificates) {
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
