package io.github.mscommerce.emulator.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/** {@link SSLContext}s for the emulator's server side and for clients that must trust exactly its certificate. */
public final class TlsContexts {

  /** TLS 1.2 and 1.3 only, as the real service requires TLS 1.2 or newer. */
  public static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

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
