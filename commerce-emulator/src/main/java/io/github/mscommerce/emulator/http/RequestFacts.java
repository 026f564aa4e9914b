package io.github.mscommerce.emulator.http;

/**
 * What the journal records about a request besides method, path and status. Each field may be null.
 *
 * @param tenantId the tenant the request was for (its id, however the request named it)
 * @param clientId the client id of a token request, or the {@code appid} of a policy request's token
 * @param grantType the grant type of a token request
 * @param tokenTenantId the {@code tid} claim of the bearer token a policy request carried, as the token says it
 * @param pathTenant the tenant segment of an Entra path as the client sent it (id, domain or {@code common})
 */
public record RequestFacts(String tenantId, String clientId, String grantType, String tokenTenantId,
                           String pathTenant) {

  public static final RequestFacts NONE = new RequestFacts(null, null, null);

  public RequestFacts(String tenantId, String clientId, String grantType) {
    this(tenantId, clientId, grantType, null, null);
  }

  /** Values known here win; the rest come from {@code fallback}. */
  public RequestFacts or(RequestFacts fallback) {
    return new RequestFacts(first(tenantId, fallback.tenantId), first(clientId, fallback.clientId),
        first(grantType, fallback.grantType), first(tokenTenantId, fallback.tokenTenantId),
        first(pathTenant, fallback.pathTenant));
  }

  private static String first(String value, String fallback) {
    return value != null ? value : fallback;
  }
}
