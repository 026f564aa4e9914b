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
 */
public record JournalEntry(Instant time, String method, String path, String route, int status,
                           String tenantId, String grantType, String clientId, String correlationId) {}
