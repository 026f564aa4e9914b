package io.github.mscommerce.emulator.entra;

import com.google.gson.JsonObject;
import io.github.mscommerce.emulator.http.Endpoint;
import io.github.mscommerce.emulator.http.Request;
import io.github.mscommerce.emulator.http.RequestFacts;
import io.github.mscommerce.emulator.http.Response;
import io.github.mscommerce.emulator.tokens.DeviceCodes;

/**
 * {@code POST /{tenant}/oauth2/v2.0/devicecode}: starts a device code sign-in. There is no sign-in page: the
 * verification URI points at the admin API that lists pending codes, and the message says how to approve one.
 */
final class DeviceCodeEndpoint implements Endpoint {

  private final EntraServices services;

  DeviceCodeEndpoint(EntraServices services) {
    this.services = services;
  }

  @Override
  public Response handle(Request request) {
    try {
      Authority authority = Authority.resolve(services.directory().get(), request.pathParameter("tenant"));
      String clientId = Grant.required(request, "client_id");
      String scope = request.formField("scope");
      RequestedScope.parse(scope).delegatedScopes(); // refuse bad scopes now, not at the first poll
      if (authority.specificTenant().isPresent()) {
        PublicClients.requirePublic(authority.tenant(), clientId);
      } else {
        PublicClients.requirePublicSomewhere(services.directory().get(), clientId);
      }
      DeviceCodes.DeviceCode code = services.deviceCodes().create(clientId,
          authority.specificTenant().map(tenant -> tenant.tenantId()).orElse(null), scope);
      String verificationUri = services.baseUrl() + "/_emulator/device-codes";
      JsonObject body = new JsonObject();
      body.addProperty("user_code", code.userCode());
      body.addProperty("device_code", code.deviceCode());
      body.addProperty("verification_uri", verificationUri);
      body.addProperty("expires_in", DeviceCodes.LIFETIME.getSeconds());
      body.addProperty("interval", DeviceCodes.POLL_INTERVAL_SECONDS);
      body.addProperty("message", "To sign in to the emulator, approve the code " + code.userCode() + ": POST {\"userCode\":\""
          + code.userCode() + "\",\"username\":\"<user>\"} to " + services.baseUrl()
          + "/_emulator/device-codes/approve (the real service asks you to open https://microsoft.com/devicelogin).");
      return Response.json(200, body).withFacts(new RequestFacts(
          authority.specificTenant().map(tenant -> tenant.tenantId()).orElse(null), clientId, null));
    } catch (OAuthError e) {
      return e.toResponse(request.header("client-request-id"));
    }
  }
}
