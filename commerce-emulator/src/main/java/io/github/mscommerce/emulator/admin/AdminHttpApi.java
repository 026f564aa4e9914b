package io.github.mscommerce.emulator.admin;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.mscommerce.emulator.Demo;
import io.github.mscommerce.emulator.http.Dispatcher;
import io.github.mscommerce.emulator.http.Endpoint;
import io.github.mscommerce.emulator.http.Request;
import io.github.mscommerce.emulator.http.RequestFacts;
import io.github.mscommerce.emulator.http.Response;
import io.github.mscommerce.emulator.http.ResponseWriter;
import io.github.mscommerce.emulator.http.Route;
import io.github.mscommerce.emulator.http.RouteFamily;
import io.github.mscommerce.emulator.http.Router;
import io.github.mscommerce.emulator.http.UrlEncoding;
import io.github.mscommerce.emulator.json.JsonFields;
import io.github.mscommerce.emulator.state.StateParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The admin API under {@code /_emulator}. <strong>Not part of the real service</strong>: it exists so tests and
 * pipelines can seed, inspect and disturb the emulator. No authentication (the server listens on loopback only);
 * JSON in and out; errors are {@code {"error": "..."}} with 400 (bad input) or 404 (unknown item or route). Admin
 * requests are neither journaled nor faulted.
 */
public final class AdminHttpApi implements HttpHandler {

  public static final String PREFIX = "/_emulator";
  private static final RouteFamily ADMIN = new AdminRouteFamily();

  private final InProcessAdmin admin;
  private final StateParser parser;
  private final Demo demo;
  private final Router router;

  public AdminHttpApi(InProcessAdmin admin, StateParser parser, Demo demo) {
    this.admin = admin;
    this.parser = parser;
    this.demo = demo;
    this.router = new Router(routes());
  }

  private List<Route> routes() {
    return List.of(
        Route.at(PREFIX + "/reset", ADMIN).post(action(request -> admin.reset())).build(),
        Route.at(PREFIX + "/state", ADMIN).get(request -> rawJson(admin.dumpState()))
            .put(action(request -> admin.loadState(request.bodyText()))).build(),
        Route.at(PREFIX + "/products", ADMIN).post(this::releaseProduct).build(),
        Route.at(PREFIX + "/tenants", ADMIN).get(request -> json(AdminJson.tenants(admin.tenants()))).build(),
        Route.at(PREFIX + "/tenants/generate", ADMIN).post(action(request ->
            admin.generateTenants(AdminJson.generatedTenants(AdminJson.body(request.bodyText()))))).build(),
        Route.at(PREFIX + "/tenants/{tenantId}", ADMIN)
            .get(request -> json(AdminJson.tenant(admin.tenant(request.pathParameter("tenantId"))))).build(),
        Route.at(PREFIX + "/tenants/{tenantId}/apps/{clientId}", ADMIN).delete(action(request ->
            admin.unregisterApp(request.pathParameter("tenantId"), request.pathParameter("clientId")))).build(),
        Route.at(PREFIX + "/tenants/{tenantId}/apps/{clientId}/roles", ADMIN).delete(action(request ->
            admin.revokeAppRoles(request.pathParameter("tenantId"), request.pathParameter("clientId")))).build(),
        Route.at(PREFIX + "/tenants/{tenantId}/products/{productId}", ADMIN)
            .get(this::productValue).put(this::setProductValue).build(),
        Route.at(PREFIX + "/tenants/{tenantId}/offerTypes/{offerType}", ADMIN)
            .get(this::offerTypeValue).put(this::setOfferTypeValue).build(),
        Route.at(PREFIX + "/apps", ADMIN).post(action(request -> admin.registerApp(requiredTenant(request),
            parser.app(request.bodyText(), "POST " + PREFIX + "/apps body")))).build(),
        Route.at(PREFIX + "/users", ADMIN).post(action(request -> admin.registerUser(requiredTenant(request),
            parser.user(request.bodyText(), "POST " + PREFIX + "/users body")))).build(),
        Route.at(PREFIX + "/faults/random", ADMIN).put(action(request -> admin.injectRandomFaults(
            AdminJson.randomFaults(AdminJson.body(request.bodyText())))))
            .delete(action(request -> admin.clearFaults())).build(),
        Route.at(PREFIX + "/faults/random/run", ADMIN).post(action(request -> admin.startRandomFaultRun(
            AdminJson.body(request.bodyText()).allowOnly("run").requiredWholeNumber("run")))).build(),
        Route.at(PREFIX + "/faults", ADMIN).get(request -> json(AdminJson.faults(admin.installedFaults(),
                admin.randomFaults())))
            .post(action(request -> admin.injectFault(AdminJson.fault(AdminJson.body(request.bodyText())))))
            .delete(action(request -> admin.clearFaults())).build(),
        Route.at(PREFIX + "/token-lifetime", ADMIN).put(action(request -> admin.setTokenLifetime(Duration.ofSeconds(
            AdminJson.body(request.bodyText()).allowOnly("expiresIn").requiredWholeNumber("expiresIn"))))).build(),
        Route.at(PREFIX + "/tokens/expire", ADMIN).post(action(request -> admin.expireIssuedTokens())).build(),
        Route.at(PREFIX + "/device-codes", ADMIN).get(request -> pendingDeviceCodes()).build(),
        Route.at(PREFIX + "/device-codes/approve", ADMIN).post(action(request -> {
          JsonFields body = AdminJson.body(request.bodyText()).allowOnly("userCode", "username");
          admin.approveDeviceCode(body.requiredString("userCode"), body.requiredString("username"));
        })).build(),
        Route.at(PREFIX + "/device-codes/auto-approve", ADMIN).post(action(request -> {
          JsonFields body = AdminJson.body(request.bodyText()).allowOnly("afterPolls", "username");
          admin.autoApproveDeviceCodes(Math.toIntExact(body.requiredWholeNumber("afterPolls")),
              body.requiredString("username"));
        })).build(),
        Route.at(PREFIX + "/device-codes/expire", ADMIN).post(action(request ->
            admin.expireDeviceCode(AdminJson.body(request.bodyText()).allowOnly("userCode")
                .requiredString("userCode")))).build(),
        Route.at(PREFIX + "/federated-tokens", ADMIN).post(this::mintFederatedToken).build(),
        Route.at(PREFIX + "/journal", ADMIN).get(request -> json(AdminJson.journal(admin.journal(),
            admin.journalCounts(), admin.faultCounts()))).delete(action(request -> admin.clearJournal())).build(),
        Route.at(PREFIX + "/faults/counts", ADMIN).get(request -> json(AdminJson.faultCounts(admin.faultCounts())))
            .build(),
        Route.at(PREFIX + "/demo", ADMIN).get(request -> json(AdminJson.demo(demo))).build());
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      String rawPath = exchange.getRequestURI().getRawPath();
      byte[] body = Dispatcher.readBody(exchange.getRequestBody());
      Optional<Router.Match> match = router.match(rawPath);
      Request request = new Request(method, rawPath, match.map(Router.Match::parameters).orElse(Map.of()),
          UrlEncoding.form(exchange.getRequestURI().getRawQuery()),
          exchange.getRequestHeaders(), body == null ? new byte[0] : body, null);
      ResponseWriter.send(exchange, body == null ? error(413, "The request body is too large.") : serve(match, request));
    }
  }

  private Response serve(Optional<Router.Match> match, Request request) {
    if (match.isEmpty()) {
      return error(404, "No admin route " + request.method() + " " + request.rawPath() + "; see the emulator "
          + "README for the admin API");
    }
    Route route = match.get().route();
    Optional<Endpoint> endpoint = route.endpoint(request.method());
    if (endpoint.isEmpty()) {
      return error(405, "Use " + route.allowedMethods() + " for " + route.template())
          .withHeader("Allow", route.allowedMethods());
    }
    try {
      return endpoint.get().handle(request);
    } catch (UnknownItemException e) {
      return error(404, e.getMessage());
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      return error(400, e.getMessage());
    }
  }

  private Response releaseProduct(Request request) {
    JsonFields body = AdminJson.body(request.bodyText()).allowOnly("productId", "productName");
    admin.releaseProduct(body.requiredString("productId"), body.requiredString("productName"));
    return json(AdminJson.ok());
  }

  private Response productValue(Request request) {
    String tenantId = request.pathParameter("tenantId");
    String productId = request.pathParameter("productId");
    return value(tenantId, "productId", productId, admin.productValue(tenantId, productId));
  }

  private Response setProductValue(Request request) {
    String tenantId = request.pathParameter("tenantId");
    String productId = request.pathParameter("productId");
    admin.setProductValue(tenantId, productId, policyValue(request));
    return productValue(request);
  }

  private Response offerTypeValue(Request request) {
    String tenantId = request.pathParameter("tenantId");
    String offerType = request.pathParameter("offerType");
    return value(tenantId, "offerType", offerType, admin.offerTypeValue(tenantId, offerType));
  }

  private Response setOfferTypeValue(Request request) {
    admin.setOfferTypeValue(request.pathParameter("tenantId"), request.pathParameter("offerType"),
        policyValue(request));
    return offerTypeValue(request);
  }

  private Response pendingDeviceCodes() {
    JsonArray codes = new JsonArray();
    admin.pendingDeviceCodes().forEach(codes::add);
    JsonObject body = new JsonObject();
    body.add("pending", codes);
    return json(body);
  }

  private Response mintFederatedToken(Request request) {
    JsonFields body = AdminJson.body(request.bodyText()).allowOnly("subject", "audience", "expiresIn");
    String token = admin.mintFederatedToken(body.requiredString("subject"),
        body.optionalString("audience").orElse("api://AzureADTokenExchange"),
        Duration.ofSeconds(body.optionalWholeNumber("expiresIn").orElse(3600L)));
    JsonObject result = new JsonObject();
    result.addProperty("token", token);
    return json(result);
  }

  private static String policyValue(Request request) {
    return AdminJson.body(request.bodyText()).allowOnly("policyValue").requiredString("policyValue");
  }

  private static Response value(String tenantId, String idName, String id, String value) {
    JsonObject body = new JsonObject();
    body.addProperty("tenantId", tenantId);
    body.addProperty(idName, id);
    body.addProperty("policyValue", value);
    return json(body);
  }

  private static String requiredTenant(Request request) {
    String tenant = request.queryParameter("tenant");
    if (tenant == null || tenant.isBlank()) {
      throw new IllegalArgumentException("Add ?tenant=<tenant id> to say which tenant to register in");
    }
    return tenant;
  }

  private static Endpoint action(Consumer<Request> action) {
    return request -> {
      action.accept(request);
      return json(AdminJson.ok());
    };
  }

  private static Response json(JsonElement body) {
    return Response.json(200, body);
  }

  private static Response rawJson(String json) {
    return new Response(200, Map.of("Content-Type", Response.JSON), json.getBytes(StandardCharsets.UTF_8),
        RequestFacts.NONE);
  }

  static Response error(int status, String message) {
    JsonObject body = new JsonObject();
    body.addProperty("error", message);
    return Response.json(status, body);
  }

  /** Admin errors are {@code {"error": "..."}}. */
  private static final class AdminRouteFamily implements RouteFamily {
    @Override
    public Response error(Request request, int status, String message) {
      return AdminHttpApi.error(status, message);
    }

    @Override
    public RequestFacts facts(Request request) {
      return RequestFacts.NONE;
    }

    @Override
    public boolean correlated() {
      return false;
    }
  }
}
