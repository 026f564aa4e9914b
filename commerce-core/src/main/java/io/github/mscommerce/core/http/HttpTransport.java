package io.github.mscommerce.core.http;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.RequestInterruptedException;
import io.github.mscommerce.core.ResponseFacts;
import io.github.mscommerce.core.RetriesExhaustedException;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.TransportException;
import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.TokenCredential;
import io.github.mscommerce.core.internal.PlainReasons;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;

/**
 * Sends one logical request to the policy service: adds the bearer token and a fresh {@code x-ms-correlation-id} to every
 * attempt, retries throttling and passing failures as the {@link RetryPolicy} allows, and fetches a new token once when the
 * service refuses the current one. Returns the first answer that is not retried; turning statuses into exceptions is the
 * caller's business, except for the failures that never produced one (TLS, refused connections, an answer over the size
 * limit) and exhausted retries, which say whether an attempt went unanswered (timed out or lost its response after it
 * was sent), so an update's caller knows its outcome is unknown.
 *
 * <p>Answers are read as UTF-8 up to {@link NetworkSettings#maxResponseBytes()}; redirects are never followed (the
 * bearer token would go with them), so a 3xx is returned like any other answer.
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

  /**
   * The answer that ended the call, with the correlation id of the attempt that got it and those of the attempts before.
   */
  public record Response(int status, String body, String correlationId, HttpHeaders headers,
      List<String> earlierCorrelationIds) {

    public Response {
      body = body == null ? "" : body;
      headers = headers == null ? HttpHeaders.of(Map.of(), (name, value) -> true) : headers;
      earlierCorrelationIds = earlierCorrelationIds == null ? List.of() : List.copyOf(earlierCorrelationIds);
    }

    public Response(int status, String body, String correlationId) {
      this(status, body, correlationId, null, List.of());
    }

    public boolean isSuccess() {
      return status >= 200 && status < 300;
    }

    /** What support needs about this answer: status, the service's error code when known, every correlation id. */
    public ResponseFacts facts(String errorCode) {
      return ResponseFacts.of(status, errorCode, correlationId).withEarlierAttempts(earlierCorrelationIds);
    }

    /** A proxy's or gateway's error page, not the service's JSON. */
    public boolean isHtml() {
      String type = headers.firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
      String start = body.stripLeading();
      return type.startsWith("text/html") || start.startsWith("<!") || start.regionMatches(true, 0, "<html", 0, 5);
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
    List<String> correlationIds = new ArrayList<>();
    int attempt = 0;
    boolean refreshedToken = false;
    boolean forceRefresh = false;
    boolean sent = false;
    boolean unanswered = false;
    while (true) {
      attempt++;
      String correlationId = UUID.randomUUID().toString();
      correlationIds.add(correlationId);
      Attempts attempts = new Attempts(correlationIds, unanswered);
      AccessToken token;
      try {
        token = credential.token(forceRefresh);
      } catch (RequestInterruptedException e) {
        throw sent ? interrupted(request, true, attempts, e) : e;
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
              LimitedBody.handler(network.maxResponseBytes()));
        } finally {
          requestLimit.release();
        }
      } catch (IOException e) {
        Unanswered kind = Unanswered.of(e);
        if (!kind.retried()) {
          throw unanswered(request, attempts, e);
        }
        // A timed-out or dropped attempt may have reached the service; a connect timeout never did.
        unanswered |= kind.mayHaveArrived();
        attempts = new Attempts(correlationIds, unanswered);
        String outcome = kind.words(network) + " (" + PlainReasons.of(e) + ")";
        if (!retryPolicy.shouldRetryConnectionFailure(attempt)) {
          throw exhausted(request, attempt, outcome, ResponseFacts.correlationOnly(correlationId), attempts, e);
        }
        pause(request, attempt, outcome, Optional.empty(), start, ResponseFacts.correlationOnly(correlationId),
            attempts, e);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw interrupted(request, sent, attempts, e);
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
      Response answer = new Response(status, response.body(), correlationId, response.headers(),
          correlationIds.subList(0, correlationIds.size() - 1));
      if (RetryPolicy.RETRYABLE_STATUSES.contains(status)) {
        String outcome = "HTTP " + status + (answer.isHtml() ? " (an HTML page, as a proxy or gateway sends)" : "");
        ResponseFacts facts = ResponseFacts.of(status, null, correlationId);
        if (!retryPolicy.shouldRetry(attempt, status)) {
          throw exhausted(request, attempt, outcome, facts, attempts, null);
        }
        Optional<Duration> retryAfter =
            RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), time.now());
        pause(request, attempt, outcome, retryAfter, start, facts, attempts, null);
        continue;
      }
      return answer;
    }
  }

  /** The correlation ids of a call's attempts so far, the current one last, and whether one went unanswered. */
  private record Attempts(List<String> correlationIds, boolean unanswered) {
    Attempts {
      correlationIds = List.copyOf(correlationIds);
    }

    String last() {
      return correlationIds.get(correlationIds.size() - 1);
    }

    List<String> earlier() {
      return correlationIds.subList(0, correlationIds.size() - 1);
    }
  }

  /** How a request can end without an HTTP answer, and which of those another attempt may cure. */
  private enum Unanswered {
    /** The connection broke before the answer was complete (reset, closed, cut short): retried. */
    LOST,
    /** No answer within the request timeout: retried. */
    TIMED_OUT,
    /** No connection within the connect timeout: retried; the request never left. */
    CONNECT_TIMED_OUT,
    /** The answer is larger than any the service gives: not retried. */
    TOO_LARGE,
    /** TLS, a refused connection, an unknown host: would fail alike, so not retried. */
    REFUSED;

    static Unanswered of(IOException e) {
      if (causeOf(e, LimitedBody.TooLargeException.class) != null) {
        return TOO_LARGE;
      }
      if (causeOf(e, HttpConnectTimeoutException.class) != null) {
        return CONNECT_TIMED_OUT;
      }
      if (causeOf(e, HttpTimeoutException.class) != null) {
        return TIMED_OUT;
      }
      if (causeOf(e, ConnectException.class) != null || causeOf(e, SSLException.class) != null
          || causeOf(e, UnresolvedAddressException.class) != null || causeOf(e, UnknownHostException.class) != null) {
        return REFUSED;
      }
      return LOST;
    }

    boolean retried() {
      return this == LOST || this == TIMED_OUT || this == CONNECT_TIMED_OUT;
    }

    boolean mayHaveArrived() {
      return this == LOST || this == TIMED_OUT;
    }

    String words(NetworkSettings network) {
      switch (this) {
        case TIMED_OUT:
          return "no answer within " + seconds(network.requestTimeout());
        case CONNECT_TIMED_OUT:
          return "no connection within " + seconds(network.connectTimeout());
        default:
          return "a lost response: the connection dropped before the answer was complete";
      }
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

  private void pause(Request request, int attempt, String outcome, Optional<Duration> retryAfter, Instant start,
      ResponseFacts facts, Attempts attempts, Throwable cause) {
    Duration elapsed = Duration.between(start, time.now());
    Optional<RetryPolicy.Wait> wait = retryPolicy.nextWait(attempt, retryAfter, elapsed);
    if (wait.isEmpty()) {
      Duration delay = retryPolicy.delay(attempt, retryAfter);
      throw exhausted(request, attempt, outcome + ", and waiting " + seconds(delay) + " more would exceed the "
          + seconds(retryPolicy.maxElapsed()) + " limit", facts, attempts, cause);
    }
    Duration delay = wait.get().delay();
    if (wait.get().capped()) {
      events.accept(CommerceEvent.warn(suggestions.retryAfterCapped(request.operation(), retryAfter.get(), delay)));
    }
    events.accept(CommerceEvent.lifecycle(request.operation() + ": got " + outcome + "; retrying in " + seconds(delay)
        + " (attempt " + (attempt + 1) + " of " + (retryPolicy.maxRetries() + 1) + ", previous correlation id "
        + attempts.last() + ")"));
    try {
      time.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      // The attempt before the pause may have reached the service (a dropped connection), so the caller cannot know.
      throw interrupted(request, true, attempts, e);
    }
  }

  /** Cancelled (a Jenkins abort, Ctrl-C): say whether an attempt may have reached the service. */
  private static RequestInterruptedException interrupted(Request request, boolean sent, Attempts attempts,
      Throwable cause) {
    return new RequestInterruptedException(request.operation() + " was interrupted"
        + (sent ? " after it was sent; its outcome is unknown." : " before it was sent."), sent,
        ResponseFacts.correlationOnly(attempts.last()).withEarlierAttempts(attempts.earlier()), cause);
  }

  private RetriesExhaustedException exhausted(Request request, int attempts, String outcome, ResponseFacts last,
      Attempts all, Throwable cause) {
    String message = all.unanswered()
        ? suggestions.retriesExhaustedWithoutAnswer(request.operation(), attempts, outcome)
        : suggestions.retriesExhausted(request.operation(), attempts, outcome);
    return new RetriesExhaustedException(message, attempts, last.withEarlierAttempts(all.earlier()), cause,
        all.unanswered());
  }

  private TransportException unanswered(Request request, Attempts attempts, IOException e) {
    ResponseFacts facts = ResponseFacts.correlationOnly(attempts.last()).withEarlierAttempts(attempts.earlier());
    URI uri = request.uri();
    LimitedBody.TooLargeException tooLarge = causeOf(e, LimitedBody.TooLargeException.class);
    if (tooLarge != null) {
      return new TransportException(suggestions.responseTooLarge(request.operation(), tooLarge.limit()), facts, e);
    }
    if (causeOf(e, SSLException.class) != null) {
      return new TransportException(suggestions.tlsHandshakeFailed(uri,
          PlainReasons.of(causeOf(e, SSLException.class))), facts, e);
    }
    return new TransportException(suggestions.connectFailed(uri, PlainReasons.of(e)), facts, e);
  }

  private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
