package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import com.microsoft.aad.msal4j.AuthenticationErrorCode;
import com.microsoft.aad.msal4j.MsalClientException;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.aad.msal4j.MsalThrottlingException;
import io.github.mscommerce.core.AuthenticationFailedException;
import io.github.mscommerce.core.CommerceException;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.TransportException;
import io.github.mscommerce.core.auth.MsalFailures.Transient;
import io.github.mscommerce.core.http.NetworkSettings;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.junit.Test;

public class MsalFailuresTest {

  private static final URI AUTHORITY_HOST = URI.create("https://login.example:8443");
  private static final String DESCRIPTION = "client secret of app 0f6a in tenant 6bab (from AZURE_CLIENT_SECRET)";
  private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

  private final Suggestions suggestions = Suggestions.generic();
  private final NetworkSettings network = NetworkSettings.builder()
      .connectTimeout(Duration.ofSeconds(4)).requestTimeout(Duration.ofSeconds(30)).build();
  private final MsalFailures failures = new MsalFailures(AUTHORITY_HOST, network, suggestions);

  @Test
  public void toException_entraRefusal_givesTokenRefusedWithFirstLineAndFacts() {
    CommerceException e = failures.toException(DESCRIPTION, EntraErrors.invalidSecret());

    assertEquals(AuthenticationFailedException.class, e.getClass());
    assertEquals(suggestions.tokenRefused(DESCRIPTION, "AADSTS7000215: Invalid client secret provided."), e.reason());
    assertEquals(401, e.status().getAsInt());
    assertEquals("invalid_client", e.errorCode().orElseThrow());
    assertEquals("5b1d7c0e-0000-4000-8000-00000000c0de", e.correlationId().orElseThrow());
  }

  @Test
  public void toException_tlsFailure_givesTransportExceptionWithTlsHint() {
    MsalClientException failure = new MsalClientException(new SSLHandshakeException("PKIX path building failed"));

    CommerceException e = failures.toException(DESCRIPTION, failure);

    assertEquals(TransportException.class, e.getClass());
    assertEquals(suggestions.tlsHandshakeFailed(AUTHORITY_HOST, "PKIX path building failed"), e.getMessage());
  }

  @Test
  public void toException_connectionRefused_givesTransportExceptionNamingHost() {
    CommerceException e = failures.toException(DESCRIPTION,
        new MsalClientException(new ConnectException("Connection refused")));

    assertEquals(TransportException.class, e.getClass());
    assertEquals(suggestions.connectFailed(AUTHORITY_HOST, "Connection refused"), e.getMessage());
  }

  @Test
  public void toException_readTimeout_givesTimedOutWithRequestTimeout() {
    CommerceException e = failures.toException(DESCRIPTION,
        new MsalClientException(new SocketTimeoutException("Read timed out")));

    assertEquals(TransportException.class, e.getClass());
    assertEquals(suggestions.timedOut("Getting a token for " + DESCRIPTION, Duration.ofSeconds(30)), e.getMessage());
  }

  @Test
  public void toException_connectTimeout_givesConnectFailedWithConnectTimeout() {
    CommerceException e = failures.toException(DESCRIPTION,
        new MsalClientException(new SocketTimeoutException("Connect timed out")));

    assertEquals(suggestions.connectFailed(AUTHORITY_HOST, "no connection within 4 s"), e.getMessage());
  }

  @Test
  public void toException_ourExceptionThrownInsideMsal_isPassedThroughUnchanged() {
    InvalidSettingsException ours = new InvalidSettingsException("The federated token file /x is empty.");

    assertSame(ours, failures.toException(DESCRIPTION, new MsalClientException(ours)));
  }

  @Test
  public void toException_deviceCodeExpiredInMsal_saysNobodySignedIn() {
    CommerceException e = failures.toException("device code sign-in",
        new MsalClientException("Expired Device code", AuthenticationErrorCode.CODE_EXPIRED));

    assertEquals(AuthenticationFailedException.class, e.getClass());
    assertEquals(suggestions.deviceCodeExpired("device code sign-in"), e.reason());
  }

  @Test
  public void toException_managedIdentityUnreachable_givesTransportException() {
    CommerceException e = failures.toException("system-assigned managed identity",
        new MsalServiceException("Network is unreachable", "managed_identity_unreachable_network"));

    assertEquals(TransportException.class, e.getClass());
  }

  @Test
  public void toException_otherClientFailure_givesAuthenticationFailedNotMsal() {
    CommerceException e = failures.toException(DESCRIPTION,
        new MsalClientException("Token not found in the cache", "cache_miss"));

    assertEquals(AuthenticationFailedException.class, e.getClass());
    assertEquals(suggestions.tokenRequestFailed(DESCRIPTION, "Token not found in the cache"), e.reason());
  }

  @Test
  public void asTransient_busyEntraWithRetryAfter_isRetriedAfterTheHint() {
    Transient t = failures.asTransient(EntraErrors.busy(503, "7"), NOW).orElseThrow();

    assertEquals(503, t.status());
    assertEquals(Optional.of(Duration.ofSeconds(7)), t.retryAfter());
    assertEquals("HTTP 503", t.outcome());
  }

  @Test
  public void asTransient_eachRetryableStatus_isTransient() {
    for (int status : new int[] {429, 502, 503, 504}) {
      assertTrue("HTTP " + status, failures.asTransient(EntraErrors.busy(status, null), NOW).isPresent());
    }
  }

  @Test
  public void asTransient_refusalOrServerError_isNotRetried() {
    assertTrue(failures.asTransient(EntraErrors.invalidSecret(), NOW).isEmpty());
    assertTrue(failures.asTransient(EntraErrors.busy(500, null), NOW).isEmpty());
    assertTrue(failures.asTransient(EntraErrors.busy(400, null), NOW).isEmpty());
  }

  @Test
  public void asTransient_connectionReset_isRetriedLikeADroppedConnection() {
    Transient t = failures.asTransient(new MsalClientException(new SocketException("Connection reset")), NOW)
        .orElseThrow();

    assertEquals(0, t.status());
    assertEquals("a lost response: the connection dropped before the answer was complete (Connection reset)",
        t.outcome());
  }

  @Test
  public void asTransient_refusedOrTls_isNotRetried() {
    assertTrue(failures.asTransient(new MsalClientException(new ConnectException("refused")), NOW).isEmpty());
    assertTrue(failures.asTransient(new MsalClientException(new SSLHandshakeException("bad")), NOW).isEmpty());
  }

  @Test
  public void asTransient_timeout_isRetriedAsTheServicesAre() {
    Transient t = failures.asTransient(new MsalClientException(
        new java.net.http.HttpTimeoutException("request timed out")), NOW).orElseThrow();

    assertEquals("no answer within 30 s (request timed out)", t.outcome());
    assertTrue(failures.asTransient(new MsalClientException(new SocketTimeoutException("Read timed out")), NOW)
        .isPresent());
  }

  @Test
  public void asTransient_ourExceptionWithAnIoCause_isNotMistakenForADroppedConnection() {
    InvalidSettingsException ours = new InvalidSettingsException("The federated token file /x cannot be read",
        new java.nio.file.NoSuchFileException("/x"));

    assertTrue(failures.asTransient(new MsalClientException(ours), NOW).isEmpty());
  }

  @Test
  public void asTransient_msalThrottle_waitsAsLongAsMsalAsks() {
    Transient t = failures.asTransient(new MsalThrottlingException(4_500), NOW).orElseThrow();

    assertEquals(Optional.of(Duration.ofMillis(4_500)), t.retryAfter());
  }

  @Test
  public void firstLine_multiLineEntraDescription_keepsOnlyTheFirstLineTrimmed() {
    assertEquals("AADSTS50126: Error validating credentials.",
        MsalFailures.firstLine("  AADSTS50126: Error validating credentials.  \r\nTrace ID: x\r\n"));
    assertEquals("no description given", MsalFailures.firstLine(null));
  }

  @Test
  public void asTransient_retryAfterHeaderAsHttpDate_isHonoured() {
    MsalServiceException busy = EntraErrors.answer(429, "throttled", "AADSTS50196: too many requests",
        Map.of("Retry-After", "Thu, 15 Jan 2026 10:00:30 GMT"));

    assertEquals(Optional.of(Duration.ofSeconds(30)), failures.asTransient(busy, NOW).orElseThrow().retryAfter());
  }
}
