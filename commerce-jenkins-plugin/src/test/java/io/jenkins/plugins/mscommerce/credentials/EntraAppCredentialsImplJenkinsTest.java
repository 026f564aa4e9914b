package io.jenkins.plugins.mscommerce.credentials;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.Item;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.github.mscommerce.emulator.ClientCertificate;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.mscommerce.testing.TestCertificateCredentials;
import io.jenkins.plugins.mscommerce.testing.TestEmulator;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jenkins.model.Jenkins;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlForm;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.BuildWatcher;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.springframework.security.access.AccessDeniedException;

/** The credential in a real Jenkins: its form, configuration as code, and the permission gate of every form method. */
@SuppressWarnings("try") // ACLContext resources only scope the user
public class EntraAppCredentialsImplJenkinsTest {

  private static final String TENANT = EntraAppCredentialsImplTest.TENANT;
  private static final String CLIENT = EntraAppCredentialsImplTest.CLIENT;
  private static final String SECRET = EntraAppCredentialsImplTest.SECRET;

  @ClassRule public static BuildWatcher buildWatcher = new BuildWatcher();

  /** A JenkinsRule that applies @ConfiguredWithCode where a test has it. */
  @Rule public JenkinsConfiguredWithCodeRule r = new JenkinsConfiguredWithCodeRule();

  private void add(Credentials credentials) throws Exception {
    CredentialsProvider.lookupStores(r.jenkins).iterator().next().addCredentials(Domain.global(), credentials);
  }

  private static EntraAppCredentialsImpl stored(String id) {
    List<EntraAppCredentialsImpl> all = CredentialsProvider.lookupCredentialsInItemGroup(
        EntraAppCredentialsImpl.class, Jenkins.get(), ACL.SYSTEM2);
    return all.stream().filter(c -> c.getId().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no credentials " + id));
  }

  private EntraAppCredentialsImpl.DescriptorImpl descriptor() {
    return r.jenkins.getDescriptorByType(EntraAppCredentialsImpl.DescriptorImpl.class);
  }

  private void submitUpdateForm(String id) throws Exception {
    HtmlForm form = r.createWebClient().goTo("credentials/store/system/domain/_/credential/" + id + "/update")
        .getFormByName("update");
    r.submit(form);
  }

  @Test
  public void configRoundTrip() throws Exception {
    EntraAppCredentialsImpl before =
        new EntraAppCredentialsImpl(CredentialsScope.GLOBAL, "contoso", "Contoso policy gate", TENANT, CLIENT);
    before.setClientSecret(Secret.fromString(SECRET));
    add(before);

    submitUpdateForm("contoso");

    EntraAppCredentialsImpl after = stored("contoso");
    r.assertEqualDataBoundBeans(before, after);
    assertEquals(SECRET, after.getClientSecret().getPlainText());
  }

  @Test
  public void configRoundTripWithCertificateAndAuthorityHost() throws Exception {
    add(TestCertificateCredentials.of("contoso-certificate", ClientCertificate.generate("round-trip"), "pfx-pw"));
    EntraAppCredentialsImpl before =
        new EntraAppCredentialsImpl(CredentialsScope.GLOBAL, "contoso", "", TENANT, CLIENT);
    before.setCertificateCredentialsId("contoso-certificate");
    before.setAuthorityHost("https://login.microsoftonline.us");
    add(before);

    submitUpdateForm("contoso");

    r.assertEqualDataBoundBeans(before, stored("contoso"));
  }

  @Test
  @ConfiguredWithCode("EntraAppCredentialsImplJenkinsTest/configuredWithCode.yaml")
  public void configuredWithCode() throws Exception {
    EntraAppCredentialsImpl credentials = stored("contoso");
    assertEquals(TENANT, credentials.getTenantId());
    assertEquals(CLIENT, credentials.getClientId());
    assertEquals("casc-Secret-not.for.logs", credentials.getClientSecret().getPlainText());
    assertEquals("https://login.microsoftonline.us", credentials.getAuthorityHost());

    String exported = r.exportToString(false);

    assertTrue(exported, exported.contains("entraIdApp"));
    assertFalse("the secret is exported encrypted", exported.contains("casc-Secret-not.for.logs"));
    Matcher secret = Pattern.compile("clientSecret: \"?(\\{[^\"\\s]+})").matcher(exported);
    assertTrue(exported, secret.find());
    assertEquals("casc-Secret-not.for.logs", Secret.decrypt(secret.group(1)).getPlainText());
  }

  @Test
  public void checkTenantIdAsAdministrator() throws Exception {
    secure();
    try (ACLContext ignored = as("admin")) {
      assertEquals(FormValidation.Kind.OK, descriptor().doCheckTenantId(null, TENANT).kind);
      assertEquals(FormValidation.Kind.ERROR, descriptor().doCheckTenantId(null, "contoso tenant").kind);
    }
  }

  @Test
  public void checkTenantIdAsCredentialsManager() throws Exception {
    secure();
    try (ACLContext ignored = as("manager")) {
      assertEquals(FormValidation.Kind.OK, descriptor().doCheckTenantId(null, TENANT).kind);
    }
  }

  @Test
  public void checkTenantIdAsUnauthorizedUser() throws Exception {
    assertDeniedToReader(item -> descriptor().doCheckTenantId(item, TENANT));
  }

  @Test
  public void checkClientIdAsUnauthorizedUser() throws Exception {
    assertDeniedToReader(item -> descriptor().doCheckClientId(item, CLIENT));
  }

  @Test
  public void checkClientSecretAsUnauthorizedUser() throws Exception {
    assertDeniedToReader(item -> descriptor().doCheckClientSecret(item, SECRET, ""));
  }

  @Test
  public void checkCertificateCredentialsIdAsUnauthorizedUser() throws Exception {
    assertDeniedToReader(item -> descriptor().doCheckCertificateCredentialsId(item, "contoso-certificate", ""));
  }

  @Test
  public void checkAuthorityHostAsUnauthorizedUser() throws Exception {
    assertDeniedToReader(item -> descriptor().doCheckAuthorityHost(item, "https://login.microsoftonline.us"));
  }

  /**
   * The checks are POST only (the form sends them so, checkMethod="post"). For a GET, Stapler's verb interceptor cancels
   * the dispatch before the method runs, so no route matches: 404.
   */
  @Test
  public void checkTenantIdByGet() throws Exception {
    Page page = r.createWebClient().withThrowExceptionOnFailingStatusCode(false)
        .goTo("descriptorByName/" + EntraAppCredentialsImpl.class.getName() + "/checkTenantId?value=" + TENANT, null);

    assertEquals(404, page.getWebResponse().getStatusCode());
  }

  @Test
  public void fillCertificateCredentialsIdItemsAsAuthorizedUser() throws Exception {
    add(TestCertificateCredentials.of("contoso-certificate", ClientCertificate.generate("fill"), "pfx-pw"));
    secure();
    try (ACLContext ignored = as("manager")) {
      assertEquals(List.of("", "contoso-certificate"),
          values(descriptor().doFillCertificateCredentialsIdItems(null, "")));
    }
  }

  @Test
  public void fillCertificateCredentialsIdItemsAsUnauthorizedUser() throws Exception {
    add(TestCertificateCredentials.of("contoso-certificate", ClientCertificate.generate("fill"), "pfx-pw"));
    secure();
    try (ACLContext ignored = as("reader")) {
      assertEquals(List.of("", "current-choice"),
          values(descriptor().doFillCertificateCredentialsIdItems(null, "current-choice")));
    }
  }

  /** "Test connection" signs in at the emulator with the form's values and reports the number of products. */
  @Test
  public void testConnectionAsCredentialsManager() throws Exception {
    CommerceEmulator emulator = TestEmulator.fresh();
    String url = emulator.baseUrl().toString();
    secure();
    try (ACLContext ignored = as("manager")) {
      FormValidation validation = descriptor().doTestConnection(null, emulator.demo().tenantId(),
          emulator.demo().clientId(), emulator.demo().clientSecret(), "", url, url,
          Files.readString(TestEmulator.certificatePem()));
      assertEquals(validation.renderHtml(), FormValidation.Kind.OK, validation.kind);
      assertEquals(Messages.ConnectionCheck_ok(24), validation.getMessage());
    }
  }

  /** With the secret of a saved credential, as the form sends it back: encrypted. */
  @Test
  public void testConnectionWithTheSavedSecret() throws Exception {
    CommerceEmulator emulator = TestEmulator.fresh();
    String url = emulator.baseUrl().toString();
    String encrypted = Secret.fromString(emulator.demo().clientSecret()).getEncryptedValue();

    FormValidation validation = descriptor().doTestConnection(null, emulator.demo().tenantId(),
        emulator.demo().clientId(), encrypted, "", url, url, Files.readString(TestEmulator.certificatePem()));

    assertEquals(validation.renderHtml(), FormValidation.Kind.OK, validation.kind);
  }

  @Test
  public void testConnectionAsUnauthorizedUser() throws Exception {
    CommerceEmulator emulator = TestEmulator.fresh();
    secure();
    try (ACLContext ignored = as("reader")) {
      assertThrows(AccessDeniedException.class, () -> descriptor().doTestConnection(null, TENANT, CLIENT, SECRET, "",
          "", emulator.baseUrl().toString(), ""));
    }
    assertEquals("nothing was sent", 0, emulator.admin().journal().size());
  }

  @Test
  public void testConnectionByGet() throws Exception {
    Page page = r.createWebClient().withThrowExceptionOnFailingStatusCode(false)
        .goTo("descriptorByName/" + EntraAppCredentialsImpl.class.getName() + "/testConnection?tenantId=" + TENANT,
            null);

    assertEquals(404, page.getWebResponse().getStatusCode());
  }

  /** admin: everything; manager: may create and update credentials; reader: may only read. */
  private void secure() {
    r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
    r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
        .grant(Jenkins.ADMINISTER).everywhere().to("admin")
        .grant(Jenkins.READ, CredentialsProvider.CREATE, CredentialsProvider.UPDATE, CredentialsProvider.VIEW)
        .everywhere().to("manager")
        .grant(Jenkins.READ).everywhere().to("reader"));
  }

  private static ACLContext as(String user) {
    return ACL.as2(User.getById(user, true).impersonate2());
  }

  private void assertDeniedToReader(Function<Item, FormValidation> check) throws Exception {
    secure();
    try (ACLContext ignored = as("reader")) {
      assertThrows(AccessDeniedException.class, () -> check.apply(null));
    }
    try (ACLContext ignored = as("manager")) {
      check.apply(null);
    }
  }

  private static List<String> values(ListBoxModel model) {
    return model.stream().map(option -> option.value).collect(Collectors.toList());
  }
}
