package io.github.mscommerce.emulator.entra;

import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.state.Directory;
import io.github.mscommerce.emulator.state.RegistrationRules;
import io.github.mscommerce.emulator.state.Tenant;
import java.util.Optional;

/**
 * Which client ids may run user flows: the MSCommerce module's public client in every tenant, and apps registered
 * with {@code publicClient=true} in their own tenant.
 */
final class PublicClients {

  private PublicClients() {}

  static void requirePublic(Tenant tenant, String clientId) {
    if (RegistrationRules.MSCOMMERCE_PUBLIC_CLIENT_ID.equalsIgnoreCase(clientId)) {
      return;
    }
    AppRegistration app = tenant.app(clientId)
        .orElseThrow(() -> OAuthErrors.unknownClient(clientId, tenant.tenantId()));
    if (!app.publicClient()) {
      throw OAuthErrors.notPublicClient(clientId);
    }
  }

  /** Before the user's tenant is known ({@code common}): some tenant must have it as a public client. */
  static void requirePublicSomewhere(Directory directory, String clientId) {
    if (RegistrationRules.MSCOMMERCE_PUBLIC_CLIENT_ID.equalsIgnoreCase(clientId)) {
      return;
    }
    Optional<AppRegistration> app = directory.tenants().stream().flatMap(tenant -> tenant.app(clientId).stream())
        .findFirst();
    if (app.isEmpty()) {
      throw OAuthErrors.unknownClient(clientId, "common");
    }
    if (!app.get().publicClient()) {
      throw OAuthErrors.notPublicClient(clientId);
    }
  }
}
