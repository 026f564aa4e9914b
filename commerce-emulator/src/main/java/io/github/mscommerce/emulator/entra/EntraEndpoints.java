package io.github.mscommerce.emulator.entra;

import io.github.mscommerce.emulator.http.Route;
import java.util.List;

/** The Entra ID routes the emulator serves, with their templates as the journal names them. */
public final class EntraEndpoints {

  private final EntraServices services;

  public EntraEndpoints(EntraServices services) {
    this.services = services;
  }

  public List<Route> routes() {
    EntraRouteFamily entra = new EntraRouteFamily(services.directory());
    ManagedIdentityRouteFamily appService = ManagedIdentityRouteFamily.appService(services.directory());
    ManagedIdentityRouteFamily imds = ManagedIdentityRouteFamily.imds(services.directory());
    return List.of(
        Route.at("/{tenant}/oauth2/v2.0/token", entra).post(new TokenEndpoint(services)).build(),
        Route.at("/{tenant}/oauth2/v2.0/devicecode", entra).post(new DeviceCodeEndpoint(services)).build(),
        Route.at("/common/userrealm/{user}", entra).get(new UserRealmEndpoint(services.directory())).build(),
        Route.at("/msi/token", appService).get(ManagedIdentityEndpoint.appService(services, appService)).build(),
        Route.at("/metadata/identity/oauth2/token", imds).get(ManagedIdentityEndpoint.imds(services, imds)).build());
  }
}
