package io.github.mscommerce.emulator.state;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.GeneratedTenants;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class TenantGeneratorTest {

  private static final AppRegistration APP = AppRegistration.builder("1f0e2d3c-4b5a-4697-8877-a1b2c3d4e5f6")
      .secret("secret").role(AppRegistration.ROLE_READ_WRITE).build();

  private final Catalogue catalogue = Catalogue.builtIn();

  @Test
  public void generate_givesEachTenantExactlyTheAskedNumberEnabledAndTheRestDisabled() {
    List<Tenant> tenants = generate(GeneratedTenants.of(200));

    for (Tenant tenant : tenants) {
      List<String> values = catalogue.products().stream().map(p -> tenant.productValue(p.productId())).toList();
      assertEquals(tenant.toString(), 3, values.stream().filter(PolicyValues.ENABLED::equals).count());
      assertEquals(tenant.toString(), values.size() - 3, values.stream().filter(PolicyValues.DISABLED::equals)
          .count());
    }
  }

  @Test
  public void generate_sameSeedSameChoice_otherSeedOtherChoice() {
    List<List<String>> first = enabledPerTenant(generate(GeneratedTenants.of(50).withSeed(7)));
    List<List<String>> again = enabledPerTenant(generate(GeneratedTenants.of(50).withSeed(7)));
    List<List<String>> other = enabledPerTenant(generate(GeneratedTenants.of(50).withSeed(8)));

    assertEquals(first, again);
    assertNotEquals(first, other);
  }

  @Test
  public void generate_choiceDiffersBetweenTenantsOfOneSeed() {
    Set<List<String>> distinct = new HashSet<>(enabledPerTenant(generate(GeneratedTenants.of(50))));

    assertTrue("only " + distinct.size() + " distinct choices among 50 tenants", distinct.size() > 40);
  }

  @Test
  public void generate_numbersTenantsWithDistinctGuidsAndDomains_registeringTheApp() {
    List<Tenant> tenants = generate(GeneratedTenants.of(1000));

    assertEquals("00000000-0000-4000-8000-000000000042", tenants.get(41).tenantId());
    assertEquals("tenant-00042.onmicrosoft.com", tenants.get(41).domain());
    assertEquals(1000, tenants.stream().map(Tenant::tenantId).distinct().count());
    assertEquals(1000, tenants.stream().map(Tenant::domain).distinct().count());
    assertTrue(tenants.stream().allMatch(tenant -> RegistrationRules.isGuid(tenant.tenantId())));
    assertTrue(tenants.stream().allMatch(Tenant::generated));
    assertEquals(List.of(APP), tenants.get(999).apps());
  }

  @Test
  public void generate_enabledProductsIsConfigurable_zeroDisablesEverything() {
    Tenant five = generate(GeneratedTenants.of(1).withEnabledProducts(5)).get(0);
    Tenant none = generate(GeneratedTenants.of(1).withEnabledProducts(0)).get(0);

    assertEquals(5, catalogue.products().stream()
        .filter(p -> five.productValue(p.productId()).equals(PolicyValues.ENABLED)).count());
    assertTrue(catalogue.products().stream()
        .allMatch(p -> none.productValue(p.productId()).equals(PolicyValues.DISABLED)));
  }

  @Test
  public void generate_moreEnabledThanTheCatalogueHas_isRejectedNamingTheSize() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> generate(GeneratedTenants.of(1).withEnabledProducts(25)));

    assertTrue(error.getMessage(), error.getMessage().contains("the catalogue has 24"));
  }

  @Test
  public void productReleasedAfterGeneration_isEnabled_andASetValueWins() {
    Tenant tenant = generate(GeneratedTenants.of(1).withEnabledProducts(0)).get(0);
    catalogue.release(new Product("CFQ7TTC0NEW1", "New"));

    tenant.setProductValue("CFQ7TTC0LH2H", PolicyValues.ONLY_TRIALS);

    assertEquals(PolicyValues.ENABLED, tenant.productValue("CFQ7TTC0NEW1"));
    assertEquals(PolicyValues.ONLY_TRIALS, tenant.productValue("CFQ7TTC0LH2H"));
    assertEquals(PolicyValues.ENABLED, tenant.offerTypeValue("SaaS"));
  }

  @Test
  public void enabledProducts_isAPureFunctionOfSeedAndNumber() {
    List<String> ids = catalogue.products().stream().map(Product::productId).toList();
    GeneratedTenants spec = GeneratedTenants.of(3).withSeed(123);

    assertEquals(TenantGenerator.enabledProducts(spec, 2, ids), TenantGenerator.enabledProducts(spec, 2, ids));
    assertEquals(3, new HashSet<>(TenantGenerator.enabledProducts(spec, 2, ids)).size());
  }

  private List<Tenant> generate(GeneratedTenants spec) {
    return TenantGenerator.generate(spec, catalogue.products(), APP);
  }

  private List<List<String>> enabledPerTenant(List<Tenant> tenants) {
    return tenants.stream().map(tenant -> catalogue.products().stream().map(Product::productId)
        .filter(id -> tenant.productValue(id).equals(PolicyValues.ENABLED)).toList()).toList();
  }
}
