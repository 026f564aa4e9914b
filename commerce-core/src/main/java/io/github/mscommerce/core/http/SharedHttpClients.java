package io.github.mscommerce.core.http;

import io.github.mscommerce.core.internal.LruCache;
import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;

/**
 * One {@link HttpClient} per network configuration for the whole JVM. A Jenkins controller runs many steps, parallel
 * branches and builds in one JVM; a client per task would open new TLS connections to the same hosts every time, and each
 * client owns a selector thread. A shared client keeps its connections alive between tasks.
 *
 * <p>The JDK client is immutable and safe for concurrent use by any number of threads, so sharing needs no locking of
 * ours beyond the lookup. Nothing here is per task: a task holds only a reference, and an evicted client's selector
 * thread ends by itself once nothing references the client (the JDK's thread holds it weakly) and its last exchange is
 * done.
 *
 * <p>A client is built on a thread of its own ({@link SelectorThreads}), from the moment the settings are known
 * ({@link #prepare}): setting up TLS (the JVM's CA store, the trust certificate, the protocol tables) takes a cold JVM
 * about 0.15 s, and so does loading MSAL for the sign-in, which can run meanwhile on the other core.
 */
public final class SharedHttpClients {

  /**
   * Bounded, and small: a JVM sees few configurations (the public cloud, the emulator, a proxy's), but they come from
   * users' settings, and every one kept alive holds a thread and pooled connections. Least recently used goes first.
   */
  static final int MAX_CLIENTS = 4;

  private static final LruCache<NetworkSettings.ClientKey, CompletableFuture<HttpClient>> CLIENTS =
      new LruCache<>(MAX_CLIENTS);

  private SharedHttpClients() {}

  /** The JVM's client for {@code network}'s trust, proxy and connect timeout; the request timeout is per request. */
  static HttpClient forNetwork(NetworkSettings network) {
    CompletableFuture<HttpClient> client = prepare(network);
    try {
      return SelectorThreads.join(client);
    } catch (RuntimeException | Error e) {
      CLIENTS.remove(network.clientKey(), client);
      throw e;
    }
  }

  /** Starts building the client for {@code network} unless there is one; {@link #forNetwork} waits for it. */
  static CompletableFuture<HttpClient> prepare(NetworkSettings network) {
    return CLIENTS.computeIfAbsent(network.clientKey(), key -> SelectorThreads.start(() -> newClient(network)));
  }

  /**
   * Closes every shared client, for a front end whose JVM is ending once nothing is sent any more (see
   * {@link io.github.mscommerce.core.frontend.CancelOnShutdown}): their idle selector threads would hold up the JVM's
   * exit for 0.3 s (see {@link SelectorThreads}). A later call of {@link #forNetwork} builds a new client.
   */
  public static void closeAll() {
    CLIENTS.clear();
    SelectorThreads.stopAll();
  }

  private static HttpClient newClient(NetworkSettings network) {
    // No Authenticator, even for a proxy with credentials: the JDK's client drops a request's own Authorization header
    // whenever one is set, and every request here carries the bearer token in that header.
    return HttpClient.newBuilder()
        .sslContext(network.sslContext())
        .sslParameters(network.sslParameters())
        .connectTimeout(network.connectTimeout())
        .proxy(network.proxySelector())
        // A redirect would carry the bearer token to wherever it points; the service never redirects.
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }
}
