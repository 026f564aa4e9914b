package io.github.mscommerce.emulator.state;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.GeneratedTenants;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class EmulatorStateTest {

  private static final String TENANT = "11111111-2222-3333-4444-555555555555";
  private static final AppRegistration APP = AppRegistration.builder("1f0e2d3c-4b5a-4697-8877-a1b2c3d4e5f6")
      .secret("secret").role(AppRegistration.ROLE_READ_WRITE).build();
  private static final StateDocument ONE_TENANT = new StateDocument(List.of(), List.of(new StateDocument.TenantSpec(
      TENANT, "fabrikam.onmicrosoft.com", List.of(), List.of(), List.of(), Map.of(), Map.of())));

  private final EmulatorState state = new EmulatorState(Catalogue.builtIn(), ONE_TENANT, GeneratedTenants.of(3), APP);

  @Test
  public void startup_putsTheDocumentTenantsFirstThenTheGenerated() {
    assertEquals(List.of(TENANT, GeneratedTenants.tenantId(1), GeneratedTenants.tenantId(2),
        GeneratedTenants.tenantId(3)), ids());
  }

  @Test
  public void tenant_isFoundByIdOrDomainInAnyCase() {
    Tenant byDomain = state.directory().tenant("TENANT-00002.onmicrosoft.com").orElseThrow();

    assertSame(byDomain, state.directory().tenant(GeneratedTenants.tenantId(2)).orElseThrow());
    assertTrue(state.directory().tenant("tenant-00004.onmicrosoft.com").isEmpty());
  }

  @Test
  public void generate_replacesOnlyTheGeneratedTenants_othersKeepTheirValues() {
    state.directory().tenant(TENANT).orElseThrow().setProductValue("CFQ7TTC0LH2H", PolicyValues.DISABLED);

    state.generate(GeneratedTenants.of(1));

    assertEquals(List.of(TENANT, GeneratedTenants.tenantId(1)), ids());
    assertEquals(PolicyValues.DISABLED, state.directory().tenant(TENANT).orElseThrow().productValue("CFQ7TTC0LH2H"));
  }

  @Test
  public void reset_bringsBackTheStartupGenerationWithItsValues() {
    Tenant first = state.directory().tenant(GeneratedTenants.tenantId(1)).orElseThrow();
    String before = first.productValue("CFQ7TTC0LH2H");
    first.setProductValue("CFQ7TTC0LH2H", PolicyValues.ONLY_TRIALS);
    state.generate(GeneratedTenants.NONE);

    state.reset();

    assertEquals(4, ids().size());
    assertEquals(before, state.directory().tenant(GeneratedTenants.tenantId(1)).orElseThrow()
        .productValue("CFQ7TTC0LH2H"));
  }

  @Test
  public void load_replacesEveryTenantGeneratedOnesToo() {
    state.load(ONE_TENANT);

    assertEquals(List.of(TENANT), ids());
  }

  @Test
  public void generatedTenantClashingWithADocumentTenant_isRejected() {
    StateDocument clash = new StateDocument(List.of(), List.of(new StateDocument.TenantSpec(
        GeneratedTenants.tenantId(2), "mine.onmicrosoft.com", List.of(), List.of(), List.of(), Map.of(), Map.of())));

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> new EmulatorState(Catalogue.builtIn(), clash, GeneratedTenants.of(3), APP));

    assertTrue(error.getMessage(), error.getMessage().contains("generated tenant ids and domains use"));
  }

  private List<String> ids() {
    return state.directory().tenants().stream().map(Tenant::tenantId).toList();
  }
}
