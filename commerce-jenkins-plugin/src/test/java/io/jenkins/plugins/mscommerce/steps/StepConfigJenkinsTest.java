package io.jenkins.plugins.mscommerce.steps;

import java.util.List;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.BuildWatcher;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * Every step through the Snippet Generator's form (config.jelly, data binding, data-bound getters) and as the snippet
 * it generates, which is what a script writer copies: lists as lists, Booleans and numbers unquoted.
 */
public class StepConfigJenkinsTest {

  @ClassRule public static BuildWatcher buildWatcher = new BuildWatcher();
  @Rule public JenkinsRule r = new JenkinsRule();

  /** The connection fields every step has, all set. */
  private static <S extends CommerceStep> S connected(S step) {
    step.setCredentialsId("contoso");
    step.setTenants(List.of("contoso.onmicrosoft.com", "72f988bf-86f1-41af-91ab-2d7cd011db47"));
    step.setTenantConcurrency(16);
    step.setMaxRequests(64);
    step.setEndpoint("https://127.0.0.1:8443");
    step.setAuthorityHost("https://127.0.0.1:8443");
    step.setTrustCertificateId("emulator-ca");
    step.setTrustCertificate("emulator.pem");
    step.setApiVersion("v1");
    step.setTimeout(30);
    step.setRetries(0);
    step.setConcurrency(4);
    step.setPolicyId("AllowSelfServicePurchase");
    step.setReportDirectory("reports/commerce");
    return step;
  }

  private void assertConfigRoundTrip(Step step) throws Exception {
    r.assertEqualDataBoundBeans(step, new StepConfigTester(r).configRoundTrip(step));
  }

  @Test
  public void configRoundTripOfEveryStep() throws Exception {
    assertConfigRoundTrip(connected(new PoliciesStep()));
    assertConfigRoundTrip(connected(new PolicyStep()));
    ProductPoliciesStep products = connected(new ProductPoliciesStep());
    products.setScope("OfferType");
    assertConfigRoundTrip(products);
    ProductPolicyStep product = connected(new ProductPolicyStep());
    product.setProductId("CFQ7TTC0MM8R");
    assertConfigRoundTrip(product);
    UpdateProductPolicyStep update = connected(new UpdateProductPolicyStep());
    update.setProductIds(List.of("CFQ7TTC0LH2H", "CFQ7TTC0H9MP"));
    update.setProductNames(List.of("Power BI*"));
    update.setOfferTypes(List.of("SaaS"));
    update.setValue("Disabled");
    update.setDryRun(true);
    assertConfigRoundTrip(update);
    VerifyPolicyStep gate = connected(new VerifyPolicyStep());
    gate.setAll(true);
    gate.setForbid(List.of("Enabled", "OnlyTrialsWithoutPaymentMethod"));
    gate.setUnstable(true);
    gate.setFailOnViolation(false);
    assertConfigRoundTrip(gate);
    ApplyPolicyStep apply = connected(new ApplyPolicyStep("policy/desired-state.json"));
    apply.setDryRun(true);
    assertConfigRoundTrip(apply);
    ExportPolicyStep export = connected(new ExportPolicyStep());
    export.setOutput("state/tenant.json");
    export.setIncludeOfferTypes(true);
    assertConfigRoundTrip(export);
  }

  /** A workspace file of tenants is one element, as the form writes it back. */
  @Test
  public void configRoundTripOfATenantsFile() throws Exception {
    VerifyPolicyStep gate = new VerifyPolicyStep();
    gate.setTenants(List.of("@tenants.txt"));
    assertConfigRoundTrip(gate);
    ApplyPolicyStep apply = new ApplyPolicyStep("desired-state.json");
    apply.setTenants(List.of("@shards/shard-0.txt"));
    apply.setTenantConcurrency(4);
    assertConfigRoundTrip(apply);
  }

  /** A step with nothing set stays so: empty fields are unset, not empty strings or zeros. */
  @Test
  public void configRoundTripOfEmptySteps() throws Exception {
    assertConfigRoundTrip(new ProductPoliciesStep());
    assertConfigRoundTrip(new UpdateProductPolicyStep());
    assertConfigRoundTrip(new VerifyPolicyStep());
  }

  @Test
  public void snippetsOfEveryStep() throws Exception {
    SnippetizerTester snippets = new SnippetizerTester(r);
    snippets.assertRoundTrip(new PoliciesStep(), "msCommercePolicies()");
    PolicyStep policy = new PolicyStep();
    policy.setCredentialsId("contoso");
    snippets.assertRoundTrip(policy, "msCommercePolicy credentialsId: 'contoso'");
    ProductPoliciesStep products = new ProductPoliciesStep();
    products.setScope("OfferType");
    products.setTimeout(30);
    snippets.assertRoundTrip(products, "msCommerceProductPolicies scope: 'OfferType', timeout: 30");
    ProductPolicyStep product = new ProductPolicyStep();
    product.setOfferType("SaaS");
    snippets.assertRoundTrip(product, "msCommerceProductPolicy offerType: 'SaaS'");
    UpdateProductPolicyStep update = new UpdateProductPolicyStep();
    update.setProductIds(List.of("CFQ7TTC0LH2H", "CFQ7TTC0H9MP"));
    update.setEnabled(false);
    snippets.assertRoundTrip(update,
        "msCommerceUpdateProductPolicy enabled: false, productIds: ['CFQ7TTC0LH2H', 'CFQ7TTC0H9MP']");
    VerifyPolicyStep gate = new VerifyPolicyStep();
    gate.setAll(true);
    gate.setForbid(List.of("Enabled"));
    gate.setUnstable(true);
    snippets.assertRoundTrip(gate, "msCommerceVerifyPolicy all: true, forbid: ['Enabled'], unstable: true");
    VerifyPolicyStep warnOnly = new VerifyPolicyStep();
    warnOnly.setFailOnViolation(false);
    snippets.assertRoundTrip(warnOnly, "msCommerceVerifyPolicy failOnViolation: false");
    snippets.assertRoundTrip(new ApplyPolicyStep("desired-state.json"), "msCommerceApplyPolicy 'desired-state.json'");
    ApplyPolicyStep dryRun = new ApplyPolicyStep("desired-state.json");
    dryRun.setDryRun(true);
    snippets.assertRoundTrip(dryRun, "msCommerceApplyPolicy desiredState: 'desired-state.json', dryRun: true");
    ExportPolicyStep export = new ExportPolicyStep();
    export.setIncludeOfferTypes(true);
    export.setReportDirectory("reports");
    snippets.assertRoundTrip(export, "msCommerceExportPolicy includeOfferTypes: true, reportDirectory: 'reports'");
  }

  /** Tenants as a list, the two limits unquoted; a file of tenants as the one-element list. */
  @Test
  public void snippetsOfTenantRuns() throws Exception {
    SnippetizerTester snippets = new SnippetizerTester(r);
    VerifyPolicyStep gate = new VerifyPolicyStep();
    gate.setCredentialsId("partner-app");
    gate.setTenants(List.of("contoso.onmicrosoft.com", "fabrikam.onmicrosoft.com"));
    gate.setTenantConcurrency(4);
    gate.setMaxRequests(16);
    gate.setUnstable(true);
    snippets.assertRoundTrip(gate, "msCommerceVerifyPolicy credentialsId: 'partner-app', maxRequests: 16, "
        + "tenantConcurrency: 4, tenants: ['contoso.onmicrosoft.com', 'fabrikam.onmicrosoft.com'], unstable: true");
    ApplyPolicyStep apply = new ApplyPolicyStep("desired-state.json");
    apply.setTenants(List.of("@tenants.txt"));
    snippets.assertRoundTrip(apply, "msCommerceApplyPolicy desiredState: 'desired-state.json', "
        + "tenants: ['@tenants.txt']");
    ExportPolicyStep export = new ExportPolicyStep();
    export.setTenants(List.of("@tenants.txt"));
    export.setOutput("state");
    snippets.assertRoundTrip(export, "msCommerceExportPolicy output: 'state', tenants: ['@tenants.txt']");
  }
}
