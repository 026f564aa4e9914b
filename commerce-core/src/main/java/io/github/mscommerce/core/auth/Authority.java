package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.http.Endpoints;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Where tokens come from: an Entra ID authority host (the public cloud, a sovereign cloud, or the emulator) and a tenant. */
public record Authority(URI host, String tenantId) {

  public static final URI PUBLIC_CLOUD = URI.create("https://login.microsoftonline.com");

  /** Microsoft's own authority hosts; MSAL may ask these for instance metadata. No other host is ever contacted. */
  private static final Set<String> MICROSOFT_HOSTS = Set.of(
      "login.microsoftonline.com", "login.microsoft.com", "login.windows.net", "sts.windows.net",
      "login.microsoftonline.us", "login.usgovcloudapi.net", "login-us.microsoftonline.com",
      "login.chinacloudapi.cn", "login.partner.microsoftonline.cn", "login.microsoftonline.de");

  /** Tenant ids are GUIDs or verified domain names; {@code organizations}/{@code common} serve user sign-in only. */
  private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,252}[A-Za-z0-9])?");

  public Authority {
    Objects.requireNonNull(host, "host");
    tenantId = requireTenant(tenantId);
  }

  /**
   * @param hostRoot e.g. {@code https://login.microsoftonline.us}; null or blank means the public cloud
   */
  public static Authority of(String hostRoot, String tenantId) {
    // The caller names the setting (commerce.authorityHost, AZURE_AUTHORITY_HOST): the messages start at the value.
    URI host = hostRoot == null || hostRoot.isBlank() ? PUBLIC_CLOUD : Endpoints.hostRoot(hostRoot, null);
    if (!host.getScheme().equals("https")) {
      throw new InvalidSettingsException("'" + hostRoot + "' is not https; Entra ID (and MSAL) only "
          + "speak https. Use https://" + host.getRawAuthority() + ".");
    }
    return new Authority(host, tenantId);
  }

  /** The authority URL MSAL takes: {@code https://login.microsoftonline.com/<tenant>/}. */
  public String url() {
    return host + "/" + tenantId + "/";
  }

  /** Whether the host is one of Microsoft's; if not, MSAL must not run instance discovery (it would ask Microsoft). */
  public boolean isMicrosoftCloud() {
    return MICROSOFT_HOSTS.contains(host.getHost().toLowerCase(Locale.ROOT));
  }

  /** A tenant GUID or domain, trimmed; otherwise the message says what a tenant id looks like. */
  public static String requireTenant(String tenantId) {
    if (tenantId == null || tenantId.isBlank()) {
      throw new InvalidSettingsException("No tenant id: give the directory (tenant) id of the Microsoft 365 tenant, a "
          + "GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47, or its domain such as contoso.onmicrosoft.com.");
    }
    String trimmed = tenantId.trim();
    if (!TENANT.matcher(trimmed).matches()) {
      throw new InvalidSettingsException("'" + tenantId + "' is not a tenant id: give a GUID such as "
          + "72f988bf-86f1-41af-91ab-2d7cd011db47, or a domain such as contoso.onmicrosoft.com.");
    }
    return trimmed;
  }

  @Override
  public String toString() {
    return url();
  }
}
