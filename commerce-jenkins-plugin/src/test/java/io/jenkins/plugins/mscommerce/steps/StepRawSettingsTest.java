package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.http.ProxySettings;
import io.jenkins.plugins.mscommerce.credentials.ControllerSettings.TrustCertificateText;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** A step's fields as core reads them: by property, typed values as setting text, blank as unset. */
public class StepRawSettingsTest {

  private static StepRawSettings settings(CommerceStep step) {
    return new StepRawSettings(step.settings(), Map.of("AZURE_TENANT_ID", "from-environment"), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  @Test
  public void typedFields_becomeSettingText() {
    VerifyPolicyStep step = new VerifyPolicyStep();
    step.setProductIds(List.of("CFQ7TTC0LH2H", "CFQ7TTC0H9MP"));
    step.setAll(false);
    step.setForbid(List.of("Enabled"));
    step.setTimeout(30);
    step.setRetries(0);
    step.setEndpoint(" https://127.0.0.1:8443 ");

    StepRawSettings raw = settings(step);

    assertEquals(Optional.of("CFQ7TTC0LH2H,CFQ7TTC0H9MP"), raw.value(PropertyNames.PRODUCT_IDS));
    assertEquals(Optional.of("false"), raw.value(PropertyNames.ALL));
    assertEquals(Optional.of("Enabled"), raw.value(PropertyNames.FORBID));
    assertEquals(Optional.of("30"), raw.value(PropertyNames.TIMEOUT));
    assertEquals(Optional.of("0"), raw.value(PropertyNames.RETRIES));
    assertEquals(Optional.of("https://127.0.0.1:8443"), raw.endpoint());
    assertEquals(Optional.of("true"), raw.value(PropertyNames.FAIL_ON_VIOLATION));
  }

  /** The tenants list and its two limits reach core by their property names, as the Maven parameters do. */
  @Test
  public void tenantFields_becomeCoresTenantSettings() {
    ExportPolicyStep step = new ExportPolicyStep();
    step.setTenants(List.of("contoso.onmicrosoft.com, fabrikam.onmicrosoft.com", "@more-tenants.txt"));
    step.setTenantConcurrency(4);
    step.setMaxRequests(16);

    StepRawSettings raw = settings(step);

    assertEquals(Optional.of("contoso.onmicrosoft.com,fabrikam.onmicrosoft.com,@more-tenants.txt"),
        raw.value(PropertyNames.TENANTS));
    assertEquals(Optional.of("4"), raw.value(PropertyNames.TENANT_CONCURRENCY));
    assertEquals(Optional.of("16"), raw.value(PropertyNames.MAX_REQUESTS));
    assertEquals("a tenants list is no explicit tenant id", Optional.empty(), raw.tenantId());
  }

  @Test
  public void unsetFields_areUnset() {
    StepRawSettings raw = settings(new UpdateProductPolicyStep());

    assertEquals(Optional.empty(), raw.value(PropertyNames.PRODUCT_IDS));
    assertEquals(Optional.empty(), raw.value(PropertyNames.VALUE));
    assertEquals(Optional.empty(), raw.value(PropertyNames.ENABLED));
    assertEquals(Optional.empty(), raw.value(PropertyNames.TIMEOUT));
    assertEquals(Optional.empty(), raw.value(PropertyNames.REPORT_DIRECTORY));
    assertEquals(Optional.empty(), raw.value(PropertyNames.TENANTS));
    assertEquals(Optional.empty(), raw.value(PropertyNames.TENANT_CONCURRENCY));
    assertEquals(Optional.empty(), raw.value(PropertyNames.MAX_REQUESTS));
  }

  /** Only fields named after a property reach core; credentialsId and the other Jenkins-only fields do not. */
  @Test
  public void settings_keepOnlyProperties() {
    UpdateProductPolicyStep step = new UpdateProductPolicyStep();
    step.setCredentialsId("contoso");
    step.setTrustCertificateId("ca");
    step.setEnabled(false);

    Map<String, Object> fields = step.settings();

    assertTrue(fields.toString(), PropertyNames.all().containsAll(fields.keySet()));
    assertEquals(false, fields.get(PropertyNames.ENABLED));
    assertFalse(fields.toString(), fields.containsValue("contoso"));
    assertFalse(fields.toString(), fields.containsValue("ca"));
  }

  @Test
  public void unstable_turnsFailOnViolationOff() {
    VerifyPolicyStep step = new VerifyPolicyStep();
    step.setUnstable(true);

    assertEquals(Optional.of("false"), settings(step).value(PropertyNames.FAIL_ON_VIOLATION));
  }

  @Test
  public void withoutCredentials_idsComeFromTheEnvironmentInCore() {
    StepRawSettings raw = settings(new PoliciesStep());

    assertEquals(Optional.empty(), raw.tenantId());
    assertEquals("from-environment", raw.environment().get("AZURE_TENANT_ID"));
  }

  /**
   * A secret file's PEM goes to core as text, named as that secret file; the step's own trustCertificate stays a path
   * core reads in the workspace.
   */
  @Test
  public void trustCertificatePem_itsSource_andProxy_areOffered() {
    ProxySettings proxy = new ProxySettings("proxy.example.com", 3128, List.of());
    PoliciesStep step = new PoliciesStep();
    step.setTrustCertificate("certificates/ca.pem");
    StepRawSettings raw = new StepRawSettings(step.settings(), Map.of(), Optional.empty(),
        Optional.of(new TrustCertificateText("-----BEGIN CERTIFICATE-----",
            Messages.StepSupport_trustCertificateSource("corp-ca"))), Optional.of(proxy));

    assertEquals(Optional.of("-----BEGIN CERTIFICATE-----"), raw.trustCertificatePem());
    assertEquals(Optional.of("secret file 'corp-ca' (trustCertificateId)"), raw.trustCertificateSource());
    assertEquals(Optional.of("certificates/ca.pem"), raw.trustCertificateFile());
    assertEquals(Optional.of(proxy), raw.proxy());
    assertFalse(raw.toString(), raw.toString().contains("BEGIN CERTIFICATE"));
  }

  @Test
  public void listOf_splitsCommaSeparatedElementsAndDropsBlanks() {
    assertEquals(List.of("A", "B", "C"), CommerceStep.listOf(Arrays.asList("A, B", null, " ", "C")));
    assertNull(CommerceStep.listOf(List.of(" ", "")));
    assertNull(CommerceStep.listOf(null));
  }
}
