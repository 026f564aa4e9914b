package io.github.mscommerce.maven;

import static io.github.mscommerce.core.frontend.PropertyNames.*;

import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * How every service goal reaches and signs in to the service. Each field is named after its {@code commerce.*} property
 * ({@link io.github.mscommerce.core.frontend.SettingValues#fieldsOf} relies on it). Secrets are never parameters, because Maven prints those at {@code -X}: they
 * come from a {@code settings.xml} server, {@code -D} properties (with a warning) or the environment.
 */
@SuppressWarnings("unused") // read by SettingValues.fieldsOf
public abstract class ConnectionParameters extends AbstractMojo {

  /** The tenant id (or its onmicrosoft.com domain); else AZURE_TENANT_ID. For many tenants, see tenants. */
  @Parameter(property = TENANT_ID) private String tenantId;
  /**
   * Many tenants in one run, instead of tenantId: tenant GUIDs or domains (comma-separated on the command line, or one
   * per &lt;tenant&gt;), or @file naming a file with one tenant a line (# comments). Each tenant signs in with the same
   * app registration (multi-tenant, or a partner's) and gets its own token.
   */
  @Parameter(property = TENANTS) private List<String> tenants;
  /** Tenants run in parallel (1 to 64, default 8); products within a tenant follow concurrency. */
  @Parameter(property = TENANT_CONCURRENCY) private String tenantConcurrency;
  /** Requests in flight at once across the whole run, token requests included (1 to 256, default 32). */
  @Parameter(property = MAX_REQUESTS) private String maxRequests;
  /** The app registration's client id; else the server's username, else AZURE_CLIENT_ID. */
  @Parameter(property = CLIENT_ID) private String clientId;
  /** A client certificate (PEM or PKCS#12); its password: -Dcommerce.certificatePassword or the environment. */
  @Parameter(property = CERTIFICATE_PATH) private String certificatePath;
  /** A federated (workload identity) token file; else AZURE_FEDERATED_TOKEN_FILE. */
  @Parameter(property = FEDERATED_TOKEN_FILE) private String federatedTokenFile;
  /** Sign-in mode: environment, client-secret, certificate, workload-identity, managed-identity, device-code,
   * username-password, access-token. Default: inferred from what is set, else the AZURE_* environment. */
  @Parameter(property = AUTH) private String auth;
  /** The user for username-password sign-in (else the server's username; the password is the server's). */
  @Parameter(property = USERNAME) private String username;
  /** The public client for device code and username/password sign-in; default: the MSCommerce module's. */
  @Parameter(property = PUBLIC_CLIENT_ID) private String publicClientId;
  /** The policy service's host root; default https://licensing.m365.microsoft.com. */
  @Parameter(property = ENDPOINT) private String endpoint;
  /** The Entra ID host root; default https://login.microsoftonline.com (or AZURE_AUTHORITY_HOST). */
  @Parameter(property = AUTHORITY_HOST) private String authorityHost;
  /** An extra trust anchor (PEM file): the emulator's certificate or a TLS-inspecting proxy's CA. */
  @Parameter(property = TRUST_CERTIFICATE) private String trustCertificate;
  /** The API version: v1.0 (default) or v1. */
  @Parameter(property = API_VERSION) private String apiVersion;
  /** Request timeout in seconds (1 to 3600, default 60); a request that times out is retried. */
  @Parameter(property = TIMEOUT) private String timeout;
  /** Retries after the first attempt (0 to 20, default 4), on 429, 502, 503, 504, timeouts and lost responses, for
   * reads and updates alike (both idempotent); not 500 or another 4xx. A 401 gets one fresh token instead. */
  @Parameter(property = RETRIES) private String retries;
  /** Parallel updates (1 to 64, default 8). */
  @Parameter(property = CONCURRENCY) private String concurrency;
  /** The policy; default AllowSelfServicePurchase. */
  @Parameter(property = POLICY_ID) private String policyId;
}
