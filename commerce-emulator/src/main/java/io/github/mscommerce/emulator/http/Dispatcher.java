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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Serves every non-admin request: finds the route, applies an injected fault, runs the endpoint, journals the outcome
 * and only then sends it, so a client that got its response always finds it in the journal.
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

  public Dispatcher(Router router, RouteFamily unknownRoutes, FaultRegistry faults, Journal journal, Clock clock) {
    this.router = router;
    this.unknownRoutes = unknownRoutes;
    this.faults = faults;
    this.journal = journal;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      serve(exchange);
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
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
    if (!sleep(decision)) {
      return; // shutting down
    }
    Fault.Step step = decision.step();
    if (step != null && step.kind() == Fault.StepKind.DROP) {
      record(request, template, 0, facts);
      return; // closing the exchange before any response closes the connection: the client sees it dropped
    }
    Response response;
    if (body == null) {
      response = family.error(request, 413, "The request body is larger than " + MAX_BODY_BYTES + " bytes.");
    } else if (step != null && step.kind() == Fault.StepKind.STATUS) {
      response = InjectedFaults.status(family, request, step);
    } else {
      response = route(match, family, request);
      if (step != null && step.kind() == Fault.StepKind.MALFORMED) {
        response = InjectedFaults.malformed(response);
      }
    }
    response = family.decorate(request, response);
    RequestFacts known = response.facts().or(facts);
    record(request, template, response.status(), known);
    send(exchange, response);
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

  private static boolean sleep(FaultRegistry.Decision decision) {
    if (decision.latency().isZero()) {
      return true;
    }
    try {
      Thread.sleep(decision.latency().toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
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
}
