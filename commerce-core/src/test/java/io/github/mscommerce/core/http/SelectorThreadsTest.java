package io.github.mscommerce.core.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class SelectorThreadsTest {

  private HttpServer server;

  @Before
  public void startServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @After
  public void stopServer() {
    server.stop(0);
  }

  private String get(HttpClient client) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"))
        .build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  private static Set<Thread> selectorThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().endsWith("-SelectorManager")).collect(Collectors.toSet());
  }

  @Test
  public void stopAll_afterAnExchange_endsTheThreadTheClientStarted() throws Exception {
    // That thread waits in native code, and the JVM's exit waited 0.3 s for it after every Maven run that signed in.
    Set<Thread> before = selectorThreads();
    HttpClient client = SelectorThreads.join(SelectorThreads.start(HttpClient::newHttpClient));
    assertEquals("ok", get(client));
    Set<Thread> started = new HashSet<>(selectorThreads());
    started.removeAll(before);
    assertEquals("the client's own selector thread", 1, started.size());

    SelectorThreads.stopAll();

    assertFalse("still running after stopAll", started.iterator().next().isAlive());
  }

  @Test
  public void join_whileInterrupted_waitsForTheClientAndKeepsTheInterrupt() {
    Thread.currentThread().interrupt();
    try {
      HttpClient client = SelectorThreads.join(SelectorThreads.start(HttpClient::newHttpClient));

      assertTrue(client.connectTimeout().isEmpty());
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  public void join_aBuildThatFailed_throwsItsException() {
    IllegalStateException refused = new IllegalStateException("no TLS here");
    try {
      SelectorThreads.join(SelectorThreads.start(() -> {
        throw refused;
      }));
    } catch (IllegalStateException e) {
      assertEquals(refused, e);
      return;
    }
    throw new AssertionError("no exception");
  }

  @Test
  public void closeAll_thenForNetwork_buildsANewClientThatWorks() throws Exception {
    NetworkSettings network = NetworkSettings.builder().build();
    HttpClient closed = SharedHttpClients.forNetwork(network);

    SharedHttpClients.closeAll();
    HttpClient next = SharedHttpClients.forNetwork(network);

    assertNotSame(closed, next);
    assertEquals("ok", get(next));
  }
}
