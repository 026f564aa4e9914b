package io.github.mscommerce.emulator.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.github.mscommerce.emulator.crypto.TlsContexts;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The JDK HTTPS server, bound to 127.0.0.1 only, speaking TLS 1.2 and 1.3, with a pool of daemon worker threads
 * (clients send PUTs in parallel, and latency faults keep workers asleep).
 */
public final class LoopbackHttpsServer {

  private static final byte[] LOOPBACK = {127, 0, 0, 1};

  /**
   * The JDK server writes headers and body separately and leaves Nagle's algorithm on, so each answer waits for the
   * client's delayed ACK: about 40 ms per request on loopback, which swamps any latency a test injects. The JDK reads
   * this switch once, when its first server class loads; a JVM that set it explicitly keeps its choice.
   */
  static {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpsServer server;
  private final ThreadPoolExecutor executor;

  private LoopbackHttpsServer(HttpsServer server, ThreadPoolExecutor executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Binds the port now (so the caller learns an ephemeral port before configuring TLS); serves after
   * {@link #start}.
   */
  public static LoopbackHttpsServer bind(int port, int threads) throws IOException {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), port);
    HttpsServer server;
    try {
      server = HttpsServer.create(address, 0);
    } catch (BindException e) {
      throw new BindException("Cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + "); choose another "
          + "port, or 0 for a free one");
    }
    ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), daemonThreads());
    executor.allowCoreThreadTimeOut(true); // idle emulators hold no threads
    server.setExecutor(executor);
    return new LoopbackHttpsServer(server, executor);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public void start(SSLContext sslContext, HttpHandler dispatcher, String adminPrefix, HttpHandler admin) {
    server.setHttpsConfigurator(new HttpsConfigurator(sslContext) {
      @Override
      public void configure(HttpsParameters parameters) {
        SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
        ssl.setProtocols(TlsContexts.PROTOCOLS);
        parameters.setSSLParameters(ssl);
      }
    });
    server.createContext("/", dispatcher);
    server.createContext(adminPrefix, admin);
    server.start();
  }

  /** Stops at once: open exchanges are cut and sleeping latency faults interrupted. */
  public void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "commerce-emulator-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
