package io.github.mscommerce.core.http;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.RequestInterruptedException;
import io.github.mscommerce.core.ResponseFacts;
import io.github.mscommerce.core.RetriesExhaustedException;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.TransportException;
import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.TokenCredential;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;

/**
 * Sends one logical request to the policy service: adds the bearer token and a fresh {@code x-ms-correlation-id} to every
 * attempt, retries throttling and passing failures as the {@link RetryPolicy} allows, and fetches a new token once when the
 * service refuses the current one. Returns the first answer that is not retried; turning statuses into exceptions is the
 * caller's business, except for the failures that never produced one (TLS, timeouts, refused connections) and exhausted
 * retries.
 *
 * <p>Safe for concurrent use. Transports with equal {@link NetworkSettings} share one HTTP client in the JVM, and with it
 * their open connections.
 */
public final class HttpTransport {

  public static final String CORRELATION_HEADER = "x-ms-correlation-id";

  /** One call: {@code operation} names it in messages ("Reading the product policies"). {@code body} may be null. */
  public record Request(String method, URI uri, String body, String operation) {
    public Request {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(operation, "operation");
    }
  }

  /** The answer that ended the call, with the correlation id of the attempt that got it. */
  public record Response(int status, String body, String correlationId) {
    public boolean isSuccess() {
      return status >= 200 && status < 300;
    }
  }

  private final HttpClient client;
  private final NetworkSettings network;
  private final RetryPolicy retryPolicy;
  private final TokenCredential credential;
  private final Consumer<CommerceEvent> events;
  private final Suggestions suggestions;
  private final TimeSource time;
  private final RequestLimit requestLimit;

  public HttpTransport(NetworkSettings network, RetryPolicy retryPolicy, TokenCredential credential,
      Consumer<CommerceEvent> events, Suggestions suggestions, TimeSource time) {
    this(network, retryPolicy, credential, events, suggestions, time, RequestLimit.NONE);
  }

  /** @param requestLimit shared with the other transports of a run; a permit is held only while a request is sent */
  public HttpTransport(NetworkSettings network, RetryPolicy retryPolicy, TokenCredential credential,
      Consumer<CommerceEvent> events, Suggestions suggestions, TimeSource time, RequestLimit requestLimit) {
    this.requestLimit = Objects.requireNonNull(requestLimit, "requestLimit");
    this.network = Objects.requireNonNull(network, "network");
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    this.credential = Objects.requireNonNull(credential, "credential");
    this.events = Objects.requireNonNull(events, "events");
    this.suggestions = Objects.requireNonNull(suggestions, "suggestions");
    this.time = Objects.requireNonNull(time, "time");
    this.client = SharedHttpClients.forNetwork(network);
    ProxyCredentialsNotice.warnOnce(network, events, suggestions);
  }

  public Response send(Request request) {
    Instant start = time.now();
    int attempt = 0;
    boolean refreshedToken = false;
    boolean forceRefresh = false;
    boolean sent = false;
    while (true) {
      attempt++;
      String correlationId = UUID.randomUUID().toString();
      AccessToken token;
      try {
        token = credential.token(forceRefresh);
      } catch (RequestInterruptedException e) {
        throw sent ? interrupted(request, true, correlationId, e) : e;
      }
      forceRefresh = false;
      events.accept(CommerceEvent.debug(request.method() + " " + request.uri() + " (attempt " + attempt
          + ", correlation id " + correlationId + ")"));
      HttpResponse<String> response;
      try {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException();
        }
        requestLimit.acquire();
        try {
          sent = true;
          response = client.send(httpRequest(request, token, correlationId),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } finally {
          requestLimit.release();
        }
      } catch (IOException e) {
        if (!isDroppedConnection(e)) {
          throw unanswered(request, correlationId, e);
        }
        String outcome = "a dropped connection (" + describe(e) + ")";
        if (!retryPolicy.shouldRetryConnectionFailure(attempt)) {
          throw exhausted(request, attempt, outcome, ResponseFacts.correlationOnly(correlationId), e);
        }
        pause(request, attempt, outcome, retryPolicy.delay(attempt, Optional.empty()), start, correlationId, e);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw interrupted(request, sent, correlationId, e);
      }

      int status = response.statusCode();
      events.accept(CommerceEvent.debug("HTTP " + status + " for " + request.method() + " " + request.uri()
          + " (correlation id " + correlationId + ")"));
      if (status == 401) {
        // The refused token must leave every cache, so that no other task of the JVM is handed it: the first time,
        // and when the fresh token is refused too.
        forget(token);
      }
      if (status == 401 && !refreshedToken && credential.canRefresh()) {
        // The cached token may have expired or been revoked early: one fresh token, one more try. A credential that
        // forgot the refused token hands out another without forcing, so parallel refusals share one new token.
        events.accept(CommerceEvent.info("The service refused the access token (correlation id " + correlationId
            + "); fetching a new one and trying again."));
        refreshedToken = true;
        forceRefresh = !(credential instanceof RefusedTokens);
        attempt--;
        continue;
      }
      if (RetryPolicy.RETRYABLE_STATUSES.contains(status)) {
        String outcome = "HTTP " + status;
        ResponseFacts facts = ResponseFacts.of(status, null, correlationId);
        if (!retryPolicy.shouldRetry(attempt, status)) {
          throw exhausted(request, attempt, outcome, facts, null);
        }
        Optional<Duration> retryAfter =
            RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), time.now());
        pause(request, attempt, outcome, retryPolicy.delay(attempt, retryAfter), start, correlationId, null);
        continue;
      }
      return new Response(status, response.body(), correlationId);
    }
  }

  private void forget(AccessToken refused) {
    if (credential instanceof RefusedTokens) {
      ((RefusedTokens) credential).refused(refused);
    }
  }

  private HttpRequest httpRequest(Request request, AccessToken token, String correlationId) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
        .timeout(network.requestTimeout())
        .header("Authorization", "Bearer " + token.value().reveal())
        .header(CORRELATION_HEADER, correlationId)
        .header("Accept", "application/json");
    if (request.body() == null) {
      builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      builder.header("Content-Type", "application/json")
          .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
    }
    return builder.build();
  }

  private void pause(Request request, int attempt, String outcome, Duration delay, Instant start,
      String correlationId, Throwable cause) {
    Duration elapsed = Duration.between(start, time.now());
    if (elapsed.plus(delay).compareTo(retryPolicy.maxElapsed()) > 0) {
      throw exhausted(request, attempt, outcome + ", and waiting " + seconds(delay) + " more would exceed the "
          + seconds(retryPolicy.maxElapsed()) + " limit", ResponseFacts.correlationOnly(correlationId), cause);
    }
    events.accept(CommerceEvent.lifecycle(request.operation() + ": got " + outcome + "; retrying in " + seconds(delay)
        + " (attempt " + (attempt + 1) + " of " + (retryPolicy.maxRetries() + 1) + ", previous correlation id "
        + correlationId + ")"));
    try {
      time.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      // The attempt before the pause may have reached the service (a dropped connection), so the caller cannot know.
      throw interrupted(request, true, correlationId, e);
    }
  }

  /** Cancelled (a Jenkins abort, Ctrl-C): say whether an attempt may have reached the service. */
  private static RequestInterruptedException interrupted(Request request, boolean sent, String correlationId,
      Throwable cause) {
    return new RequestInterruptedException(request.operation() + " was interrupted"
        + (sent ? " after it was sent; its outcome is unknown." : " before it was sent."), sent,
        ResponseFacts.correlationOnly(correlationId), cause);
  }

  private RetriesExhaustedException exhausted(Request request, int attempts, String outcome, ResponseFacts facts,
      Throwable cause) {
    return new RetriesExhaustedException(suggestions.retriesExhausted(request.operation(), attempts, outcome),
        attempts, facts, cause);
  }

  private TransportException unanswered(Request request, String correlationId, IOException e) {
    ResponseFacts facts = ResponseFacts.correlationOnly(correlationId);
    URI uri = request.uri();
    if (causeOf(e, SSLException.class) != null) {
      return new TransportException(suggestions.tlsHandshakeFailed(uri, describe(causeOf(e, SSLException.class))),
          facts, e);
    }
    if (e instanceof HttpConnectTimeoutException) {
      return new TransportException(suggestions.connectFailed(uri, "no answer within "
          + seconds(network.connectTimeout())), facts, e);
    }
    if (e instanceof HttpTimeoutException) {
      return new TransportException(suggestions.timedOut(request.operation(), network.requestTimeout()), facts, e);
    }
    return new TransportException(suggestions.connectFailed(uri, describe(e)), facts, e);
  }

  /** A connection that opened and then broke (reset, closed mid-answer): worth another try, unlike a refusal. */
  private static boolean isDroppedConnection(IOException e) {
    return !(e instanceof HttpTimeoutException)
        && causeOf(e, ConnectException.class) == null
        && causeOf(e, SSLException.class) == null
        && causeOf(e, UnresolvedAddressException.class) == null
        && causeOf(e, UnknownHostException.class) == null;
  }

  private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
