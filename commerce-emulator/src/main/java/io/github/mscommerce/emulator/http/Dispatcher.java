package io.github.mscommerce.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.mscommerce.emulator.Fault;
import io.github.mscommerce.emulator.JournalEntry;
import io.github.mscommerce.emulator.faults.FaultRegistry;
import io.github.mscommerce.emulator.journal.Journal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Serves every non-admin request: finds the route, applies an injected fault, runs the endpoint, journals the outcome
 * and only then sends it, so a client that got its response always finds it in the journal. A request held back by
 * latency waits on the {@link Delays} timer, not on a worker thread.
 */
public final class Dispatcher implements HttpHandler {

  private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());
  /** The largest request body read; the real endpoints only ever receive small JSON or form bodies. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  private final Router router;
  private final RouteFamily unknownRoutes;
  private final FaultRegistry faults;
  private final Journal journal;
  private final Clock clock;
  private final Delays delays;

  public Dispatcher(Router router, RouteFamily unknownRoutes, FaultRegistry faults, Journal journal, Clock clock,
                    Delays delays) {
    this.router = router;
    this.unknownRoutes = unknownRoutes;
    this.faults = faults;
    this.journal = journal;
    this.clock = clock;
    this.delays = delays;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    Arrival arrival;
    try {
      arrival = arrive(exchange);
    } catch (IOException | RuntimeException e) {
      exchange.close();
      throw e;
    }
    Duration latency = arrival.decision().latency();
    if (latency.isZero()) {
      serve(exchange, arrival);
    } else {
      // The exchange stays open while the timer waits; no worker thread is held for it.
      delays.after(latency, () -> serveLate(exchange, arrival));
    }
  }

  /** Reads the request and decides its fault now, so parallel requests consume fault steps in arrival order. */
  private Arrival arrive(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    String rawPath = exchange.getRequestURI().getRawPath();
    byte[] body = readBody(exchange.getRequestBody());
    Optional<Router.Match> match = router.match(rawPath);
    RouteFamily family = match.map(found -> found.route().family()).orElse(unknownRoutes);
    String template = match.map(found -> found.route().template()).orElse(rawPath);
    String correlationId = Optional.ofNullable(exchange.getRequestHeaders().getFirst("x-ms-correlation-id"))
        .filter(value -> !value.isBlank()).orElseGet(() -> UUID.randomUUID().toString());
    Request request = new Request(method, rawPath, match.map(Router.Match::parameters).orElse(Map.of()),
        UrlEncoding.form(exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders(),
        body == null ? new byte[0] : body, family.correlated() ? correlationId : null);
    RequestFacts facts = family.facts(request);
    FaultRegistry.Decision decision = faults.decide(method, rawPath, facts.tenantId());
    return new Arrival(match, family, template, request, body == null, facts, decision);
  }

  private void serveLate(HttpExchange exchange, Arrival arrival) {
    try {
      serve(exchange, arrival);
    } catch (IOException e) {
      // The client gave up while the request was held back; nobody is left to answer.
      LOG.log(System.Logger.Level.DEBUG, "Client gone before the delayed answer to " + arrival.request(), e);
    }
  }

  private void serve(HttpExchange exchange, Arrival arrival) throws IOException {
    try (exchange) {
      Request request = arrival.request();
      Fault.Step step = arrival.decision().step();
      if (step != null && step.kind() == Fault.StepKind.DROP) {
        record(request, arrival.template(), 0, arrival.facts());
        return; // closing the exchange before any response closes the connection: the client sees it dropped
      }
      RouteFamily family = arrival.family();
      Response response;
      if (arrival.bodyTooLarge()) {
        response = family.error(request, 413, "The request body is larger than " + MAX_BODY_BYTES + " bytes.");
      } else if (step != null && step.kind() == Fault.StepKind.STATUS) {
        response = InjectedFaults.status(family, request, step);
      } else {
        response = route(arrival.match(), family, request);
        if (step != null && step.kind() == Fault.StepKind.MALFORMED) {
          response = InjectedFaults.malformed(response);
        }
      }
      response = family.decorate(request, response);
      RequestFacts known = response.facts().or(arrival.facts());
      record(request, arrival.template(), response.status(), known);
      send(exchange, response);
    }
  }

  private Response route(Optional<Router.Match> match, RouteFamily family, Request request) {
    if (match.isEmpty()) {
      return family.error(request, 404, "No resource at " + request.method() + " " + request.rawPath() + ".");
    }
    Route route = match.get().route();
    Optional<Endpoint> endpoint = route.endpoint(request.method());
    if (endpoint.isEmpty()) {
      return family.error(request, 405, "The method " + request.method() + " is not allowed here; use "
          + route.allowedMethods() + ".").withHeader("Allow", route.allowedMethods());
    }
    try {
      return endpoint.get().handle(request);
    } catch (RuntimeException e) {
      // A bug in the emulator, not the client's fault: say so, and keep the details in the log.
      LOG.log(System.Logger.Level.WARNING, "Internal error serving " + request, e);
      return family.error(request, 500, "Internal emulator error (" + e.getClass().getSimpleName()
          + "); see the emulator's log.");
    }
  }

  private void record(Request request, String template, int status, RequestFacts facts) {
    journal.record(new JournalEntry(clock.instant(), request.method(), request.rawPath(), template, status,
        facts.tenantId(), facts.grantType(), facts.clientId(), request.correlationId()));
  }

  /** @return the body, or null when it exceeds {@link #MAX_BODY_BYTES} */
  public static byte[] readBody(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    return body.length > MAX_BODY_BYTES ? null : body;
  }

  /** Sends a prepared response; an empty body is sent without a body (Content-Length 0). */
  public static void send(HttpExchange exchange, Response response) throws IOException {
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    // A HEAD response announces no body; the JDK server refuses to write one.
    byte[] body = "HEAD".equalsIgnoreCase(exchange.getRequestMethod()) ? new byte[0] : response.body();
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /**
   * A request as read, with its fault decided.
   *
   * @param bodyTooLarge whether the body exceeded {@link #MAX_BODY_BYTES} (the request then carries none)
   */
  private record Arrival(Optional<Router.Match> match, RouteFamily family, String template, Request request,
                         boolean bodyTooLarge, RequestFacts facts, FaultRegistry.Decision decision) {}
}
