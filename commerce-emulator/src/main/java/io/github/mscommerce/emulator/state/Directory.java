package io.github.mscommerce.emulator.state;

import io.github.mscommerce.emulator.UserAccount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The emulated tenants, in state-document order followed by the generated ones, and look-ups across them. A tenant is
 * found by id or domain through an index: with thousands of generated tenants every request looks one up.
 */
public final class Directory {

  private final List<Tenant> tenants;
  private final Map<String, Tenant> byName;

  /** @throws IllegalArgumentException when two tenants share an id or a domain */
  Directory(List<Tenant> tenants) {
    this.tenants = List.copyOf(tenants);
    this.byName = new HashMap<>(tenants.size() * 4);
    for (Tenant tenant : tenants) {
      index(tenant.tenantId(), tenant);
      index(tenant.domain(), tenant);
    }
  }

  public List<Tenant> tenants() {
    return tenants;
  }

  /** @param idOrDomain a tenant id or domain, in any case (MSAL lower-cases the authority) */
  public Optional<Tenant> tenant(String idOrDomain) {
    return idOrDomain == null ? Optional.empty() : Optional.ofNullable(byName.get(key(idOrDomain)));
  }

  /** The same tenants (the same objects, so their values stay) with {@code generated} in place of those generated. */
  Directory withGenerated(List<Tenant> generated) {
    List<Tenant> next = new ArrayList<>(tenants.stream().filter(tenant -> !tenant.generated()).toList());
    next.addAll(generated);
    return new Directory(next);
  }

  private void index(String name, Tenant tenant) {
    Tenant clash = byName.putIfAbsent(key(name), tenant);
    if (clash != null) {
      throw new IllegalArgumentException("Tenants " + clash.tenantId() + " and " + tenant.tenantId()
          + " are both named '" + name + "'" + (tenant.generated() ? ", which generated tenant ids and domains use; "
          + "rename the state file's tenant or generate fewer tenants" : "; give each tenant its own id and domain"));
    }
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Usernames are unique across tenants (a UPN's domain belongs to one tenant). */
  public Optional<TenantUser> user(String username) {
    for (Tenant tenant : tenants) {
      Optional<UserAccount> user = tenant.user(username);
      if (user.isPresent()) {
        return Optional.of(new TenantUser(tenant, user.get()));
      }
    }
    return Optional.empty();
  }

  /** @throws IllegalArgumentException when the username exists in any tenant */
  public synchronized void addUser(Tenant tenant, UserAccount user) {
    user(user.username()).ifPresent(existing -> {
      throw new IllegalArgumentException("User '" + user.username() + "' already exists in tenant "
          + existing.tenant().tenantId() + "; usernames are unique across tenants");
    });
    tenant.addUser(user);
  }

  /**
   * @param clientId a user-assigned identity's client id, or null for the system-assigned identity, which is the
   *     first managed identity of the first tenant (the demo tenant's, without a state file)
   */
  public Optional<TenantIdentity> managedIdentity(String clientId) {
    for (Tenant tenant : tenants) {
      for (ManagedIdentity identity : tenant.managedIdentities()) {
        if (clientId == null || identity.clientId().equalsIgnoreCase(clientId)) {
          return Optional.of(new TenantIdentity(tenant, identity));
        }
      }
    }
    return Optional.empty();
  }

  /** A user and the tenant it belongs to. */
  public record TenantUser(Tenant tenant, UserAccount user) {}

  /** A managed identity and the tenant it belongs to. */
  public record TenantIdentity(Tenant tenant, ManagedIdentity identity) {}
}
