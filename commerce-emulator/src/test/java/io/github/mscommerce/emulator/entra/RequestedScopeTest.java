package io.github.mscommerce.emulator.entra;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class RequestedScopeTest {

  @Test
  public void parse_msalClientCredentialsScope_setsOidcScopesAside() {
    RequestedScope scope = RequestedScope.parse(
        "openid aeb86249-8ea3-49e2-900b-54cc8e308f85/.default profile offline_access");

    assertEquals("aeb86249-8ea3-49e2-900b-54cc8e308f85", scope.resource());
    assertEquals(List.of(".default"), scope.permissions());
    assertTrue(scope.isPolicyApi());
    scope.requireDefaultOnly();
  }

  @Test
  public void parse_appIdUri_isThePolicyApiToo() {
    assertTrue(RequestedScope.parse("api://aeb86249-8ea3-49e2-900b-54cc8e308f85/.default").isPolicyApi());
  }

  @Test
  public void delegatedScopes_forDefaultOrTheNamedPermission_isAccessAsUser() {
    assertEquals("LicenseManager.AccessAsUser",
        RequestedScope.parse("aeb86249-8ea3-49e2-900b-54cc8e308f85/.default").delegatedScopes());
    assertEquals("LicenseManager.AccessAsUser", RequestedScope.parse(
        "aeb86249-8ea3-49e2-900b-54cc8e308f85/LicenseManager.AccessAsUser").delegatedScopes());
  }

  @Test
  public void delegatedScopes_unknownPermission_isInvalidScope() {
    OAuthError error = assertThrows(OAuthError.class,
        () -> RequestedScope.parse("aeb86249-8ea3-49e2-900b-54cc8e308f85/Policy.Write").delegatedScopes());

    assertEquals("invalid_scope", error.error());
  }

  @Test
  public void parse_twoResources_isInvalidScope28000() {
    OAuthError error = assertThrows(OAuthError.class, () -> RequestedScope.parse(
        "aeb86249-8ea3-49e2-900b-54cc8e308f85/.default https://graph.microsoft.com/.default"));

    assertEquals(28000, error.code());
  }

  @Test
  public void parse_onlyOidcScopes_isInvalidScopeNamingTheResource() {
    OAuthError error = assertThrows(OAuthError.class, () -> RequestedScope.parse("openid profile offline_access"));

    assertTrue(error.getMessage().contains("aeb86249-8ea3-49e2-900b-54cc8e308f85/.default"));
  }

  @Test
  public void parse_missing_isInvalidRequest() {
    assertEquals(900144, assertThrows(OAuthError.class, () -> RequestedScope.parse(null)).code());
  }

  @Test
  public void parse_bareScope_belongsToGraph() {
    assertEquals("https://graph.microsoft.com", RequestedScope.parse("User.Read").resource());
  }

  @Test
  public void responseScope_echoesTheRequestSoMsalFindsItInItsCache() {
    assertEquals("aeb86249-8ea3-49e2-900b-54cc8e308f85/.default openid profile offline_access",
        RequestedScope.parse("openid aeb86249-8ea3-49e2-900b-54cc8e308f85/.default profile offline_access")
            .responseScope());
  }
}
