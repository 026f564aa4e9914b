package io.github.mscommerce.emulator.http;

/**
 * What the journal records about a request besides method, path and status. Each field may be null.
 *
 * @param tenantId the tenant the request was for
 * @param clientId the client id of a token request, or the {@code appid} of a policy request's token
 * @param grantType the grant type of a token request
 */
public record RequestFacts(String tenantId, String clientId, String grantType) {

  public static final RequestFacts NONE = new RequestFacts(null, null, null);

  /** Values known here win; the rest come from {@code fallback}. */
  public RequestFacts or(RequestFacts fallback) {
    return new RequestFacts(tenantId != null ? tenantId : fallback.tenantId,
        clientId != null ? clientId : fallback.clientId, grantType != null ? grantType : fallback.grantType);
  }
}
