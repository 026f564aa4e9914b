package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.MsalServiceException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** Workload identity federation with MSAL4J's {@code createFromCallback}. */
public class MsalFederatedIT {

  private static final String AUDIENCE = "api://AzureADTokenExchange";

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
  public void acquireToken_federatedAssertionFromCallback_givesWorkingToken() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    ConfidentialClientApplication app = app(ClientCredentialFactory.createFromCallback(() -> {
      calls.incrementAndGet();
      return emulator.admin().mintFederatedToken(demo.federatedSubject(), AUDIENCE, Duration.ofMinutes(10));
    }));

    String token = app.acquireToken(scope()).get().accessToken();
    app.acquireToken(scope()).get();

    assertEquals(200, http.get(EmulatorHttp.PRODUCTS, token).statusCode());
    assertEquals("the callback runs only for network calls", 1, calls.get());
  }

  @Test
  public void acquireToken_wrongFederatedSubject_reportsInvalidClient70021() {
    MsalServiceException error = failure(() -> emulator.admin().mintFederatedToken(
        "repo:contoso/pipelines:ref:refs/heads/feature", AUDIENCE, Duration.ofMinutes(10)));

    assertEquals("invalid_client", error.errorCode());
    assertEquals(400, (int) error.statusCode());
    assertTrue(error.getMessage(), error.getMessage().startsWith("AADSTS70021"));
  }

  @Test
  public void acquireToken_expiredFederatedAssertion_reportsInvalidClient700024() {
    MsalServiceException error = failure(() -> emulator.admin().mintFederatedToken(demo.federatedSubject(), AUDIENCE,
        Duration.ofMinutes(-1)));

    assertEquals("invalid_client", error.errorCode());
    assertTrue(error.getMessage(), error.getMessage().startsWith("AADSTS700024"));
  }

  @Test
  public void acquireToken_assertionForAnotherAudience_reportsInvalidClient70021() {
    MsalServiceException error = failure(() -> emulator.admin().mintFederatedToken(demo.federatedSubject(),
        "api://SomethingElse", Duration.ofMinutes(10)));

    assertTrue(error.getMessage(), error.getMessage().startsWith("AADSTS70021"));
  }

  private static MsalServiceException failure(java.util.concurrent.Callable<String> assertion) {
    ExecutionException failure = assertThrows(ExecutionException.class,
        () -> app(ClientCredentialFactory.createFromCallback(assertion)).acquireToken(scope()).get());
    return (MsalServiceException) failure.getCause();
  }

  private static ConfidentialClientApplication app(IClientCredential credential) throws Exception {
    return MsalSetup.forEmulator(ConfidentialClientApplication.builder(demo.clientId(), credential), emulator,
        demo.tenantId()).disableInternalRetries().build();
  }

  private static ClientCredentialParameters scope() {
    return ClientCredentialParameters.builder(Set.of(EmulatorHttp.POLICY_SCOPE)).build();
  }
}
