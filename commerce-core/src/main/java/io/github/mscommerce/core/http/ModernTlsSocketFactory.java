package io.github.mscommerce.core.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Arrays;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Restricts MSAL's {@code HttpsURLConnection} sockets to TLS 1.2 and 1.3, as the Java HTTP client is restricted through
 * its {@code SSLParameters}: the service requires TLS 1.2+, and a JVM configured to allow older versions must not offer them.
 */
final class ModernTlsSocketFactory extends SSLSocketFactory {

  private final SSLSocketFactory delegate;

  ModernTlsSocketFactory(SSLSocketFactory delegate) {
    this.delegate = delegate;
  }

  private Socket restrict(Socket socket) {
    if (socket instanceof SSLSocket) {
      SSLSocket ssl = (SSLSocket) socket;
      ssl.setEnabledProtocols(Arrays.stream(ssl.getSupportedProtocols())
          .filter(NetworkSettings.TLS_PROTOCOLS::contains).toArray(String[]::new));
    }
    return socket;
  }

  @Override
  public String[] getDefaultCipherSuites() {
    return delegate.getDefaultCipherSuites();
  }

  @Override
  public String[] getSupportedCipherSuites() {
    return delegate.getSupportedCipherSuites();
  }

  @Override
  public Socket createSocket() throws IOException {
    return restrict(delegate.createSocket());
  }

  @Override
  public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
    return restrict(delegate.createSocket(socket, host, port, autoClose));
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return restrict(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return restrict(delegate.createSocket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return restrict(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return restrict(delegate.createSocket(address, port, localAddress, localPort));
  }
}
