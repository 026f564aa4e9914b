package io.github.mscommerce.emulator;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Test client: real HTTPS to the emulator with {@code java.net.http}, trusting only its certificate. */
final class EmulatorHttp {

  static final String POLICY_SCOPE = "aeb86249-8ea3-49e2-900b-54cc8e308f85/.default";
  static final String PRODUCTS = "/v1.0/policies/AllowSelfServicePurchase/products";

  private final CommerceEmulator emulator;
  private final HttpClient client;

  EmulatorHttp(CommerceEmulator emulator) {
    this.emulator = emulator;
    this.client = HttpClient.newBuilder().sslContext(emulator.clientSslContext())
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    return send("GET", path, token, null);
  }

  HttpResponse<String> put(String path, String token, String body) throws IOException, InterruptedException {
    return send("PUT", path, token, body);
  }

  /** @param headers name, value, name, value, … */
  HttpResponse<String> send(String method, String path, String token, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
        .timeout(Duration.ofSeconds(20))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
    String body = form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    return client.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Client credentials with a secret in the demo tenant; fails the test unless a token comes back. */
  String appToken(String clientId, String secret) throws IOException, InterruptedException {
    return token(emulator.demo().tenantId(), form("grant_type", "client_credentials", "client_id", clientId,
        "client_secret", secret, "scope", POLICY_SCOPE));
  }

  String readWriteToken() throws IOException, InterruptedException {
    return appToken(emulator.demo().clientId(), emulator.demo().clientSecret());
  }

  /** Username/password with the MSCommerce public client. */
  String userToken(String username) throws IOException, InterruptedException {
    return token(emulator.demo().tenantId(), form("grant_type", "password", "client_id",
        emulator.demo().publicClientId(), "username", username, "password", emulator.demo().userPassword(),
        "scope", POLICY_SCOPE + " openid profile offline_access"));
  }

  String token(String tenant, Map<String, String> form) throws IOException, InterruptedException {
    HttpResponse<String> response = postForm("/" + tenant + "/oauth2/v2.0/token", form);
    if (response.statusCode() != 200) {
      throw new AssertionError("token request failed: " + response.statusCode() + " " + response.body());
    }
    return json(response).get("access_token").getAsString();
  }

  static Map<String, String> form(String... pairs) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  static JsonObject json(HttpResponse<String> response) {
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
