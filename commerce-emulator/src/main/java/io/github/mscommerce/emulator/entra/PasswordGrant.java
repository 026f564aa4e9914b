package io.github.mscommerce.emulator.entra;

import io.github.mscommerce.emulator.UserAccount;
import io.github.mscommerce.emulator.http.Request;
import io.github.mscommerce.emulator.http.Response;
import io.github.mscommerce.emulator.state.Directory;
import io.github.mscommerce.emulator.state.Tenant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code password} (resource owner password credentials): public clients only. An unknown user and a wrong password
 * get the same answer, as in Entra, so the error does not reveal which usernames exist.
 */
final class PasswordGrant implements Grant {

  private final EntraServices services;
  private final UserTokens userTokens;

  PasswordGrant(EntraServices services, UserTokens userTokens) {
    this.services = services;
    this.userTokens = userTokens;
  }

  @Override
  public Response handle(Request request, Authority authority) {
    String clientId = Grant.required(request, "client_id");
    String username = Grant.required(request, "username");
    String password = Grant.required(request, "password");
    RequestedScope scope = RequestedScope.parse(request.formField("scope"));
    Directory directory = services.directory().get();
    Directory.TenantUser found = directory.user(username)
        .filter(user -> authority.specificTenant().map(tenant -> tenant == user.tenant()).orElse(true))
        .orElseThrow(OAuthErrors::invalidUserCredentials);
    Tenant tenant = found.tenant();
    PublicClients.requirePublic(tenant, clientId);
    UserAccount user = found.user();
    if (user.password() == null || !MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
        user.password().getBytes(StandardCharsets.UTF_8))) {
      throw OAuthErrors.invalidUserCredentials();
    }
    return userTokens.issue(tenant, user, clientId, scope);
  }
}
