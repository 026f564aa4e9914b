package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalServiceException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** MSAL4J's confidential client with a client secret, against the emulator. */
public class MsalClientSecretIT {

  private static final String TOKEN_ROUTE = "/{tenant}/oauth2/v2.0/token";

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
  public void acquireToken_clientSecret_givesTokenThatReadsPolicies() throws Exception {
    IAuthenticationResult result = app(demo.clientSecret()).acquireToken(policyScope()).get();

    assertEquals(200, http.get(EmulatorHttp.PRODUCTS, result.accessToken()).statusCode());
    assertEquals(1, emulator.admin().count("POST", TOKEN_ROUTE));
  }

  @Test
  public void acquireToken_secondCall_isServedFromMsalCache() throws Exception {
    ConfidentialClientApplication app = app(demo.clientSecret());
    IAuthenticationResult first = app.acquireToken(policyScope()).get();
    int requestsAfterFirst = emulator.admin().count("POST", TOKEN_ROUTE);

    IAuthenticationResult second = app.acquireToken(policyScope()).get();

    assertEquals(1, requestsAfterFirst);
    assertEquals("the second acquireToken sent no request", requestsAfterFirst,
        emulator.admin().count("POST", TOKEN_ROUTE));
    assertEquals(first.accessToken(), second.accessToken());
  }

  @Test
  public void acquireToken_skipCache_goesToTheNetworkAgain() throws Exception {
    ConfidentialClientApplication app = app(demo.clientSecret());
    String first = app.acquireToken(policyScope()).get().accessToken();

    String second = app.acquireToken(ClientCredentialParameters.builder(Set.of(EmulatorHttp.POLICY_SCOPE))
        .skipCache(true).build()).get().accessToken();

    assertNotEquals(first, second);
    assertEquals(2, emulator.admin().count("POST", TOKEN_ROUTE));
  }

  @Test
  public void acquireToken_wrongSecret_reportsInvalidClient7000215() throws Exception {
    ExecutionException failure = assertThrows(ExecutionException.class,
        () -> app("definitely-not-the-secret").acquireToken(policyScope()).get());

    MsalServiceException error = (MsalServiceException) failure.getCause();
    assertEquals("invalid_client", error.errorCode());
    assertEquals(401, (int) error.statusCode());
    assertTrue(error.getMessage(), error.getMessage().startsWith("AADSTS7000215"));
    assertFalse(error.getMessage().contains("definitely-not-the-secret"));
  }

  @Test
  public void acquireToken_forAnotherResource_givesTokenThePolicyApiRefuses() throws Exception {
    String graphToken = app(demo.clientSecret()).acquireToken(ClientCredentialParameters.builder(
        Set.of("https://graph.microsoft.com/.default")).build()).get().accessToken();

    assertEquals(401, http.get(EmulatorHttp.PRODUCTS, graphToken).statusCode());
  }

  private static ConfidentialClientApplication app(String secret) throws Exception {
    return MsalSetup.forEmulator(ConfidentialClientApplication.builder(demo.clientId(),
        ClientCredentialFactory.createFromSecret(secret)), emulator, demo.tenantId())
        .disableInternalRetries().build();
  }

  private static ClientCredentialParameters policyScope() {
    return ClientCredentialParameters.builder(Set.of(EmulatorHttp.POLICY_SCOPE)).build();
  }
}
