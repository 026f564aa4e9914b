package io.github.mscommerce.emulator.policy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.mscommerce.emulator.http.Endpoint;
import io.github.mscommerce.emulator.http.Request;
import io.github.mscommerce.emulator.http.RequestFacts;
import io.github.mscommerce.emulator.http.Response;
import io.github.mscommerce.emulator.http.Route;
import io.github.mscommerce.emulator.json.Json;
import io.github.mscommerce.emulator.json.JsonFields;
import io.github.mscommerce.emulator.state.Catalogue;
import io.github.mscommerce.emulator.state.OfferType;
import io.github.mscommerce.emulator.state.PolicyValues;
import io.github.mscommerce.emulator.state.Product;
import io.github.mscommerce.emulator.state.Tenant;
import io.github.mscommerce.emulator.tokens.AccessTokenVerifier;
import io.github.mscommerce.emulator.tokens.VerifiedToken;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The policy service (service-spec §1), served identically under {@code /v1.0} and {@code /v1}. Each request is
 * authorised first (401, then 403), then its policy, product or offer type is looked up (404), then its body or query
 * is checked (400).
 */
public final class PolicyEndpoints {

  public static final List<String> VERSIONS = List.of("/v1.0", "/v1");

  private final Catalogue catalogue;
  private final PolicyAuthorizer authorizer;

  public PolicyEndpoints(Catalogue catalogue, AccessTokenVerifier verifier) {
    this.catalogue = catalogue;
    this.authorizer = new PolicyAuthorizer(verifier);
  }

  public List<Route> routes(PolicyRouteFamily family) {
    List<Route> routes = new ArrayList<>();
    for (String version : VERSIONS) {
      routes.add(Route.at(version + "/policies", family).get(read(this::listPolicies)).build());
      routes.add(Route.at(version + "/policies/{policyId}", family).get(read(this::getPolicy)).build());
      routes.add(Route.at(version + "/policies/{policyId}/products", family).get(read(this::listItems)).build());
      routes.add(Route.at(version + "/policies/{policyId}/products/{productId}", family)
          .get(read(this::getProduct)).put(write(this::putProduct)).build());
      routes.add(Route.at(version + "/policies/{policyId}/offerTypes/{offerType}", family)
          .get(read(this::getOfferType)).put(write(this::putOfferType)).build());
    }
    return routes;
  }

  private Response listPolicies(Call call) {
    return ok(call, PolicyJson.items(List.of(PolicyJson.policy())));
  }

  private Response getPolicy(Call call) {
    requirePolicy(call.request);
    return ok(call, PolicyJson.policy());
  }

  /** No {@code scope} lists products (as most clients ask); {@code scope=OfferType} lists the offer types. */
  private Response listItems(Call call) {
    requirePolicy(call.request);
    String scope = call.request.queryParameter("scope");
    Tenant tenant = call.token.tenant();
    List<JsonObject> items = new ArrayList<>();
    if (scope == null || scope.equalsIgnoreCase("product")) {
      for (Product product : catalogue.products()) {
        items.add(PolicyJson.product(product, tenant.productValue(product.productId())));
      }
    } else if (scope.equalsIgnoreCase("OfferType")) {
      for (OfferType offerType : catalogue.offerTypes()) {
        items.add(PolicyJson.offerType(offerType, tenant.offerTypeValue(offerType.id())));
      }
    } else {
      throw PolicyError.badRequest("Invalid scope.");
    }
    return ok(call, PolicyJson.items(items));
  }

  private Response getProduct(Call call) {
    requirePolicy(call.request);
    Product product = requireProduct(call.request);
    return ok(call, PolicyJson.product(product, call.token.tenant().productValue(product.productId())));
  }

  private Response putProduct(Call call) {
    requirePolicy(call.request);
    Product product = requireProduct(call.request);
    String value = policyValue(call.request);
    PolicyValues.problemForProduct(value).ifPresent(problem -> {
      throw PolicyError.badRequest("Invalid policy value: " + problem + ".");
    });
    call.token.tenant().setProductValue(product.productId(), value);
    return ok(call, PolicyJson.product(product, value));
  }

  private Response getOfferType(Call call) {
    requirePolicy(call.request);
    OfferType offerType = requireOfferType(call.request);
    return ok(call, PolicyJson.offerType(offerType, call.token.tenant().offerTypeValue(offerType.id())));
  }

  private Response putOfferType(Call call) {
    requirePolicy(call.request);
    OfferType offerType = requireOfferType(call.request);
    String value = policyValue(call.request);
    PolicyValues.problemForOfferType(value).ifPresent(problem -> {
      throw PolicyError.badRequest("Invalid policy value: " + problem + ".");
    });
    call.token.tenant().setOfferTypeValue(offerType.id(), value);
    return ok(call, PolicyJson.offerType(offerType, value));
  }

  private static void requirePolicy(Request request) {
    String policyId = request.pathParameter("policyId");
    if (!PolicyJson.POLICY_ID.equalsIgnoreCase(policyId)) {
      throw PolicyError.notFound("Policy '" + policyId + "' not found.");
    }
  }

  private Product requireProduct(Request request) {
    String productId = request.pathParameter("productId");
    return catalogue.product(productId)
        .orElseThrow(() -> PolicyError.notFound("Product '" + productId + "' not found."));
  }

  private OfferType requireOfferType(Request request) {
    String id = request.pathParameter("offerType");
    return catalogue.offerType(id).orElseThrow(() -> PolicyError.notFound("Offer type '" + id + "' not found."));
  }

  /** The PUT body: a JSON object whose {@code policyValue} is a string; other fields are tolerated. */
  private static String policyValue(Request request) {
    JsonElement body;
    try {
      body = Json.parse(request.bodyText());
    } catch (Json.MalformedJsonException e) {
      throw PolicyError.badRequest("The request body is not valid JSON: " + e.getMessage() + ".");
    }
    try {
      JsonFields fields = JsonFields.of(body, "");
      if (!fields.has("policyValue")) {
        throw PolicyError.badRequest("The request body must contain 'policyValue' (Enabled, Disabled or "
            + "OnlyTrialsWithoutPaymentMethod).");
      }
      return fields.requiredString("policyValue");
    } catch (JsonFields.JsonFieldException e) {
      throw PolicyError.badRequest("Invalid request body: " + e.getMessage() + ".");
    }
  }

  private static Response ok(Call call, JsonObject body) {
    return Response.json(200, body).withFacts(new RequestFacts(call.token.tenant().tenantId(), call.token.appId(),
        null));
  }

  private Endpoint read(Function<Call, Response> handler) {
    return request -> serve(request, handler, false);
  }

  private Endpoint write(Function<Call, Response> handler) {
    return request -> serve(request, handler, true);
  }

  private Response serve(Request request, Function<Call, Response> handler, boolean write) {
    try {
      String authorization = request.header("Authorization");
      VerifiedToken token = write ? authorizer.forWrite(authorization) : authorizer.forRead(authorization);
      return handler.apply(new Call(request, token));
    } catch (PolicyError e) {
      return e.toResponse();
    }
  }

  /** A request together with the token that authorised it. */
  private record Call(Request request, VerifiedToken token) {}
}
