package io.github.mscommerce.emulator.policy;

import io.github.mscommerce.emulator.http.Request;
import io.github.mscommerce.emulator.http.RequestFacts;
import io.github.mscommerce.emulator.http.Response;
import io.github.mscommerce.emulator.http.RouteFamily;
import io.github.mscommerce.emulator.jwt.Jwt;

/**
 * The policy service's routes: {@code {"errorCode","reason"}} errors and an {@code x-ms-correlation-id} on every
 * response. Also used for paths no route knows, minus the correlation id.
 */
public final class PolicyRouteFamily implements RouteFamily {

  public static final String CORRELATION_HEADER = "x-ms-correlation-id";

  private final boolean correlated;

  private PolicyRouteFamily(boolean correlated) {
    this.correlated = correlated;
  }

  public static PolicyRouteFamily policyRoutes() {
    return new PolicyRouteFamily(true);
  }

  /** For paths that match no route: the policy service's 404 shape, no correlation id. */
  public static PolicyRouteFamily unknownRoutes() {
    return new PolicyRouteFamily(false);
  }

  @Override
  public Response error(Request request, int status, String message) {
    return PolicyError.body(status, message);
  }

  /**
   * Reads {@code tid} and {@code appid} from the bearer token without verifying it: faults and the journal need the
   * tenant even for requests that will be refused (or never reach the handler).
   */
  @Override
  public RequestFacts facts(Request request) {
    String header = request.header("Authorization");
    if (!correlated || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return RequestFacts.NONE;
    }
    try {
      Jwt jwt = Jwt.parse(header.substring(7));
      String tid = jwt.claimString("tid").orElse(null);
      return new RequestFacts(tid, jwt.claimString("appid").orElse(null), null, tid, null);
    } catch (Jwt.MalformedJwtException e) {
      return RequestFacts.NONE;
    }
  }

  @Override
  public boolean correlated() {
    return correlated;
  }

  @Override
  public Response decorate(Request request, Response response) {
    return correlated ? response.withHeader(CORRELATION_HEADER, request.correlationId()) : response;
  }
}
