package io.github.mscommerce.emulator.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the route of a path. Templates are distinct enough that the first match is the only one. */
public final class Router {

  private final List<Route> routes;

  public Router(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  public Optional<Match> match(String rawPath) {
    List<String> segments = UrlEncoding.segments(rawPath);
    for (Route route : routes) {
      Optional<Map<String, String>> parameters = route.match(segments);
      if (parameters.isPresent()) {
        return Optional.of(new Match(route, parameters.get()));
      }
    }
    return Optional.empty();
  }

  /** A route and the path parameters it bound. */
  public record Match(Route route, Map<String, String> parameters) {}
}
