package io.github.mscommerce.emulator.state;

import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.GeneratedTenants;
import io.github.mscommerce.emulator.random.SplitMix64;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Makes the tenants {@link GeneratedTenants} describes. A pure function of the spec, the catalogue and the app. */
public final class TenantGenerator {

  private TenantGenerator() {}

  /**
   * @param products the catalogue's products now, in catalogue order (the seed picks among them by position)
   * @param app registered in every tenant
   * @throws IllegalArgumentException when more products should be {@code Enabled} than the catalogue has
   */
  public static List<Tenant> generate(GeneratedTenants spec, List<Product> products, AppRegistration app) {
    if (spec.enabledProducts() > products.size()) {
      throw new IllegalArgumentException("cannot make " + spec.enabledProducts() + " products Enabled per tenant: "
          + "the catalogue has " + products.size() + "; ask for at most that many");
    }
    List<String> ids = products.stream().map(Product::productId).toList();
    Set<String> catalogue = Set.copyOf(new HashSet<>(ids)); // one set shared by every generated tenant
    List<Tenant> tenants = new ArrayList<>(spec.count());
    for (int number = 1; number <= spec.count(); number++) {
      Tenant tenant = new Tenant(GeneratedTenants.tenantId(number), GeneratedTenants.domain(number), List.of(),
          StartingValues.onlyEnabled(enabledProducts(spec, number, ids), catalogue), true);
      tenant.addApp(app);
      tenants.add(tenant);
    }
    return tenants;
  }

  /** The first {@code enabledProducts} of a shuffle seeded by the spec's seed and the tenant's number. */
  static List<String> enabledProducts(GeneratedTenants spec, int number, List<String> productIds) {
    SplitMix64 random = new SplitMix64(SplitMix64.combine(spec.seed(), number));
    List<String> order = new ArrayList<>(productIds);
    List<String> chosen = new ArrayList<>(spec.enabledProducts());
    for (int i = 0; i < spec.enabledProducts(); i++) {
      int pick = i + random.nextInt(order.size() - i);
      String product = order.get(pick);
      order.set(pick, order.get(i));
      order.set(i, product);
      chosen.add(product);
    }
    return chosen;
  }
}
