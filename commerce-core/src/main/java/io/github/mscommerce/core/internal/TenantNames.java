package io.github.mscommerce.core.internal;

import java.util.Locale;
import java.util.Set;

/**
 * What a list of tenants (a run over many tenants, the desired state's per-tenant exceptions) may not name: Entra's
 * sign-in audiences pass as tenant ids in an authority, but they are not tenants, and an app cannot sign in to them.
 */
public final class TenantNames {

  private static final Set<String> AUDIENCES = Set.of("common", "organizations", "consumers");

  private TenantNames() {}

  /** {@code common}, {@code organizations} or {@code consumers}, in any casing. */
  public static boolean isSignInAudience(String tenant) {
    return AUDIENCES.contains(tenant.trim().toLowerCase(Locale.ROOT));
  }

  /** The sentence that says so, after the value. */
  public static String audienceIsNoTenant(String tenant) {
    return "'" + tenant + "' is a sign-in audience, not a tenant: name each tenant by its GUID or its domain, such "
        + "as contoso.onmicrosoft.com";
  }
}
