package io.jenkins.plugins.mscommerce.credentials;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import hudson.util.FormValidation;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.auth.Authority;
import org.junit.Test;

/** The form accepts exactly what core accepts, in core's words. */
public class EntraAppChecksTest {

  @Test
  public void tenantId_acceptsAGuidAndADomain() {
    assertNull(EntraAppChecks.tenantId("72f988bf-86f1-41af-91ab-2d7cd011db47"));
    assertNull(EntraAppChecks.tenantId(" contoso.onmicrosoft.com "));
  }

  @Test
  public void tenantId_refusesWhatCoreRefuses_inCoresWords() {
    assertEquals(coreReason(null, "contoso onmicrosoft.com"), EntraAppChecks.tenantId("contoso onmicrosoft.com"));
    assertEquals(coreReason(null, "https://login.microsoftonline.com/contoso"),
        EntraAppChecks.tenantId("https://login.microsoftonline.com/contoso"));
  }

  @Test
  public void tenantId_missing_saysWhatToGive() {
    assertEquals(coreReason(null, ""), EntraAppChecks.tenantId(null));
    assertEquals(coreReason(null, ""), EntraAppChecks.tenantId("  "));
  }

  @Test
  public void clientId_missing_isRefused() {
    assertEquals(Messages.EntraAppCredentialsImpl_clientIdRequired(), EntraAppChecks.clientId(" "));
    assertNull(EntraAppChecks.clientId("1f0e2d3c-4b5a-4697-8877-a1b2c3d4e5f6"));
  }

  @Test
  public void authorityHost_blankMeansThePublicCloud() {
    assertNull(EntraAppChecks.authorityHost(null));
    assertNull(EntraAppChecks.authorityHost(""));
  }

  @Test
  public void authorityHost_acceptsAnHttpsHostRoot() {
    assertNull(EntraAppChecks.authorityHost("https://login.microsoftonline.us"));
    assertNull(EntraAppChecks.authorityHost("https://127.0.0.1:8443"));
  }

  @Test
  public void authorityHost_refusesPlainHttpAndPaths_inCoresWords() {
    for (String host : new String[] {
        "http://login.example.com", "http://127.0.0.1:8080", "https://login.microsoftonline.com/contoso"}) {
      assertEquals(host, coreReason(host, "organizations"), EntraAppChecks.authorityHost(host));
    }
  }

  @Test
  public void signIn_needsExactlyOneOfSecretAndCertificate() {
    assertNull(EntraAppChecks.signIn("s3cr3t", null));
    assertNull(EntraAppChecks.signIn("", "app-certificate"));
    assertEquals(Messages.EntraAppCredentialsImpl_secretOrCertificate(), EntraAppChecks.signIn(" ", ""));
    assertEquals(Messages.EntraAppCredentialsImpl_secretAndCertificate(),
        EntraAppChecks.signIn("s3cr3t", "app-certificate"));
  }

  @Test
  public void validation_isAnErrorWithTheProblemOrOk() {
    assertEquals(FormValidation.Kind.OK, EntraAppChecks.validation(null).kind);
    FormValidation error = EntraAppChecks.validation("x is <not> a tenant id");
    assertEquals(FormValidation.Kind.ERROR, error.kind);
    assertTrue(error.renderHtml(), error.renderHtml().contains("x is &lt;not&gt; a tenant id"));
  }

  private static String coreReason(String host, String tenantId) {
    try {
      Authority.of(host, tenantId);
      throw new AssertionError("core accepts " + host + " " + tenantId);
    } catch (InvalidSettingsException e) {
      return e.reason();
    }
  }
}
