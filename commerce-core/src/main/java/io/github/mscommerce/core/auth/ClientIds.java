package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.InvalidSettingsException;
import java.util.Objects;
import java.util.regex.Pattern;

/** Checks an application (client) id before MSAL sends it: Entra ID knows apps only by their GUID. */
public final class ClientIds {

  private static final Pattern GUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private ClientIds() {}

  /** @param what how the id is called in the message: "client id", "public client id" */
  public static String require(String clientId, String what) {
    Objects.requireNonNull(what, "what");
    if (clientId == null || clientId.isBlank()) {
      throw new InvalidSettingsException("No " + what + ": give the Application (client) ID of the app registration, "
          + "a GUID such as 0f6a8d3c-1b2e-4c5d-9e8f-7a6b5c4d3e2f.");
    }
    String trimmed = clientId.trim();
    if (!GUID.matcher(trimmed).matches()) {
      throw new InvalidSettingsException("'" + clientId + "' is not a " + what + ": give the Application (client) ID "
          + "of the app registration, a GUID such as 0f6a8d3c-1b2e-4c5d-9e8f-7a6b5c4d3e2f (not its name or object id).");
    }
    return trimmed;
  }
}
