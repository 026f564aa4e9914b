package io.github.mscommerce.emulator;

import java.time.Instant;

/**
 * One request the emulator served (admin requests excepted). Holds no secret, body or token.
 *
 * @param time when the response (or the dropped connection) was decided
 * @param method the HTTP method
 * @param path the raw request path, without the query
 * @param route the route template, e.g. {@code /v1.0/policies/{policyId}/products}; the raw path when no route matched
 * @param status the status sent; 0 when a fault dropped the connection
 * @param tenantId the tenant the request was for, when known
 * @param grantType the OAuth grant type of a token request ({@code managed_identity} for the managed identity
 *     endpoints), else null
 * @param clientId the client id of a token request, or the {@code appid} of the bearer token on policy routes
 * @param correlationId the {@code x-ms-correlation-id} echoed (or generated) on policy routes, else null
 * @param tokenTenantId the {@code tid} of the bearer token a policy request carried (null without one), so a test can
 *     prove which tenant's token each request used
 * @param pathTenant the tenant of an Entra path as sent, e.g. {@code tenant-00042.onmicrosoft.com}, a tenant id or
 *     {@code common}; null on other routes
 * @param fault the fault that fired, as {@link Fault.Step#label()} names it ({@code status-503}, {@code drop}, …),
 *     {@code latency} when only latency applied, else null
 * @param attempt how often this request's item was requested since the random fault run started (1 for the first
 *     time), or 0 when random faults do not cover the request
 */
public record JournalEntry(Instant time, String method, String path, String route, int status,
                           String tenantId, String grantType, String clientId, String correlationId,
                           String tokenTenantId, String pathTenant, String fault, int attempt) {

  /** An entry with the fields of the first version only; the newer ones are null or 0. */
  public JournalEntry(Instant time, String method, String path, String route, int status, String tenantId,
                      String grantType, String clientId, String correlationId) {
    this(time, method, path, route, status, tenantId, grantType, clientId, correlationId, null, null, null, 0);
  }
}
