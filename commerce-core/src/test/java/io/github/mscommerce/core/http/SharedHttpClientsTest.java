package io.github.mscommerce.core.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;

import io.github.mscommerce.emulator.ClientCertificate;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

public class SharedHttpClientsTest {

  /** Settings no other test uses, so this test's entries are its own. */
  private static NetworkSettings unique(Duration connectTimeout) {
    return NetworkSettings.builder()
        .trustCertificatePem("ca.pem", NetworkSettingsTest.pem(ClientCertificate.generate("ca").certificate()))
        .connectTimeout(connectTimeout).build();
  }

  @Test
  public void forNetwork_equalSettingsBuiltSeparately_shareOneClient() {
    String pem = NetworkSettingsTest.pem(ClientCertificate.generate("shared-ca").certificate());
    NetworkSettings first = NetworkSettings.builder().trustCertificatePem("/a/ca.pem", pem).build();
    NetworkSettings second = NetworkSettings.builder().trustCertificatePem("credential 'ca'", pem).build();

    assertSame(SharedHttpClients.forNetwork(first), SharedHttpClients.forNetwork(second));
  }

  @Test
  public void forNetwork_afterPrepare_isTheClientPrepared() {
    NetworkSettings network = unique(Duration.ofSeconds(6));

    network.prepareHttpClient();

    assertSame(SelectorThreads.join(SharedHttpClients.prepare(network)), SharedHttpClients.forNetwork(network));
  }

  @Test
  public void forNetwork_settingsDifferingInRequestTimeoutOnly_shareTheClient() {
    NetworkSettings base = unique(Duration.ofSeconds(7));
    NetworkSettings slower = NetworkSettings.builder()
        .trustCertificatePem("ca.pem", NetworkSettingsTest.pem(base.trustCertificates().get(0)))
        .connectTimeout(Duration.ofSeconds(7)).requestTimeout(Duration.ofMinutes(5)).build();

    assertSame(SharedHttpClients.forNetwork(base), SharedHttpClients.forNetwork(slower));
  }

  @Test
  public void forNetwork_otherConnectTimeout_getsItsOwnClient() {
    NetworkSettings base = unique(Duration.ofSeconds(7));
    NetworkSettings quicker = NetworkSettings.builder()
        .trustCertificatePem("ca.pem", NetworkSettingsTest.pem(base.trustCertificates().get(0)))
        .connectTimeout(Duration.ofSeconds(2)).build();

    HttpClient client = SharedHttpClients.forNetwork(quicker);

    assertNotSame(SharedHttpClients.forNetwork(base), client);
    assertEquals(Duration.ofSeconds(2), client.connectTimeout().orElseThrow());
  }

  @Test
  public void forNetwork_moreConfigurationsThanTheBound_dropsTheLeastRecentlyUsed() {
    NetworkSettings first = unique(Duration.ofSeconds(9));
    HttpClient firstClient = SharedHttpClients.forNetwork(first);
    for (int i = 0; i < SharedHttpClients.MAX_CLIENTS; i++) {
      SharedHttpClients.forNetwork(unique(Duration.ofSeconds(9)));
    }

    assertNotSame("built again after eviction", firstClient, SharedHttpClients.forNetwork(first));
  }

  @Test
  public void forNetwork_parallelTasksWithAColdCache_getOneClient() throws Exception {
    NetworkSettings network = unique(Duration.ofSeconds(8));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpClient>> clients = new ArrayList<>();
      Callable<HttpClient> task = () -> {
        start.await(10, TimeUnit.SECONDS);
        return SharedHttpClients.forNetwork(network);
      };
      for (int i = 0; i < 8; i++) {
        clients.add(pool.submit(task));
      }
      start.countDown();
      Set<HttpClient> distinct = new HashSet<>();
      for (Future<HttpClient> client : clients) {
        distinct.add(client.get(10, TimeUnit.SECONDS));
      }
      assertEquals(1, distinct.size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void forNetwork_proxyWithCredentials_keepsTheRequestsOwnAuthorizationHeader() throws Exception {
    // A Jenkins proxy with a user name once gave the client an Authenticator, and the JDK then dropped every request's
    // bearer token: each call got 401. Loopback bypasses the proxy, so a local server sees what the client sends.
    NetworkSettings network = NetworkSettings.builder()
        .proxy(new ProxySettings("proxy.corp.example", 3128, List.of(), true)).build();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] seen = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, seen.length);
      exchange.getResponseBody().write(seen);
      exchange.close();
    });
    server.start();
    try {
      HttpResponse<String> response = SharedHttpClients.forNetwork(network).send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/")).header("Authorization", "Bearer t")
          .build(), HttpResponse.BodyHandlers.ofString());
      assertEquals("Bearer t", response.body());
      assertEquals(Optional.empty(), SharedHttpClients.forNetwork(network).authenticator());
    } finally {
      server.stop(0);
    }
  }
}
