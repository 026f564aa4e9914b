package io.github.mscommerce.emulator.entra;

import com.google.gson.JsonObject;
import io.github.mscommerce.emulator.http.Request;
import io.github.mscommerce.emulator.http.RequestFacts;
import io.github.mscommerce.emulator.http.Response;
import io.github.mscommerce.emulator.http.RouteFamily;
import io.github.mscommerce.emulator.state.Directory;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The managed identity endpoints. Their errors differ: App Service answers {@code {"statusCode","message",
 * "correlationId"}}, IMDS {@code {"error","error_description"}}; MSAL reads either.
 */
public final class ManagedIdentityRouteFamily implements RouteFamily {

  static final String GRANT = "managed_identity";

  private final Supplier<Directory> directory;
  private final boolean imds;

  private ManagedIdentityRouteFamily(Supplier<Directory> directory, boolean imds) {
    this.directory = directory;
    this.imds = imds;
  }

  public static ManagedIdentityRouteFamily appService(Supplier<Directory> directory) {
    return new ManagedIdentityRouteFamily(directory, false);
  }

  public static ManagedIdentityRouteFamily imds(Supplier<Directory> directory) {
    return new ManagedIdentityRouteFamily(directory, true);
  }

  @Override
  public Response error(Request request, int status, String message) {
    JsonObject body = new JsonObject();
    if (imds) {
      body.addProperty("error", status >= 500 ? "server_error" : "invalid_request");
      body.addProperty("error_description", message);
    } else {
      body.addProperty("statusCode", status);
      body.addProperty("message", message);
      body.addProperty("correlationId", UUID.randomUUID().toString());
    }
    return Response.json(status, body);
  }

  /** The identity asked for ({@code client_id}, else the system-assigned one) and its tenant. */
  @Override
  public RequestFacts facts(Request request) {
    return directory.get().managedIdentity(request.queryParameter("client_id"))
        .map(found -> new RequestFacts(found.tenant().tenantId(), found.identity().clientId(), GRANT))
        .orElse(new RequestFacts(null, request.queryParameter("client_id"), GRANT));
  }

  @Override
  public boolean correlated() {
    return false;
  }
}
