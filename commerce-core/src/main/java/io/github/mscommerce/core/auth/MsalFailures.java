package io.github.mscommerce.core.auth;

import com.microsoft.aad.msal4j.AuthenticationErrorCode;
import com.microsoft.aad.msal4j.MsalClientException;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.aad.msal4j.MsalThrottlingException;
import io.github.mscommerce.core.AuthenticationFailedException;
import io.github.mscommerce.core.CommerceException;
import io.github.mscommerce.core.ResponseFacts;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.TransportException;
import io.github.mscommerce.core.http.LimitedBody;
import io.github.mscommerce.core.http.NetworkSettings;
import io.github.mscommerce.core.internal.PlainReasons;
import io.github.mscommerce.core.http.RetryAfter;
import io.github.mscommerce.core.http.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Reads what went wrong in an MSAL call: whether it is worth another try (throttling, a busy or flaky Entra ID, a dropped
 * connection) and, if not, which exception of our family tells the user what to do. No MSAL or JDK exception leaves
 * through here, and nothing here reads a request: messages are built from Entra's own error text and our descriptions.
 */
final class MsalFailures {

  private static final String MANAGED_IDENTITY_UNREACHABLE = "managed_identity_unreachable_network";

  /** A failure the retry policy may try again. */
  record Transient(String outcome, int status, Optional<Duration> retryAfter, ResponseFacts facts) {

    /** Whether the policy allows another attempt after attempt number {@code attempt}. */
    boolean retryAllowed(RetryPolicy policy, int attempt) {
      return status > 0 ? policy.shouldRetry(attempt, status) : policy.shouldRetryConnectionFailure(attempt);
    }
  }

  private final URI endpoint;
  private final NetworkSettings network;
  private final Suggestions suggestions;

  /** @param endpoint where the tokens come from, for messages: the authority host or the managed identity endpoint */
  MsalFailures(URI endpoint, NetworkSettings network, Suggestions suggestions) {
    this.endpoint = endpoint;
    this.network = network;
    this.suggestions = suggestions;
  }

  /** Empty when the failure would only happen again. */
  Optional<Transient> asTransient(Throwable failure, Instant now) {
    if (causeOf(failure, CommerceException.class) != null) {
      // Our own code failed inside MSAL's callback (an unreadable token file, say): the I/O error under it is local.
      return Optional.empty();
    }
    if (failure instanceof MsalThrottlingException) {
      // MSAL's own throttle for public clients after a 429/5xx: no request was sent; wait as long as it asks.
      Duration wait = Duration.ofMillis(Math.max(0, ((MsalThrottlingException) failure).retryInMs()));
      return Optional.of(new Transient("MSAL's client-side throttle after a busy answer", 0, Optional.of(wait),
          ResponseFacts.none()));
    }
    if (failure instanceof MsalServiceException) {
      MsalServiceException service = (MsalServiceException) failure;
      Integer status = service.statusCode();
      if (status != null && RetryPolicy.RETRYABLE_STATUSES.contains(status)) {
        Optional<Duration> retryAfter = RetryAfter.parse(header(service.headers(), "Retry-After"), now);
        return Optional.of(new Transient("HTTP " + status, status, retryAfter, facts(service)));
      }
      return Optional.empty();
    }
    if (failure instanceof MsalClientException && isTimeout(failure)) {
      return Optional.of(new Transient(timeoutWords(failure) + " (" + PlainReasons.of(failure) + ")", 0,
          Optional.empty(), ResponseFacts.none()));
    }
    if (failure instanceof MsalClientException && isDroppedConnection(failure)) {
      return Optional.of(new Transient("a lost response: the connection dropped before the answer was complete ("
          + PlainReasons.of(failure) + ")", 0, Optional.empty(), ResponseFacts.none()));
    }
    return Optional.empty();
  }

  /** The exception to throw for a failure that will not be retried, or whose retries are spent. */
  CommerceException toException(String credentialDescription, Throwable failure) {
    CommerceException ours = causeOf(failure, CommerceException.class);
    if (ours != null) {
      // Thrown by our own code on MSAL's thread (the federated token file could not be read, say): already explained.
      return ours;
    }
    if (failure instanceof MsalServiceException) {
      MsalServiceException service = (MsalServiceException) failure;
      if (MANAGED_IDENTITY_UNREACHABLE.equals(service.errorCode())) {
        return new TransportException(suggestions.connectFailed(endpoint, firstLine(service.getMessage())),
            facts(service), failure);
      }
      return new AuthenticationFailedException(
          suggestions.tokenRefused(credentialDescription, firstLine(service.getMessage())), facts(service), failure);
    }
    SSLException tls = causeOf(failure, SSLException.class);
    if (tls != null) {
      return new TransportException(suggestions.tlsHandshakeFailed(endpoint, PlainReasons.of(tls)),
          ResponseFacts.none(), failure);
    }
    LimitedBody.TooLargeException tooLarge = causeOf(failure, LimitedBody.TooLargeException.class);
    if (tooLarge != null) {
      return new TransportException(suggestions.responseTooLarge("Getting a token for " + credentialDescription,
          tooLarge.limit()), ResponseFacts.none(), failure);
    }
    if (isTimeout(failure)) {
      return isConnectTimeout(failure)
          ? new TransportException(suggestions.connectFailed(endpoint, timeoutWords(failure)), ResponseFacts.none(),
              failure)
          : new TransportException(suggestions.timedOut("Getting a token for " + credentialDescription,
              network.requestTimeout()), ResponseFacts.none(), failure);
    }
    IOException io = rootIo(failure);
    if (io != null) {
      return new TransportException(suggestions.connectFailed(endpoint, PlainReasons.of(failure)),
          ResponseFacts.none(), failure);
    }
    if (failure instanceof MsalClientException
        && AuthenticationErrorCode.CODE_EXPIRED.equals(((MsalClientException) failure).errorCode())) {
      return new AuthenticationFailedException(suggestions.deviceCodeExpired(credentialDescription),
          ResponseFacts.of(0, AuthenticationErrorCode.CODE_EXPIRED, null), failure);
    }
    return new AuthenticationFailedException(suggestions.tokenRequestFailed(credentialDescription,
        firstLine(PlainReasons.of(failure))), ResponseFacts.none(), failure);
  }

  /**
   * A connection that was opened and then broke: unlike a refusal, an unknown host or a TLS failure, worth another
   * try. An answer over the size limit is no such failure: it would come again.
   */
  private static boolean isDroppedConnection(Throwable failure) {
    return rootIo(failure) != null
        && causeOf(failure, ConnectException.class) == null
        && causeOf(failure, NoRouteToHostException.class) == null
        && causeOf(failure, UnknownHostException.class) == null
        && causeOf(failure, UnresolvedAddressException.class) == null
        && causeOf(failure, LimitedBody.TooLargeException.class) == null
        && !isTimeout(failure)
        && causeOf(failure, SSLException.class) == null;
  }

  /** No answer (or no connection) in time: retried, as the service's timeouts are. */
  private static boolean isTimeout(Throwable failure) {
    return causeOf(failure, HttpTimeoutException.class) != null || causeOf(failure, SocketTimeoutException.class) != null;
  }

  /** The JDK client's connect timeout, or an {@code HttpURLConnection}'s "connect timed out". */
  private static boolean isConnectTimeout(Throwable failure) {
    SocketTimeoutException socket = causeOf(failure, SocketTimeoutException.class);
    return causeOf(failure, HttpConnectTimeoutException.class) != null
        || socket != null && String.valueOf(socket.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
  }

  private String timeoutWords(Throwable failure) {
    return isConnectTimeout(failure)
        ? "no connection within " + seconds(network.connectTimeout())
        : "no answer within " + seconds(network.requestTimeout());
  }

  private static String seconds(java.time.Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  private static ResponseFacts facts(MsalServiceException service) {
    return ResponseFacts.of(service.statusCode() == null ? 0 : service.statusCode(), service.errorCode(),
        service.correlationId());
  }

  /** Entra's descriptions run on with trace and correlation ids on further lines; the first line is the message. */
  static String firstLine(String text) {
    if (text == null || text.isBlank()) {
      return "no description given";
    }
    String first = text.strip().split("\\R", 2)[0].strip();
    return first.length() > 500 ? first.substring(0, 500) + "…" : first;
  }

  private static String header(Map<String, List<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    return headers.entrySet().stream()
        .filter(entry -> entry.getKey() != null && entry.getKey().equalsIgnoreCase(name))
        .flatMap(entry -> entry.getValue().stream())
        .findFirst().orElse(null);
  }

  private static IOException rootIo(Throwable failure) {
    IOException deepest = null;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        deepest = (IOException) t;
      }
    }
    return deepest;
  }

  private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

}
