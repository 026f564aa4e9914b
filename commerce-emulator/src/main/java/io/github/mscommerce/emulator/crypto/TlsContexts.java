package io.github.mscommerce.emulator.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/** {@link SSLContext}s for the emulator's server side and for clients that must trust exactly its certificate. */
public final class TlsContexts {

  /** TLS 1.2 and 1.3 only by default, as the real service requires TLS 1.2 or newer. */
  public static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};
  /** The versions an emulator may be told to offer instead. */
  public static final List<String> KNOWN_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2", "TLSv1.1", "TLSv1");

  private TlsContexts() {}

  public static SSLContext server(PrivateKey key, X509Certificate certificate) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      // No client certificates are requested, so no trust managers are needed; passing null would make the JDK
      // load the system CA store, a tenth of a second of start-up for nothing.
      context.init(new KeyManager[] {new SingleKeyManager(key, certificate)}, new TrustManager[0], null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up the emulator's TLS server context", e);
    }
  }

  /**
   * @throws IllegalArgumentException when this JVM disables one of {@code protocols} (its security property
   *     {@code jdk.tls.disabledAlgorithms}): every handshake would fail, so say so at start-up instead
   */
  public static void requireEnabled(SSLContext server, List<String> protocols) {
    List<String> enabled = Arrays.asList(server.getDefaultSSLParameters().getProtocols());
    for (String protocol : protocols) {
      if (!enabled.contains(protocol)) {
        throw new IllegalArgumentException(protocol + " is disabled in this JVM, which enables " + enabled
            + "; offer one of those, or re-enable it by removing it from the security property "
            + "jdk.tls.disabledAlgorithms (e.g. java -Djava.security.properties=<file>)");
      }
    }
  }

  /** A client context whose only trust anchor is {@code certificate} (no system CAs). */
  public static SSLContext trusting(X509Certificate certificate) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry("commerce-emulator", certificate);
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("cannot set up a TLS client context trusting the emulator", e);
    }
  }
}
