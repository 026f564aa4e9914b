package io.github.mscommerce.emulator.entra;

import io.github.mscommerce.emulator.http.Request;
import io.github.mscommerce.emulator.http.Response;

/** One {@code grant_type} of the token endpoint. Throws {@link OAuthError} for anything the client got wrong. */
interface Grant {
  Response handle(Request request, Authority authority);

  static String required(Request request, String field) {
    String value = request.formField(field);
    if (value == null || value.isEmpty()) {
      throw OAuthErrors.missingParameter(field);
    }
    return value;
  }
}
