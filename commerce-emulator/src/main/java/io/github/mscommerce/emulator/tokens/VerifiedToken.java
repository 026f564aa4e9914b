package io.github.mscommerce.emulator.tokens;

import io.github.mscommerce.emulator.state.Tenant;
import java.util.List;

/**
 * A bearer token the policy API accepted: who called, for which tenant, with which permissions.
 *
 * @param tenant the tenant selected by {@code tid}
 * @param appId the {@code appid} claim
 * @param roles app roles ({@code roles}); empty for users
 * @param scopes delegated permissions ({@code scp}); empty for apps
 * @param directoryRoles directory role template ids ({@code wids}); empty for apps
 */
public record VerifiedToken(Tenant tenant, String appId, List<String> roles, List<String> scopes,
                            List<String> directoryRoles) {

  public boolean isUser() {
    return !scopes.isEmpty();
  }
}
