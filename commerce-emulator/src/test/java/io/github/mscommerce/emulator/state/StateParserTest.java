package io.github.mscommerce.emulator.state;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.ClientCertificate;
import io.github.mscommerce.emulator.InvalidStateException;
import io.github.mscommerce.emulator.crypto.Pem;
import io.github.mscommerce.emulator.crypto.SelfSignedCertificates;
import java.time.Duration;
import org.junit.Test;

public class StateParserTest {

  private static final String TENANT = "11111111-2222-3333-4444-555555555555";
  private static final String APP = "99999999-8888-4777-8666-555555555555";
  private static final String SOURCE = "State file /tmp/state.json";

  private final StateParser parser = new StateParser(Catalogue.builtIn());

  @Test
  public void parse_fullDocument_readsEverySection() {
    String pem = Pem.certificate(ClientCertificate.generate("app").certificate()).replace("\n", "\\n");
    StateDocument document = parser.parse("{\"products\":[{\"productId\":\"CFQ7TTC0ABCD\",\"productName\":\"New\"}],"
        + "\"tenants\":[{\"tenantId\":\"" + TENANT + "\",\"domain\":\"fabrikam.onmicrosoft.com\","
        + "\"apps\":[{\"clientId\":\"" + APP + "\",\"clientSecret\":\"s\",\"certificates\":[\"" + pem + "\"],"
        + "\"roles\":[\"Policy.ReadWrite.AllowSelfServicePurchase\"],\"federatedCredentials\":[{\"issuer\":\"https://i\","
        + "\"subject\":\"sub\",\"audience\":\"api://AzureADTokenExchange\"}],\"publicClient\":true}],"
        + "\"users\":[{\"username\":\"admin@fabrikam.onmicrosoft.com\",\"password\":\"p\","
        + "\"roles\":[\"62e90394-69f5-4237-9190-012177145e10\"]}],"
        + "\"managedIdentities\":[{\"clientId\":\"" + APP.replace('9', '7') + "\",\"roles\":[]}],"
        + "\"productValues\":{\"CFQ7TTC0ABCD\":\"Disabled\"},\"offerTypeValues\":{\"saas\":\"Disabled\"}}]}", SOURCE);

    StateDocument.TenantSpec tenant = document.tenants().get(0);
    AppRegistration app = tenant.apps().get(0);
    assertEquals("CFQ7TTC0ABCD", document.products().get(0).productId());
    assertEquals(1, app.certificates().size());
    assertTrue(app.publicClient());
    assertEquals("sub", app.federatedCredentials().get(0).subject());
    assertEquals("Disabled", tenant.productValues().get("CFQ7TTC0ABCD"));
    assertEquals("offer type ids are stored canonically", "Disabled", tenant.offerTypeValues().get("SaaS"));
    assertEquals(1, tenant.managedIdentities().size());
  }

  @Test
  public void parse_unknownKey_namesSourcePathAndAllowedKeys() {
    String message = failure("{\"tenants\":[{\"tenantId\":\"" + TENANT + "\",\"domain\":\"f.onmicrosoft.com\","
        + "\"users\":[{\"username\":\"a@f.onmicrosoft.com\",\"passwrd\":\"x\"}]}]}");

    assertTrue(message, message.startsWith(SOURCE + ": tenants[0].users[0].passwrd: unknown key 'passwrd'"));
    assertTrue(message, message.contains("allowed: objectId, password, roles, username"));
  }

  @Test
  public void parse_duplicateTenantId_isRejectedIgnoringCase() {
    String message = failure("{\"tenants\":[{\"tenantId\":\"" + TENANT + "\",\"domain\":\"a.onmicrosoft.com\"},"
        + "{\"tenantId\":\"" + TENANT.toUpperCase() + "\",\"domain\":\"b.onmicrosoft.com\"}]}");

    assertTrue(message, message.contains("tenants[1].tenantId: duplicate tenant id"));
  }

  @Test
  public void parse_sameUsernameInTwoTenants_isRejected() {
    String message = failure("{\"tenants\":[{\"tenantId\":\"" + TENANT + "\",\"domain\":\"a.onmicrosoft.com\","
        + "\"users\":[{\"username\":\"x@a.onmicrosoft.com\"}]},{\"tenantId\":\"" + APP + "\",\"domain\":"
        + "\"b.onmicrosoft.com\",\"users\":[{\"username\":\"X@a.onmicrosoft.com\"}]}]}");

    assertTrue(message, message.contains("tenants[1].users[0].username: duplicate username"));
  }

  @Test
  public void parse_badPolicyValue_listsTheAllowedValues() {
    String message = failure(tenantWith("\"productValues\":{\"CFQ7TTC0LH2H\":\"enabled\"}"));

    assertTrue(message, message.contains("tenants[0].productValues.CFQ7TTC0LH2H: 'enabled' is not a policy value"));
  }

  @Test
  public void parse_unknownProductValueKey_saysToAddTheProduct() {
    String message = failure(tenantWith("\"productValues\":{\"CFQ7TTC0NOPE\":\"Disabled\"}"));

    assertTrue(message, message.contains("unknown product id"));
    assertTrue(message, message.contains("add the product under \"products\""));
  }

  @Test
  public void parse_onlyTrialsOnAnOfferType_isRejected() {
    String message = failure(tenantWith("\"offerTypeValues\":{\"SaaS\":\"OnlyTrialsWithoutPaymentMethod\"}"));

    assertTrue(message, message.contains("an offer type takes Enabled or Disabled"));
  }

  @Test
  public void parse_builtInProductUnderProducts_isRejected() {
    String message = failure("{\"products\":[{\"productId\":\"CFQ7TTC0LH2H\",\"productName\":\"x\"}],"
        + "\"tenants\":[{\"tenantId\":\"" + TENANT + "\",\"domain\":\"a.onmicrosoft.com\"}]}");

    assertTrue(message, message.contains("products[0].productId: 'CFQ7TTC0LH2H' is in the built-in catalogue"));
  }

  @Test
  public void parse_clientIdNotAGuid_isRejected() {
    String message = failure(tenantWith("\"apps\":[{\"clientId\":\"my-app\"}]"));

    assertTrue(message, message.contains("tenants[0].apps[0]: clientId 'my-app' is not a GUID"));
  }

  @Test
  public void parse_unknownAppRole_namesTheValidRoles() {
    String message = failure(tenantWith("\"apps\":[{\"clientId\":\"" + APP + "\",\"roles\":[\"Policy.ReadWrite.All\"]}]"));

    assertTrue(message, message.contains("role 'Policy.ReadWrite.All' is not an app role"));
    assertTrue(message, message.contains("Policy.Read.AllowSelfServicePurchase"));
  }

  @Test
  public void parse_ecCertificate_isRejectedBecauseAssertionsNeedRsa() {
    String pem = Pem.certificate(SelfSignedCertificates.loopbackServer(SelfSignedCertificates.ecP256(),
        Duration.ofDays(1))).replace("\n", "\\n");

    String message = failure(tenantWith("\"apps\":[{\"clientId\":\"" + APP + "\",\"certificates\":[\"" + pem
        + "\"]}]"));

    assertTrue(message, message.contains("register an RSA certificate"));
  }

  @Test
  public void parse_errorElsewhere_neverQuotesASecret() {
    String message = failure(tenantWith("\"apps\":[{\"clientId\":\"" + APP + "\",\"clientSecret\":\"TOP-SECRET-1\","
        + "\"roles\":[\"Nope\"]}],\"users\":[{\"username\":\"u@a.onmicrosoft.com\",\"password\":\"TOP-SECRET-2\"}]"));

    assertFalse(message.contains("TOP-SECRET"));
  }

  @Test
  public void parse_noTenants_isRejectedWithAnExample() {
    assertTrue(failure("{\"tenants\":[]}").contains("at least one tenant is required"));
  }

  @Test
  public void parse_malformedJson_namesLineAndColumn() {
    String message = failure("{\n  \"tenants\": [\n    {tenantId: 1}\n  ]\n}");

    assertTrue(message, message.startsWith(SOURCE + ": not valid JSON: "));
    assertTrue(message, message.contains("line 3"));
  }

  @Test
  public void parse_wrongType_saysWhatWasExpected() {
    String message = failure("{\"tenants\":{\"tenantId\":\"x\"}}");

    assertTrue(message, message.contains("tenants: expected an array, found an object"));
  }

  private static String tenantWith(String members) {
    return "{\"tenants\":[{\"tenantId\":\"" + TENANT + "\",\"domain\":\"a.onmicrosoft.com\"," + members + "}]}";
  }

  private String failure(String json) {
    return assertThrows(InvalidStateException.class, () -> parser.parse(json, SOURCE)).getMessage();
  }
}
