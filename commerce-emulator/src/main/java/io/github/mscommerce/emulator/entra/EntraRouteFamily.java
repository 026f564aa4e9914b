package io.github.mscommerce.emulator.entra;

import io.github.mscommerce.emulator.http.Request;
import io.github.mscommerce.emulator.http.RequestFacts;
import io.github.mscommerce.emulator.http.Response;
import io.github.mscommerce.emulator.http.RouteFamily;
import io.github.mscommerce.emulator.state.Directory;
import io.github.mscommerce.emulator.state.Tenant;
import java.util.function.Supplier;

/** Entra's token, device code and user realm endpoints: OAuth-shaped errors, {@code client-request-id} echoed. */
public final class EntraRouteFamily implements RouteFamily {

  private final Supplier<Directory> directory;

  public EntraRouteFamily(Supplier<Directory> directory) {
    this.directory = directory;
  }

  @Override
  public Response error(Request request, int status, String message) {
    boolean temporary = status == 429 || status >= 500;
    String error = temporary ? "temporarily_unavailable" : "invalid_request";
    // AADSTS90033: "a transient error has occurred"; AADSTS900561: "the endpoint only accepts POST requests".
    int code = temporary ? 90033 : status == 405 ? 900561 : 900144;
    return new OAuthError(status, error, code, message).toResponse(request.header("client-request-id"));
  }

  /**
   * The tenant from the path (by id or domain, also kept as sent) or from the user; client and grant from the form.
   */
  @Override
  public RequestFacts facts(Request request) {
    String tenantId = null;
    String segment = request.pathParameter("tenant");
    if (segment != null) {
      tenantId = directory.get().tenant(segment).map(Tenant::tenantId).orElse(null);
    } else if (request.pathParameter("user") != null) {
      tenantId = directory.get().user(request.pathParameter("user")).map(found -> found.tenant().tenantId())
          .orElse(null);
    }
    boolean form = "POST".equals(request.method());
    return new RequestFacts(tenantId, form ? request.formField("client_id") : null,
        form ? request.formField("grant_type") : null, null, segment);
  }

  @Override
  public boolean correlated() {
    return false;
  }

  /** Entra echoes {@code client-request-id} and forbids caching token responses. */
  @Override
  public Response decorate(Request request, Response response) {
    Response decorated = response.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    String clientRequestId = request.header("client-request-id");
    return clientRequestId == null ? decorated : decorated.withHeader("client-request-id", clientRequestId);
  }
}
