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
import io.github.mscommerce.core.http.NetworkSettings;
import io.github.mscommerce.core.http.RetryAfter;
import io.github.mscommerce.core.http.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
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
    if (failure instanceof MsalClientException && isDroppedConnection(failure)) {
      return Optional.of(new Transient("a dropped connection (" + describe(rootIo(failure)) + ")", 0,
          Optional.empty(), ResponseFacts.none()));
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
      return new TransportException(suggestions.tlsHandshakeFailed(endpoint, describe(tls)), ResponseFacts.none(),
          failure);
    }
    SocketTimeoutException timeout = causeOf(failure, SocketTimeoutException.class);
    if (timeout != null) {
      return isConnectTimeout(timeout)
          ? new TransportException(suggestions.connectFailed(endpoint, "no answer within "
              + network.connectTimeout().toSeconds() + " s"), ResponseFacts.none(), failure)
          : new TransportException(suggestions.timedOut("Getting a token for " + credentialDescription,
              network.requestTimeout()), ResponseFacts.none(), failure);
    }
    IOException io = rootIo(failure);
    if (io != null) {
      return new TransportException(suggestions.connectFailed(endpoint, describe(io)), ResponseFacts.none(), failure);
    }
    if (failure instanceof MsalClientException
        && AuthenticationErrorCode.CODE_EXPIRED.equals(((MsalClientException) failure).errorCode())) {
      return new AuthenticationFailedException(suggestions.deviceCodeExpired(credentialDescription),
          ResponseFacts.of(0, AuthenticationErrorCode.CODE_EXPIRED, null), failure);
    }
    return new AuthenticationFailedException(suggestions.tokenRequestFailed(credentialDescription,
        firstLine(describe(failure))), ResponseFacts.none(), failure);
  }

  /** A connection that was opened and then broke: unlike a refusal, a timeout or a TLS failure, worth another try. */
  private static boolean isDroppedConnection(Throwable failure) {
    return rootIo(failure) != null
        && causeOf(failure, ConnectException.class) == null
        && causeOf(failure, NoRouteToHostException.class) == null
        && causeOf(failure, UnknownHostException.class) == null
        && causeOf(failure, SocketTimeoutException.class) == null
        && causeOf(failure, SSLException.class) == null;
  }

  private static boolean isConnectTimeout(SocketTimeoutException timeout) {
    String message = timeout.getMessage();
    return message != null && message.toLowerCase(Locale.ROOT).contains("connect");
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

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }
}
