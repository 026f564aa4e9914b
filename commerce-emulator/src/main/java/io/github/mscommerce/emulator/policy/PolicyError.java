package io.github.mscommerce.emulator.policy;

import com.google.gson.JsonObject;
import io.github.mscommerce.emulator.http.Response;
import io.github.mscommerce.emulator.http.StatusNames;

/** A policy API request failed; becomes the service's {@code {"errorCode","reason"}} body. */
final class PolicyError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String errorCode;
  private final String wwwAuthenticate;

  private PolicyError(int status, String errorCode, String reason, String wwwAuthenticate) {
    super(reason, null, false, false);
    this.status = status;
    this.errorCode = errorCode;
    this.wwwAuthenticate = wwwAuthenticate;
  }

  static PolicyError badRequest(String reason) {
    return new PolicyError(400, "BadRequest", reason, null);
  }

  static PolicyError notFound(String reason) {
    return new PolicyError(404, "NotFound", reason, null);
  }

  static PolicyError forbidden(String reason) {
    return new PolicyError(403, "Forbidden", reason, null);
  }

  /** 401 with the RFC 6750 challenge naming the problem. */
  static PolicyError unauthorized(String reason) {
    String description = reason.replace('"', '\'').replace('\\', '/');
    return new PolicyError(401, "Unauthorized", reason,
        "Bearer error=\"invalid_token\", error_description=\"" + description + "\"");
  }

  Response toResponse() {
    Response response = body(status, errorCode, getMessage());
    return wwwAuthenticate == null ? response : response.withHeader("WWW-Authenticate", wwwAuthenticate);
  }

  /** The only error shape the policy service uses: exactly {@code errorCode} and {@code reason}. */
  static Response body(int status, String errorCode, String reason) {
    JsonObject body = new JsonObject();
    body.addProperty("errorCode", errorCode);
    body.addProperty("reason", reason);
    return Response.json(status, body);
  }

  static Response body(int status, String reason) {
    return body(status, StatusNames.errorCode(status), reason);
  }
}
