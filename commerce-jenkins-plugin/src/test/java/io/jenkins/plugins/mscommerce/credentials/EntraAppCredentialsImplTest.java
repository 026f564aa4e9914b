package io.jenkins.plugins.mscommerce.credentials;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.MockedStatic;
import org.springframework.security.access.AccessDeniedException;

/** The credential as a value, and its form's permission gate, without a Jenkins. */
public class EntraAppCredentialsImplTest {

  static final String TENANT = "contoso.onmicrosoft.com";
  static final String CLIENT = "1f0e2d3c-4b5a-4697-8877-a1b2c3d4e5f6";
  static final String SECRET = "Qx8~not.for.logs-4f1a9d";

  private final EntraAppCredentialsImpl.DescriptorImpl descriptor = new EntraAppCredentialsImpl.DescriptorImpl();
  private final Jenkins jenkins = mock(Jenkins.class);
  private MockedStatic<Jenkins> jenkinsStatic;

  @Before
  public void jenkins() {
    jenkinsStatic = mockStatic(Jenkins.class);
    jenkinsStatic.when(Jenkins::get).thenReturn(jenkins);
  }

  @After
  public void closeJenkins() {
    jenkinsStatic.close();
  }

  static EntraAppCredentialsImpl withSecret(String id) throws Descriptor.FormException {
    EntraAppCredentialsImpl credentials =
        new EntraAppCredentialsImpl(CredentialsScope.GLOBAL, id, "Contoso policy gate", TENANT, CLIENT);
    credentials.setClientSecret(Secret.fromString(SECRET));
    return credentials;
  }

  @Test
  public void toString_showsTheIdsButNeverTheSecret() throws Exception {
    EntraAppCredentialsImpl credentials = withSecret("contoso");
    credentials.setAuthorityHost("https://login.microsoftonline.us");

    String text = credentials.toString();

    assertFalse(text, text.contains(SECRET));
    assertEquals("EntraAppCredentialsImpl[id=contoso, tenantId=" + TENANT + ", clientId=" + CLIENT
        + ", clientSecret=****, authorityHost=https://login.microsoftonline.us]", text);
  }

  @Test
  public void constructor_refusesATenantIdCoreRefuses_namingTheField() {
    Descriptor.FormException e = assertThrows(Descriptor.FormException.class,
        () -> new EntraAppCredentialsImpl(CredentialsScope.GLOBAL, "c", "", "contoso tenant", CLIENT));

    assertEquals("tenantId", e.getFormField());
    assertEquals(EntraAppChecks.tenantId("contoso tenant"), e.getMessage());
  }

  @Test
  public void constructor_refusesAMissingClientId_namingTheField() {
    Descriptor.FormException e = assertThrows(Descriptor.FormException.class,
        () -> new EntraAppCredentialsImpl(CredentialsScope.GLOBAL, "c", "", TENANT, " "));

    assertEquals("clientId", e.getFormField());
    assertEquals(Messages.EntraAppCredentialsImpl_clientIdRequired(), e.getMessage());
  }

  @Test
  public void constructor_trimsTheIds() throws Exception {
    EntraAppCredentialsImpl credentials =
        new EntraAppCredentialsImpl(CredentialsScope.GLOBAL, "c", "", " " + TENANT + "\t", " " + CLIENT + " ");

    assertEquals(TENANT, credentials.getTenantId());
    assertEquals(CLIENT, credentials.getClientId());
  }

  @Test
  public void setters_takeBlankValuesAsUnset() throws Exception {
    EntraAppCredentialsImpl credentials = withSecret("c");
    credentials.setClientSecret(Secret.fromString(""));
    credentials.setCertificateCredentialsId("  ");
    credentials.setAuthorityHost("");

    assertNull(credentials.getClientSecret());
    assertNull(credentials.getCertificateCredentialsId());
    assertNull(credentials.getAuthorityHost());
  }

  @Test
  public void descriptor_isEntraIdAppInPipelinesAndConfigurationAsCode() {
    assertArrayEquals(new String[] {"entraIdApp"},
        EntraAppCredentialsImpl.DescriptorImpl.class.getAnnotation(Symbol.class).value());
    assertEquals(Messages.EntraAppCredentialsImpl_displayName(), descriptor.getDisplayName());
  }

  /** Every check, each called with values that would pass, so a denial can only come from the permission. */
  private List<Function<Item, FormValidation>> checks() {
    return List.of(
        item -> descriptor.doCheckTenantId(item, TENANT),
        item -> descriptor.doCheckClientId(item, CLIENT),
        item -> descriptor.doCheckClientSecret(item, SECRET, ""),
        item -> descriptor.doCheckCertificateCredentialsId(item, "app-certificate", ""),
        item -> descriptor.doCheckAuthorityHost(item, "https://login.microsoftonline.us"));
  }

  @Test
  public void everyCheck_inTheGlobalStore_needsCredentialsPermissionOnJenkins() {
    doThrow(new AccessDeniedException("no credentials permission"))
        .when(jenkins).checkAnyPermission(CredentialsProvider.CREATE, CredentialsProvider.UPDATE);

    for (Function<Item, FormValidation> check : checks()) {
      assertThrows(AccessDeniedException.class, () -> check.apply(null));
    }
  }

  @Test
  public void everyCheck_inAFolder_needsCredentialsPermissionThere() {
    Item folder = mock(Item.class);

    for (Function<Item, FormValidation> check : checks()) {
      assertEquals(FormValidation.Kind.OK, check.apply(folder).kind);
    }

    verify(folder, times(checks().size()))
        .checkAnyPermission(CredentialsProvider.CREATE, CredentialsProvider.UPDATE);
    jenkinsStatic.verifyNoInteractions();
  }

  /** It signs in with a secret, so nothing happens, not even reading the form, without the permission. */
  @Test
  public void testConnection_inTheGlobalStore_needsCredentialsPermissionOnJenkins() {
    doThrow(new AccessDeniedException("no credentials permission"))
        .when(jenkins).checkAnyPermission(CredentialsProvider.CREATE, CredentialsProvider.UPDATE);

    assertThrows(AccessDeniedException.class, () -> descriptor.doTestConnection(null, TENANT, CLIENT, SECRET, "", "",
        "https://127.0.0.1:1", ""));
  }

  @Test
  public void testConnection_inAFolder_asksTheFolderThenReportsAFormMistakeWithoutARequest() {
    Item folder = mock(Item.class);

    FormValidation validation = descriptor.doTestConnection(folder, "contoso tenant", CLIENT, SECRET, "", "",
        "https://127.0.0.1:1", "");

    assertEquals(FormValidation.Kind.ERROR, validation.kind);
    verify(folder).checkAnyPermission(CredentialsProvider.CREATE, CredentialsProvider.UPDATE);
    jenkinsStatic.verifyNoInteractions();
  }

  @Test
  public void checkTenantId_reportsCoresReason() {
    FormValidation validation = descriptor.doCheckTenantId(null, "contoso tenant");

    assertEquals(FormValidation.Kind.ERROR, validation.kind);
  }

  @Test
  public void fillCertificateCredentialsIdItems_withoutPermission_listsOnlyTheCurrentValue() {
    when(jenkins.hasAnyPermission(CredentialsProvider.CREATE, CredentialsProvider.UPDATE)).thenReturn(false);

    ListBoxModel items = descriptor.doFillCertificateCredentialsIdItems(null, "app-certificate");

    assertEquals(List.of("", "app-certificate"),
        items.stream().map(option -> option.value).collect(Collectors.toList()));
  }

  @Test
  public void fillCertificateCredentialsIdItems_inAFolder_asksTheFolder() {
    Item folder = mock(Item.class);
    when(folder.hasAnyPermission(CredentialsProvider.CREATE, CredentialsProvider.UPDATE)).thenReturn(false);

    ListBoxModel items = descriptor.doFillCertificateCredentialsIdItems(folder, null);

    assertEquals(1, items.size());
    assertTrue(items.get(0).value.isEmpty());
    jenkinsStatic.verifyNoInteractions();
  }
}
