package io.github.mscommerce.emulator.entra;

import io.github.mscommerce.emulator.http.Request;
import io.github.mscommerce.emulator.http.Response;
import io.github.mscommerce.emulator.state.Directory;
import io.github.mscommerce.emulator.tokens.RefreshTokens;

/** {@code refresh_token}: one use per refresh token; the reply carries the next one. */
final class RefreshTokenGrant implements Grant {

  private final EntraServices services;
  private final UserTokens userTokens;

  RefreshTokenGrant(EntraServices services, UserTokens userTokens) {
    this.services = services;
    this.userTokens = userTokens;
  }

  @Override
  public Response handle(Request request, Authority authority) {
    String clientId = Grant.required(request, "client_id");
    String refreshToken = Grant.required(request, "refresh_token");
    RequestedScope scope = RequestedScope.parse(request.formField("scope"));
    RefreshTokens.Grant grant = services.refreshTokens().redeem(refreshToken, clientId,
        authority.specificTenant().map(tenant -> tenant.tenantId()).orElse(null))
        .orElseThrow(OAuthErrors::invalidRefreshToken);
    Directory.TenantUser user = services.directory().get().user(grant.username())
        .filter(found -> found.tenant().tenantId().equals(grant.tenantId()))
        .orElseThrow(OAuthErrors::invalidRefreshToken);
    return userTokens.issue(user.tenant(), user.user(), clientId, scope);
  }
}
