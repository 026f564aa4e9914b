package io.github.mscommerce.emulator.entra;

import io.github.mscommerce.emulator.state.Directory;
import io.github.mscommerce.emulator.state.Tenant;
import java.util.Optional;

/**
 * The tenant segment of an authority path: a tenant id or domain in any case (MSAL lower-cases authorities), or
 * {@code common}/{@code organizations}, which only user flows may use (their tenant comes from the user).
 */
record Authority(String segment, Tenant tenant) {

  static Authority resolve(Directory directory, String segment) {
    if (isMultiTenant(segment)) {
      return new Authority(segment, null);
    }
    return new Authority(segment, directory.tenant(segment).orElseThrow(() -> OAuthErrors.unknownTenant(segment)));
  }

  static boolean isMultiTenant(String segment) {
    return "common".equalsIgnoreCase(segment) || "organizations".equalsIgnoreCase(segment);
  }

  Optional<Tenant> specificTenant() {
    return Optional.ofNullable(tenant);
  }

  /** For app-only flows, which need a specific tenant. */
  Tenant requireTenant() {
    if (tenant == null) {
      throw OAuthErrors.tenantRequired(segment);
    }
    return tenant;
  }
}
