package io.github.mscommerce.core.plan;

import static io.github.mscommerce.core.PolicyValue.DISABLED;
import static io.github.mscommerce.core.PolicyValue.ENABLED;
import static io.github.mscommerce.core.PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.ItemKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** The desired state's {@code "tenants"} object: per-tenant exceptions to the baseline, item by item. */
public class TenantOverridesTest {

  private static final String SOURCE = "desired.json";

  private static final String DOCUMENT = """
      {
        "default": "Disabled",
        "products": {"CFQ7TTC0RM8K": "OnlyTrialsWithoutPaymentMethod", "CFQ7TTC0MM8R": "Disabled"},
        "offerTypes": {"SaaS": "Disabled"},
        "tenants": {
          "fabrikam.onmicrosoft.com": {"products": {"cfq7ttc0rm8k": "Enabled"}},
          "00000000-0000-4000-8000-000000000007": {"default": "Enabled", "offerTypes": {"SaaS": "Enabled"}}
        }
      }
      """;

  private static DesiredStateDocument read(String json) {
    return DesiredStateJson.read(json, SOURCE);
  }

  private static String error(String json) {
    return assertThrows(InvalidSettingsException.class, () -> read(json)).getMessage();
  }

  @Test
  public void read_keepsTheBaselineAndEachTenantsExceptionsInDocumentOrder() {
    DesiredStateDocument document = read(DOCUMENT);

    assertEquals(Optional.of(DISABLED), document.state().defaultValue());
    assertEquals(List.of("fabrikam.onmicrosoft.com", "00000000-0000-4000-8000-000000000007"),
        List.copyOf(document.tenants().keySet()));
    assertEquals("desired.json:6:5", document.tenants().get("fabrikam.onmicrosoft.com").location());
  }

  @Test
  public void forTenant_overridesTheBaselineItemByItemIgnoringCase() {
    DesiredStateDocument document = read(DOCUMENT);

    DesiredState fabrikam = document.forTenant(document.overrideFor("Fabrikam.onmicrosoft.com", Optional.empty()))
        .state();

    assertEquals(Optional.of(DISABLED), fabrikam.defaultValue());
    assertEquals(Map.of("cfq7ttc0rm8k", ENABLED, "CFQ7TTC0MM8R", DISABLED), fabrikam.products());
    assertEquals(Map.of("SaaS", DISABLED), fabrikam.offerTypes());
  }

  @Test
  public void forTenant_anExceptionMaySetItsOwnDefaultAndOfferTypes() {
    DesiredStateDocument document = read(DOCUMENT);

    DesiredState seventh = document.forTenant(document.overrideFor("00000000-0000-4000-8000-000000000007",
        Optional.empty())).state();

    assertEquals(Optional.of(ENABLED), seventh.defaultValue());
    assertEquals(Map.of("CFQ7TTC0RM8K", ONLY_TRIALS_WITHOUT_PAYMENT_METHOD, "CFQ7TTC0MM8R", DISABLED),
        seventh.products());
    assertEquals(Map.of("SaaS", ENABLED), seventh.offerTypes());
  }

  @Test
  public void overrideFor_aDomainRunTenantFindsTheExceptionWrittenUnderItsGuid() {
    DesiredStateDocument document = read(DOCUMENT);

    Optional<TenantOverride> found = document.overrideFor("tenant-00007.onmicrosoft.com",
        Optional.of("00000000-0000-4000-8000-000000000007"));

    assertEquals("00000000-0000-4000-8000-000000000007", found.orElseThrow().tenant());
    assertEquals(Optional.empty(), document.overrideFor("tenant-00008.onmicrosoft.com", Optional.empty()));
  }

  @Test
  public void forTenant_withoutExceptions_isTheBaselineWithoutTenants() {
    DesiredStateDocument document = read(DOCUMENT);

    DesiredStateDocument other = document.forTenant(Optional.empty());

    assertEquals(document.state(), other.state());
    assertEquals(Map.of(), other.tenants());
  }

  @Test
  public void forTenant_locatesEachItemWhereItsValueIsWritten() {
    DesiredStateDocument document = read(DOCUMENT);

    DesiredStateDocument fabrikam = document.forTenant(document.overrideFor("fabrikam.onmicrosoft.com",
        Optional.empty()));

    assertEquals(Optional.of("desired.json:6:47"), fabrikam.location(ItemKind.PRODUCT, "CFQ7TTC0RM8K"));
    assertEquals(Optional.of("desired.json:3:66"), fabrikam.location(ItemKind.PRODUCT, "CFQ7TTC0MM8R"));
  }

  @Test
  public void read_documentWithOnlyTenants_isValid() {
    DesiredStateDocument document = read("{\"tenants\": {\"contoso.onmicrosoft.com\": {\"default\": \"Disabled\"}}}");

    assertEquals(Optional.empty(), document.state().defaultValue());
    assertEquals(1, document.tenants().size());
  }

  @Test
  public void read_singleTenantDocument_hasNoTenants() {
    assertEquals(Map.of(), read("{\"default\": \"Disabled\"}").tenants());
  }

  @Test
  public void read_unknownKeyInATenant_pointsAtItAndNamesTheTenantsKeys() {
    assertEquals("desired.json:3:34: unknown key \"product\" in the exceptions of tenant fabrikam.onmicrosoft.com: "
        + "use one of \"default\", \"products\" or \"offerTypes\". Did you mean \"products\"?", error("""
        {
          "tenants": {
            "fabrikam.onmicrosoft.com": {"product": {"CFQ7TTC0RM8K": "Enabled"}}
          }
        }
        """));
  }

  @Test
  public void read_policyIdInATenant_isNotAnException() {
    assertTrue(error("{\"tenants\": {\"contoso.onmicrosoft.com\": {\"policyId\": \"AllowSelfServicePurchase\"}}}")
        .startsWith("desired.json:1:42: unknown key \"policyId\" in the exceptions of tenant contoso"));
  }

  @Test
  public void read_badTenantName_pointsAtTheKey() {
    assertEquals("desired.json:1:14: 'contoso com' is not a tenant id: give a GUID such as "
        + "72f988bf-86f1-41af-91ab-2d7cd011db47, or a domain such as contoso.onmicrosoft.com.",
        error("{\"tenants\": {\"contoso com\": {\"default\": \"Disabled\"}}}"));
  }

  @Test
  public void read_signInAudience_isNoTenant() {
    assertEquals("desired.json:1:14: 'common' is a sign-in audience, not a tenant: name each tenant by its GUID or "
        + "its domain, such as contoso.onmicrosoft.com", error("{\"tenants\": {\"common\": {\"default\": \"Disabled\"}}}"));
  }

  @Test
  public void read_sameTenantInTwoCasings_isADuplicate() {
    assertEquals("desired.json:3:3: duplicate key \"Contoso.onmicrosoft.com\" (first at 2:3): write each tenant once",
        error("""
        {"tenants": {
          "contoso.onmicrosoft.com": {"default": "Disabled"},
          "Contoso.onmicrosoft.com": {"default": "Enabled"}
        }}
        """));
  }

  @Test
  public void read_tenantsAsArray_saysToWriteAnObject() {
    assertTrue(error("{\"tenants\": [\"contoso.onmicrosoft.com\"]}").startsWith("desired.json:1:13: \"tenants\" is an "
        + "array: write an object of tenant to its exceptions, such as {\"fabrikam.onmicrosoft.com\""));
  }

  @Test
  public void read_tenantSettingNothing_saysWhatToAdd() {
    assertEquals("desired.json:1:41: the exceptions of tenant contoso.onmicrosoft.com set nothing: add \"default\", "
        + "\"products\" or \"offerTypes\", or remove the tenant",
        error("{\"tenants\": {\"contoso.onmicrosoft.com\": {}}}"));
  }

  @Test
  public void read_badValueInATenant_pointsAtTheValue() {
    assertTrue(error("{\"tenants\": {\"contoso.onmicrosoft.com\": {\"default\": \"Disbled\"}}}")
        .startsWith("desired.json:1:53: 'Disbled' is not a policy value (\"default\" of tenant "
            + "contoso.onmicrosoft.com)"));
  }
}
