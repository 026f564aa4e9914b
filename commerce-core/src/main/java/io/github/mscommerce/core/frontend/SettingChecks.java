package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.auth.Authority;
import io.github.mscommerce.core.auth.ClientIds;
import io.github.mscommerce.core.client.ApiVersion;
import io.github.mscommerce.core.http.Endpoints;

/**
 * The checks core applies to single settings, without any other setting and without a request, for a front end's form
 * validation (a Jenkins credential's "tenant id" field): each returns the value as core will use it, or throws
 * {@link io.github.mscommerce.core.InvalidSettingsException} with core's own message.
 */
public final class SettingChecks {

  private SettingChecks() {}

  /** A GUID or a domain such as contoso.onmicrosoft.com. */
  public static String tenantId(String value) {
    return Authority.requireTenant(value);
  }

  /** An application (client) id: a GUID. */
  public static String clientId(String value) {
    return ClientIds.require(value, "client id");
  }

  /** An Entra ID host root such as https://login.microsoftonline.us; https only. */
  public static String authorityHost(String value) {
    return Authority.of(value, "organizations").host().toString();
  }

  /** The policy service's host root; plain http only to this machine. */
  public static String endpoint(String value, String setting) {
    return Endpoints.hostRoot(value, setting).toString();
  }

  public static String apiVersion(String value) {
    return ApiVersion.parse(value).segment();
  }
}
