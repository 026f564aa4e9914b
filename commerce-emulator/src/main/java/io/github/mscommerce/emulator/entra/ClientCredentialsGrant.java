package io.github.mscommerce.emulator.entra;

import com.google.gson.JsonObject;
import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.http.Request;
import io.github.mscommerce.emulator.http.RequestFacts;
import io.github.mscommerce.emulator.http.Response;
import io.github.mscommerce.emulator.state.Tenant;
import io.github.mscommerce.emulator.tokens.IssuedToken;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** {@code client_credentials}: an app-only token with the app's roles, for a secret or a client assertion. */
final class ClientCredentialsGrant implements Grant {

  private final EntraServices services;
  private final ClientAuthenticator authenticator;

  ClientCredentialsGrant(EntraServices services) {
    this.services = services;
    this.authenticator = new ClientAuthenticator(services);
  }

  @Override
  public Response handle(Request request, Authority authority) {
    Tenant tenant = authority.requireTenant();
    String clientId = Grant.required(request, "client_id");
    AppRegistration app = tenant.app(clientId)
        .orElseThrow(() -> OAuthErrors.unknownClient(clientId, authority.segment()));
    AuthenticatedClient client = authenticator.authenticate(app, tenant, request);
    RequestedScope scope = RequestedScope.parse(request.formField("scope"));
    scope.requireDefaultOnly();
    IssuedToken token = services.issuer().forApp(tenant.tenantId(), app.clientId(),
        servicePrincipalId(tenant, app), app.roles(), scope.resource());
    if (client.assertionId() != null) {
      services.replay().markUsed(client.assertionId(), client.assertionExpires());
    }
    // No "scope" in the reply: MSAL then caches the token under the scopes it asked for.
    JsonObject body = new JsonObject();
    body.addProperty("token_type", "Bearer");
    body.addProperty("expires_in", token.expiresInSeconds());
    body.addProperty("ext_expires_in", token.expiresInSeconds());
    body.addProperty("access_token", token.accessToken());
    return Response.json(200, body).withFacts(new RequestFacts(tenant.tenantId(), app.clientId(), null));
  }

  /** The app's service principal in the tenant: the {@code oid} and {@code sub} of its tokens, stable per run. */
  private static String servicePrincipalId(Tenant tenant, AppRegistration app) {
    return UUID.nameUUIDFromBytes(("sp:" + tenant.tenantId() + ":" + app.clientId().toLowerCase())
        .getBytes(StandardCharsets.UTF_8)).toString();
  }
}
