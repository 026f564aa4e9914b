package io.github.mscommerce.emulator.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** {@link SSLContext}s for the emulator's server side and for clients that must trust exactly its certificate. */
public final class TlsContexts {

  /** TLS 1.2 and 1.3 only, as the real service requires TLS 1.2 or newer. */
  public static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

  private static final char[] IN_MEMORY_PASSWORD = "in-memory".toCharArray();

  private TlsContexts() {}

  public static SSLContext server(PrivateKey key, X509Certificate certificate) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("emulator", key, IN_MEMORY_PASSWORD, new X509Certificate[] {certificate});
      KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, IN_MEMORY_PASSWORD);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (GeneralSecurityException | java.io.IOException e) {
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
