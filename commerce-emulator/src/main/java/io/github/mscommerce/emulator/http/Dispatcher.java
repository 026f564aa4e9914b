package io.github.mscommerce.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.mscommerce.emulator.Fault;
import io.github.mscommerce.emulator.JournalEntry;
import io.github.mscommerce.emulator.faults.FaultRegistry;
import io.github.mscommerce.emulator.journal.Journal;
import java.io.IOException;
import java.io.InputStream;
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

  /**
   * Answers (or, for a drop, does not) and journals the outcome first. The journal holds status 0 for requests that
   * got no answer, and a slow answer is journaled when it is decided, not when its bytes finally leave.
   */
  private void serve(HttpExchange exchange, Arrival arrival) throws IOException {
    try {
      answer(exchange, arrival);
    } catch (RuntimeException | Error e) {
      ResponseWriter.drop(exchange); // never leave a connection open without an answer coming
      throw e;
    }
  }

  private void answer(HttpExchange exchange, Arrival arrival) throws IOException {
    Request request = arrival.request();
    Fault.Step step = arrival.decision().step();
    Fault.StepKind kind = step == null ? Fault.StepKind.PASS : step.kind();
    if (kind == Fault.StepKind.DROP) {
      record(arrival, 0, arrival.facts());
      ResponseWriter.drop(exchange);
      return;
    }
    Response response = respond(arrival, step, kind);
    // Injected HTML pages and redirects come from "a proxy in front of the service": none of its headers.
    if (kind != Fault.StepKind.HTML && kind != Fault.StepKind.REDIRECT) {
      response = arrival.family().decorate(request, response);
    }
    RequestFacts known = response.facts().or(arrival.facts());
    if (kind == Fault.StepKind.DROP_AFTER_APPLY) {
      record(arrival, 0, known);
      ResponseWriter.drop(exchange);
      return;
    }
    record(arrival, response.status(), known);
    if (kind == Fault.StepKind.SLOW) {
      Response late = response;
      delays.after(step.delay(), () -> sendLate(exchange, late, request));
    } else if (kind == Fault.StepKind.TRUNCATED) {
      ResponseWriter.sendTruncated(exchange, response);
    } else {
      ResponseWriter.send(exchange, response);
    }
  }

  private Response respond(Arrival arrival, Fault.Step step, Fault.StepKind kind) {
    RouteFamily family = arrival.family();
    Request request = arrival.request();
    if (arrival.bodyTooLarge()) {
      return family.error(request, 413, "The request body is larger than " + MAX_BODY_BYTES + " bytes.");
    }
    return switch (kind) {
      case STATUS -> InjectedFaults.status(family, request, step);
      case HTML -> InjectedFaults.html(step.status());
      case REDIRECT -> InjectedFaults.redirect(step);
      case WRONG_VALUE -> wrongValue(arrival).orElseGet(() -> route(arrival.match(), family, request));
      case MALFORMED -> InjectedFaults.malformed(route(arrival.match(), family, request));
      case EMPTY -> InjectedFaults.empty(route(arrival.match(), family, request));
      default -> route(arrival.match(), family, request);
    };
  }

  /** Only routes that can be read (a GET of the same path) have an item whose value can be misreported. */
  private Optional<Response> wrongValue(Arrival arrival) {
    Optional<Router.Match> readable = arrival.match().filter(found -> found.route().endpoint("GET").isPresent());
    if (readable.isEmpty()) {
      return Optional.empty();
    }
    Response current = route(readable, arrival.family(), arrival.request().asGet());
    return InjectedFaults.wrongValue(current, arrival.request());
  }

  private void sendLate(HttpExchange exchange, Response response, Request request) {
    try {
      ResponseWriter.send(exchange, response);
    } catch (IOException e) {
      // The client gave up before the slow answer came; that is what the fault is for.
      LOG.log(System.Logger.Level.DEBUG, "Client gone before the slow answer to " + request, e);
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

  private void record(Arrival arrival, int status, RequestFacts facts) {
    Request request = arrival.request();
    journal.record(new JournalEntry(clock.instant(), request.method(), request.rawPath(), arrival.template(), status,
        facts.tenantId(), facts.grantType(), facts.clientId(), request.correlationId(), facts.tokenTenantId(),
        facts.pathTenant(), faultLabel(arrival.decision()), arrival.decision().attempt()));
  }

  /** A pass step is no fault; latency alone is one worth counting. */
  private static String faultLabel(FaultRegistry.Decision decision) {
    Fault.Step step = decision.step();
    if (step != null && step.kind() != Fault.StepKind.PASS) {
      return step.label();
    }
    return decision.latency().isZero() ? null : "latency";
  }

  /** @return the body, or null when it exceeds {@link #MAX_BODY_BYTES} */
  public static byte[] readBody(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    return body.length > MAX_BODY_BYTES ? null : body;
  }

  /**
   * A request as read, with its fault decided.
   *
   * @param bodyTooLarge whether the body exceeded {@link #MAX_BODY_BYTES} (the request then carries none)
   */
  private record Arrival(Optional<Router.Match> match, RouteFamily family, String template, Request request,
                         boolean bodyTooLarge, RequestFacts facts, FaultRegistry.Decision decision) {}
}
