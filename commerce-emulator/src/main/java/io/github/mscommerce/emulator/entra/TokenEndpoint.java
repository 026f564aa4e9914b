package io.github.mscommerce.emulator.entra;

import io.github.mscommerce.emulator.http.Endpoint;
import io.github.mscommerce.emulator.http.Request;
import io.github.mscommerce.emulator.http.Response;
import java.util.Map;

/** {@code POST /{tenant}/oauth2/v2.0/token}: picks the grant by {@code grant_type}. */
final class TokenEndpoint implements Endpoint {

  private final EntraServices services;
  private final Map<String, Grant> grants;

  TokenEndpoint(EntraServices services) {
    this.services = services;
    UserTokens userTokens = new UserTokens(services);
    DeviceCodeGrant deviceCode = new DeviceCodeGrant(services, userTokens);
    this.grants = Map.of(
        "client_credentials", new ClientCredentialsGrant(services),
        "password", new PasswordGrant(services, userTokens),
        // MSAL4J sends the short form; RFC 8628 defines the URN.
        "device_code", deviceCode,
        "urn:ietf:params:oauth:grant-type:device_code", deviceCode,
        "refresh_token", new RefreshTokenGrant(services, userTokens));
  }

  @Override
  public Response handle(Request request) {
    try {
      Authority authority = Authority.resolve(services.directory().get(), request.pathParameter("tenant"));
      String grantType = Grant.required(request, "grant_type");
      Grant grant = grants.get(grantType);
      if (grant == null) {
        throw OAuthErrors.unsupportedGrant(grantType);
      }
      return grant.handle(request, authority);
    } catch (OAuthError e) {
      return e.toResponse(request.header("client-request-id"));
    }
  }
}
