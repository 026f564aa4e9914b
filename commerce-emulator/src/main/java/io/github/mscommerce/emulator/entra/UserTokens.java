package io.github.mscommerce.emulator.entra;

import com.google.gson.JsonObject;
import io.github.mscommerce.emulator.UserAccount;
import io.github.mscommerce.emulator.http.RequestFacts;
import io.github.mscommerce.emulator.http.Response;
import io.github.mscommerce.emulator.json.Json;
import io.github.mscommerce.emulator.jwt.Jwt;
import io.github.mscommerce.emulator.state.Tenant;
import io.github.mscommerce.emulator.tokens.IssuedToken;
import io.github.mscommerce.emulator.tokens.RefreshTokens;
import java.nio.charset.StandardCharsets;

/**
 * The reply of every user flow: access token, rotated refresh token, {@code scope}, an unsigned {@code id_token} and
 * {@code client_info}. MSAL needs the last two to build an account, without which silent calls cannot work.
 */
final class UserTokens {

  private final EntraServices services;

  UserTokens(EntraServices services) {
    this.services = services;
  }

  Response issue(Tenant tenant, UserAccount user, String clientId, RequestedScope scope) {
    String scp = scope.delegatedScopes();
    IssuedToken token = services.issuer().forUser(tenant.tenantId(), user, clientId, scope.resource(), scp);
    String refreshToken = services.refreshTokens().issue(
        new RefreshTokens.Grant(tenant.tenantId(), user.username(), clientId));
    JsonObject body = new JsonObject();
    body.addProperty("token_type", "Bearer");
    body.addProperty("scope", scope.responseScope());
    body.addProperty("expires_in", token.expiresInSeconds());
    body.addProperty("ext_expires_in", token.expiresInSeconds());
    body.addProperty("access_token", token.accessToken());
    body.addProperty("refresh_token", refreshToken);
    body.addProperty("id_token", idToken(tenant, user, clientId));
    body.addProperty("client_info", clientInfo(tenant, user));
    return Response.json(200, body).withFacts(new RequestFacts(tenant.tenantId(), clientId, null));
  }

  /** Unsigned ({@code alg: none}): MSAL reads but does not verify id tokens. */
  private String idToken(Tenant tenant, UserAccount user, String clientId) {
    long now = services.clock().instant().getEpochSecond();
    JsonObject header = new JsonObject();
    header.addProperty("typ", "JWT");
    header.addProperty("alg", "none");
    JsonObject claims = new JsonObject();
    claims.addProperty("aud", clientId);
    claims.addProperty("iss", "https://login.microsoftonline.com/" + tenant.tenantId() + "/v2.0");
    claims.addProperty("iat", now);
    claims.addProperty("nbf", now);
    claims.addProperty("exp", now + 3600);
    claims.addProperty("name", user.username().substring(0, user.username().indexOf('@')));
    claims.addProperty("oid", user.objectId());
    claims.addProperty("preferred_username", user.username());
    claims.addProperty("sub", user.objectId());
    claims.addProperty("tid", tenant.tenantId());
    claims.addProperty("ver", "2.0");
    return Jwt.encode(header, claims, new byte[0]);
  }

  private static String clientInfo(Tenant tenant, UserAccount user) {
    JsonObject info = new JsonObject();
    info.addProperty("uid", user.objectId());
    info.addProperty("utid", tenant.tenantId());
    return Jwt.base64Url(Json.write(info).getBytes(StandardCharsets.UTF_8));
  }
}
