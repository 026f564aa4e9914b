package io.github.mscommerce.emulator.state;

import io.github.mscommerce.emulator.UserAccount;
import java.util.List;
import java.util.Optional;

/** The emulated tenants, in state-document order, and look-ups across them. */
public final class Directory {

  private final List<Tenant> tenants;

  Directory(List<Tenant> tenants) {
    this.tenants = List.copyOf(tenants);
  }

  public List<Tenant> tenants() {
    return tenants;
  }

  /** @param idOrDomain a tenant id or domain, in any case (MSAL lower-cases the authority) */
  public Optional<Tenant> tenant(String idOrDomain) {
    return tenants.stream().filter(tenant -> tenant.isNamedBy(idOrDomain)).findFirst();
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
