package io.github.mscommerce.emulator.entra;

import com.google.gson.JsonObject;
import io.github.mscommerce.emulator.http.Endpoint;
import io.github.mscommerce.emulator.http.Request;
import io.github.mscommerce.emulator.http.Response;
import io.github.mscommerce.emulator.state.Directory;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code GET /common/userrealm/{user}}: MSAL asks it before the username/password flow. Known users are
 * {@code Managed} (never {@code Federated}, which would start WS-Trust); unknown ones {@code Unknown}, as in Entra.
 */
final class UserRealmEndpoint implements Endpoint {

  private final Supplier<Directory> directory;

  UserRealmEndpoint(Supplier<Directory> directory) {
    this.directory = directory;
  }

  @Override
  public Response handle(Request request) {
    Optional<Directory.TenantUser> user = directory.get().user(request.pathParameter("user"));
    JsonObject body = new JsonObject();
    body.addProperty("ver", "1.0");
    body.addProperty("account_type", user.isPresent() ? "Managed" : "Unknown");
    user.ifPresent(found -> body.addProperty("domain_name", found.tenant().domain()));
    body.addProperty("cloud_instance_name", "microsoftonline.com");
    body.addProperty("cloud_audience_urn", "urn:federation:MicrosoftOnline");
    return Response.json(200, body);
  }
}
