package io.github.mscommerce.core.auth;

import com.microsoft.aad.msal4j.HttpMethod;
import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.HttpResponse;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import io.github.mscommerce.core.http.LimitedBody;
import io.github.mscommerce.core.http.NetworkSettings;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * MSAL's HTTP calls over the same {@code java.net.http} client as the service's: the same trust, TLS 1.2+ only,
 * proxy, timeouts and response size limit, and one connection pool.
 *
 * <p>Why not MSAL's own client: it uses {@code HttpURLConnection}, which silently sends a POST again when the
 * connection drops before the answer ({@code sun.net.http.retryPost}, on by default). A token request would then be
 * repeated without a log line and outside our retry policy; turning that off is a JVM-wide system property, which a
 * library must not change under a Jenkins controller. The JDK's HTTP client never resends a POST by itself, so every
 * retry of a token request is ours, counted and logged by {@link TokenAcquirer}.
 */
final class MsalHttpClient implements IHttpClient {

  /** Headers the JDK client sets itself and refuses from callers. */
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final NetworkSettings network;
  private final HttpClient client;

  MsalHttpClient(NetworkSettings network) {
    this.network = network;
    this.client = network.httpClient();
  }

  @Override
  public IHttpResponse send(HttpRequest request) throws Exception {
    java.net.http.HttpRequest.Builder builder;
    try {
      builder = java.net.http.HttpRequest.newBuilder(request.url().toURI()).timeout(network.requestTimeout());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("MSAL asked for an address that is not a URI: " + e.getReason(), e);
    }
    for (Map.Entry<String, String> header : request.headers().entrySet()) {
      if (header.getValue() != null && !RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        builder.header(header.getKey(), header.getValue());
      }
    }
    if (request.httpMethod() == HttpMethod.POST) {
      builder.POST(java.net.http.HttpRequest.BodyPublishers.ofString(request.body() == null ? "" : request.body()));
    } else {
      builder.method(request.httpMethod().methodName, java.net.http.HttpRequest.BodyPublishers.noBody());
    }
    java.net.http.HttpResponse<String> answer = client.send(builder.build(),
        LimitedBody.handler(network.maxResponseBytes()));
    HttpResponse response = new HttpResponse().statusCode(answer.statusCode()).body(answer.body());
    response.addHeaders(answer.headers().map());
    return response;
  }
}
