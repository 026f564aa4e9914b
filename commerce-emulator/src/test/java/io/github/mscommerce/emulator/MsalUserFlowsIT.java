package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.SilentParameters;
import com.microsoft.aad.msal4j.UserNamePasswordParameters;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** MSAL4J's public client flows: device code (both approval modes), username/password, refresh. */
// The legacy username/password (ROPC) API is deprecated in MSAL4J; the emulator must still serve it faithfully.
@SuppressWarnings("deprecation")
public class MsalUserFlowsIT {

  private static final String TOKEN_ROUTE = "/{tenant}/oauth2/v2.0/token";
  private static final Set<String> SCOPES = Set.of(EmulatorHttp.POLICY_SCOPE);

  private static CommerceEmulator emulator;
  private static EmulatorHttp http;
  private static Demo demo;

  @BeforeClass
  public static void startEmulator() throws Exception {
    emulator = CommerceEmulator.start();
    http = new EmulatorHttp(emulator);
    demo = emulator.demo();
  }

  @AfterClass
  public static void stopEmulator() {
    emulator.close();
  }

  @Before
  public void reset() {
    emulator.admin().reset();
  }

  @Test
  public void deviceCode_approvedByAdmin_givesTheUsersToken() throws Exception {
    IAuthenticationResult result = app().acquireToken(DeviceCodeFlowParameters.builder(SCOPES,
        code -> emulator.admin().approveDeviceCode(code.userCode(), demo.billingAdminUser())).build()).get();

    assertEquals(demo.billingAdminUser(), result.account().username());
    assertEquals(200, http.put("/v1.0/policies/AllowSelfServicePurchase/products/CFQ7TTC0LH2H", result.accessToken(),
        "{\"policyValue\":\"Disabled\"}").statusCode());
    assertEquals(1, emulator.admin().count("POST", "/{tenant}/oauth2/v2.0/devicecode"));
  }

  @Test
  public void deviceCode_autoApprovedAfterTwoPolls_pollsThreeTimes() throws Exception {
    emulator.admin().autoApproveDeviceCodes(2, demo.readerUser());

    IAuthenticationResult result = app().acquireToken(DeviceCodeFlowParameters.builder(SCOPES, code -> { })
        .build()).get();

    assertEquals(demo.readerUser(), result.account().username());
    assertEquals("two authorization_pending polls, then the token", 3, emulator.admin().count("POST", TOKEN_ROUTE));
    assertEquals(2, emulator.admin().journal().stream().filter(entry -> entry.status() == 400).count());
  }

  @Test
  public void deviceCode_neverApprovedAndExpired_reportsExpiredToken() {
    ExecutionException failure = assertThrows(ExecutionException.class, () -> app().acquireToken(
        DeviceCodeFlowParameters.builder(SCOPES, code -> emulator.admin().expireDeviceCode(code.userCode())).build())
        .get());

    MsalServiceException error = (MsalServiceException) failure.getCause();
    assertEquals("expired_token", error.errorCode());
    assertTrue(error.getMessage(), error.getMessage().startsWith("AADSTS70020"));
  }

  @Test
  public void usernamePassword_givesAccountAndAWorkingToken() throws Exception {
    IAuthenticationResult result = app().acquireToken(UserNamePasswordParameters.builder(SCOPES, demo.adminUser(),
        demo.userPassword().toCharArray()).build()).get();

    assertNotNull(result.account());
    assertEquals(demo.adminUser(), result.account().username());
    assertEquals(200, http.get(EmulatorHttp.PRODUCTS, result.accessToken()).statusCode());
    assertEquals(1, emulator.admin().count("GET", "/common/userrealm/{user}"));
  }

  @Test
  public void usernamePassword_wrongPassword_reportsInvalidGrant50126() {
    ExecutionException failure = assertThrows(ExecutionException.class, () -> app().acquireToken(
        UserNamePasswordParameters.builder(SCOPES, demo.readerUser(), "wrong-password".toCharArray()).build()).get());

    MsalServiceException error = (MsalServiceException) failure.getCause();
    assertEquals("invalid_grant", error.errorCode());
    assertTrue(error.getMessage(), error.getMessage().startsWith("AADSTS50126"));
  }

  @Test
  public void acquireTokenSilently_usesTheCacheThenRefreshTokenWhenForced() throws Exception {
    PublicClientApplication app = app();
    IAuthenticationResult first = app.acquireToken(UserNamePasswordParameters.builder(SCOPES, demo.adminUser(),
        demo.userPassword().toCharArray()).build()).get();
    int afterSignIn = emulator.admin().count("POST", TOKEN_ROUTE);

    IAuthenticationResult cached = app.acquireTokenSilently(SilentParameters.builder(SCOPES, first.account())
        .build()).get();
    int afterCached = emulator.admin().count("POST", TOKEN_ROUTE);
    IAuthenticationResult refreshed = app.acquireTokenSilently(SilentParameters.builder(SCOPES, first.account())
        .forceRefresh(true).build()).get();

    assertEquals(afterSignIn, afterCached);
    assertEquals(first.accessToken(), cached.accessToken());
    assertEquals(afterCached + 1, emulator.admin().count("POST", TOKEN_ROUTE));
    assertEquals("refresh_token", emulator.admin().journal().get(emulator.admin().journal().size() - 1).grantType());
    assertEquals(200, http.get(EmulatorHttp.PRODUCTS, refreshed.accessToken()).statusCode());
  }

  private static PublicClientApplication app() throws Exception {
    return MsalSetup.forEmulator(PublicClientApplication.builder(demo.publicClientId()), emulator, "organizations")
        .disableInternalRetries().build();
  }
}
