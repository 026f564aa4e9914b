package io.github.mscommerce.emulator.tokens;

import io.github.mscommerce.emulator.crypto.RandomSecrets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Opaque refresh tokens. Each one can be redeemed once: redeeming returns a new one (rotation). */
public final class RefreshTokens {

  private final Map<String, Grant> grants = new ConcurrentHashMap<>();
  private final IssuedTokenValues issued = new IssuedTokenValues();

  public String issue(Grant grant) {
    String token = "0." + RandomSecrets.opaqueToken(48);
    grants.put(token, grant);
    issued.add(token);
    return token;
  }

  /** Every refresh token issued since start-up or the last {@link #clear()}, redeemed ones included, oldest first. */
  public List<String> issuedValues() {
    return issued.all();
  }

  /**
   * Takes the token out of circulation and returns what it granted. Empty for unknown or used tokens, and for tokens
   * of another client or tenant, which stay valid for their own client.
   *
   * @param tenantId the authority's tenant, or null for {@code common}/{@code organizations}
   */
  public Optional<Grant> redeem(String token, String clientId, String tenantId) {
    if (token == null) {
      return Optional.empty();
    }
    Grant[] redeemed = new Grant[1];
    grants.computeIfPresent(token, (key, grant) -> {
      boolean sameClient = grant.clientId().equalsIgnoreCase(clientId);
      boolean sameTenant = tenantId == null || grant.tenantId().equalsIgnoreCase(tenantId);
      if (sameClient && sameTenant) {
        redeemed[0] = grant;
        return null; // removes the entry: rotation
      }
      return grant;
    });
    return Optional.ofNullable(redeemed[0]);
  }

  public void clear() {
    grants.clear();
    issued.clear();
  }

  /**
   * What a refresh token stands for: a user signed in to a client in a tenant.
   *
   * @param tenantId the user's tenant
   * @param username the user's UPN
   * @param clientId the public client the user signed in to
   */
  public record Grant(String tenantId, String username, String clientId) {}
}
