package io.github.mscommerce.emulator.state;

import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.UserAccount;
import java.util.List;
import java.util.Map;

/**
 * A validated state document: extra catalogue products and the tenants that replace the current ones.
 *
 * @param products catalogue entries beyond the built-in ones
 * @param tenants the tenants, in document order
 */
public record StateDocument(List<Product> products, List<TenantSpec> tenants) {

  public StateDocument {
    products = List.copyOf(products);
    tenants = List.copyOf(tenants);
  }

  /** One tenant as the document describes it. Value maps hold canonical ids. */
  public record TenantSpec(String tenantId, String domain, List<AppRegistration> apps, List<UserAccount> users,
                           List<ManagedIdentity> managedIdentities, Map<String, String> productValues,
                           Map<String, String> offerTypeValues) {
    public TenantSpec {
      apps = List.copyOf(apps);
      users = List.copyOf(users);
      managedIdentities = List.copyOf(managedIdentities);
      productValues = Map.copyOf(productValues);
      offerTypeValues = Map.copyOf(offerTypeValues);
    }

    /** Hides secrets and passwords held in apps and users (their own toString redacts). */
    @Override
    public String toString() {
      return "TenantSpec[" + tenantId + ", " + domain + ", apps=" + apps + ", users=" + users + "]";
    }
  }
}
