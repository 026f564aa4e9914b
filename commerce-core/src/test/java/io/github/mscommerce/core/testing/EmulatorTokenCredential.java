package io.github.mscommerce.core.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.TokenCredential;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * Test double that is not a mock: fetches real tokens from the emulator's token endpoint with a plain client-credentials
 * POST (no MSAL), caches one, and counts how often it went to the network. Lets client and policy-as-code tests run over
 * real HTTPS without depending on the MSAL credentials under test elsewhere.
 */
public final class EmulatorTokenCredential implements TokenCredential {

  private final URI tokenEndpoint;
  private final String clientId;
  private final String clientSecret;
  private final HttpClient http;
  private final AtomicInteger fetches = new AtomicInteger();
  private volatile AccessToken cached;

  public EmulatorTokenCredential(URI baseUrl, String tenantId, String clientId, String clientSecret, SSLContext trust) {
    this.tokenEndpoint = URI.create(baseUrl + "/" + tenantId + "/oauth2/v2.0/token");
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.http = HttpClient.newBuilder().sslContext(trust).build();
  }

  @Override
  public synchronized AccessToken token(boolean forceRefresh) {
    if (cached == null || forceRefresh) {
      cached = fetch();
    }
    return cached;
  }

  /** How many tokens were fetched over the network. */
  public int fetches() {
    return fetches.get();
  }

  private AccessToken fetch() {
    String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
        + encode(clientSecret) + "&scope=" + encode(SCOPE);
    HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("token endpoint answered " + response.statusCode());
      }
      fetches.incrementAndGet();
      JsonObject json = JsonParser.parseString(response.body()).getAsJsonObject();
      long expiresIn = json.get("expires_in").getAsLong();
      return new AccessToken(SecretValue.of(json.get("access_token").getAsString(), "the emulator"),
          Instant.now().plusSeconds(expiresIn));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public String description() {
    return "emulator test token for app " + clientId;
  }
}
