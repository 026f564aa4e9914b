package io.github.mscommerce.emulator.entra;

import io.github.mscommerce.emulator.http.Request;
import io.github.mscommerce.emulator.http.Response;
import io.github.mscommerce.emulator.state.Directory;
import io.github.mscommerce.emulator.tokens.DeviceCodes;

/**
 * {@code device_code} (also {@code urn:ietf:params:oauth:grant-type:device_code}): {@code authorization_pending}
 * until an admin approves the code, {@code expired_token} after its lifetime, then tokens for the approving user.
 */
final class DeviceCodeGrant implements Grant {

  private final EntraServices services;
  private final UserTokens userTokens;

  DeviceCodeGrant(EntraServices services, UserTokens userTokens) {
    this.services = services;
    this.userTokens = userTokens;
  }

  @Override
  public Response handle(Request request, Authority authority) {
    String clientId = Grant.required(request, "client_id");
    String deviceCode = Grant.required(request, "device_code");
    DeviceCodes.Poll poll = services.deviceCodes().poll(deviceCode, clientId);
    switch (poll.state()) {
      case UNKNOWN -> throw OAuthErrors.invalidDeviceCode();
      case EXPIRED -> throw OAuthErrors.deviceCodeExpired();
      case PENDING -> throw OAuthErrors.authorizationPending();
      default -> { }
    }
    DeviceCodes.DeviceCode code = poll.code();
    Directory.TenantUser user = services.directory().get().user(code.approvedBy())
        .orElseThrow(OAuthErrors::invalidUserCredentials);
    String expectedTenant = code.tenantId();
    if (expectedTenant != null && !expectedTenant.equals(user.tenant().tenantId())) {
      throw OAuthErrors.userNotInTenant(user.user().username(), expectedTenant);
    }
    PublicClients.requirePublic(user.tenant(), clientId);
    return userTokens.issue(user.tenant(), user.user(), clientId, RequestedScope.parse(code.scope()));
  }
}
