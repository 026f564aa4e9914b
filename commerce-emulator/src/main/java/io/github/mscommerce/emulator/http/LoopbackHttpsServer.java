package io.github.mscommerce.emulator.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The JDK HTTPS server, bound to 127.0.0.1 only, speaking the TLS versions it is given, with a pool of daemon worker
 * threads for the requests being worked on and a {@link Delays} timer for the ones a fault holds back.
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
  private final Delays delays;

  private LoopbackHttpsServer(HttpsServer server, ThreadPoolExecutor executor) {
    this.server = server;
    this.executor = executor;
    this.delays = new Delays(executor);
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

  /** Where handlers put work that must wait, so that waiting holds no worker thread. */
  public Delays delays() {
    return delays;
  }

  /** @param protocols the TLS versions offered, e.g. {@code TLSv1.3} */
  public void start(SSLContext sslContext, List<String> protocols, HttpHandler dispatcher, String adminPrefix,
                    HttpHandler admin) {
    String[] offered = protocols.toArray(String[]::new);
    server.setHttpsConfigurator(new HttpsConfigurator(sslContext) {
      @Override
      public void configure(HttpsParameters parameters) {
        SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
        ssl.setProtocols(offered);
        parameters.setSSLParameters(ssl);
      }
    });
    server.createContext("/", dispatcher);
    server.createContext(adminPrefix, admin);
    server.start();
  }

  /** Stops at once: open exchanges are cut, and work held back by a fault is dropped. */
  public void stop() {
    server.stop(0);
    delays.stop();
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
