package io.github.mscommerce.emulator.entra;

import com.google.gson.JsonObject;
import io.github.mscommerce.emulator.http.Endpoint;
import io.github.mscommerce.emulator.http.Request;
import io.github.mscommerce.emulator.http.RequestFacts;
import io.github.mscommerce.emulator.http.Response;
import io.github.mscommerce.emulator.http.RouteFamily;
import io.github.mscommerce.emulator.state.Directory;
import io.github.mscommerce.emulator.tokens.IssuedToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Managed identity tokens in the two shapes MSAL4J speaks: App Service ({@code GET /msi/token}, secret header
 * {@code X-IDENTITY-HEADER}, from {@code IDENTITY_ENDPOINT}/{@code IDENTITY_HEADER}) and IMDS
 * ({@code GET /metadata/identity/oauth2/token}, header {@code Metadata: true}). {@code resource} may carry a
 * {@code /.default} suffix; the token's audience is the resource without it.
 */
final class ManagedIdentityEndpoint implements Endpoint {

  private final EntraServices services;
  private final RouteFamily family;
  private final boolean imds;

  private ManagedIdentityEndpoint(EntraServices services, RouteFamily family, boolean imds) {
    this.services = services;
    this.family = family;
    this.imds = imds;
  }

  static ManagedIdentityEndpoint appService(EntraServices services, RouteFamily family) {
    return new ManagedIdentityEndpoint(services, family, false);
  }

  static ManagedIdentityEndpoint imds(EntraServices services, RouteFamily family) {
    return new ManagedIdentityEndpoint(services, family, true);
  }

  @Override
  public Response handle(Request request) {
    if (imds && !"true".equalsIgnoreCase(request.header("Metadata"))) {
      return family.error(request, 400, "Required metadata header not specified");
    }
    if (!imds && !identityHeaderMatches(request.header("X-IDENTITY-HEADER"))) {
      return family.error(request, 401, "The X-IDENTITY-HEADER header is missing or wrong; send the value of "
          + "IDENTITY_HEADER (the emulator's demo().identityHeader()).");
    }
    if (request.queryParameter("api-version") == null) {
      return family.error(request, 400, "The api-version query parameter is required (e.g. "
          + (imds ? "2018-02-01" : "2019-08-01") + ").");
    }
    String resource = request.queryParameter("resource");
    if (resource == null || resource.isBlank()) {
      return family.error(request, 400, "The resource query parameter is required, e.g. "
          + "aeb86249-8ea3-49e2-900b-54cc8e308f85.");
    }
    for (String unsupported : new String[] {"mi_res_id", "msi_res_id", "object_id", "principal_id"}) {
      if (request.queryParameter(unsupported) != null) {
        return family.error(request, 400, "The emulator selects user-assigned identities by client_id only, not by "
            + unsupported + ".");
      }
    }
    String clientId = request.queryParameter("client_id");
    Directory.TenantIdentity found = services.directory().get().managedIdentity(clientId).orElse(null);
    if (found == null) {
      return family.error(request, 400, clientId == null
          ? "No system-assigned managed identity exists: add managedIdentities to the first tenant of the state."
          : "Unable to load the requested managed identity: no managed identity has client_id " + clientId + ".");
    }
    String audience = resource.endsWith("/.default")
        ? resource.substring(0, resource.length() - "/.default".length()) : resource;
    IssuedToken token = services.issuer().forApp(found.tenant().tenantId(), found.identity().clientId(),
        found.identity().objectId(), found.identity().roles(), audience);
    return Response.json(200, imds ? imdsBody(token, resource, found) : appServiceBody(token, resource, found))
        .withFacts(new RequestFacts(found.tenant().tenantId(), found.identity().clientId(),
            ManagedIdentityRouteFamily.GRANT));
  }

  private boolean identityHeaderMatches(String given) {
    return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        services.identityHeader().getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject appServiceBody(IssuedToken token, String resource, Directory.TenantIdentity found) {
    JsonObject body = new JsonObject();
    body.addProperty("access_token", token.accessToken());
    body.addProperty("expires_on", String.valueOf(token.expiresOn().getEpochSecond()));
    body.addProperty("resource", resource);
    body.addProperty("token_type", "Bearer");
    body.addProperty("client_id", found.identity().clientId());
    return body;
  }

  private JsonObject imdsBody(IssuedToken token, String resource, Directory.TenantIdentity found) {
    long now = services.clock().instant().getEpochSecond();
    JsonObject body = new JsonObject();
    body.addProperty("access_token", token.accessToken());
    body.addProperty("client_id", found.identity().clientId());
    body.addProperty("expires_in", String.valueOf(token.expiresInSeconds()));
    body.addProperty("expires_on", String.valueOf(token.expiresOn().getEpochSecond()));
    body.addProperty("ext_expires_in", String.valueOf(token.expiresInSeconds()));
    body.addProperty("not_before", String.valueOf(now));
    body.addProperty("resource", resource);
    body.addProperty("token_type", "Bearer");
    return body;
  }
}
