package io.github.mscommerce.emulator.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A path template such as {@code /v1.0/policies/{policyId}/products} with the endpoint of each method it allows.
 * Literal segments match ignoring case (as ASP.NET routing and Entra do); {@code {name}} matches any one segment.
 */
public final class Route {

  private final String template;
  private final List<String> templateSegments;
  private final RouteFamily family;
  private final Map<String, Endpoint> endpoints;

  private Route(String template, RouteFamily family, Map<String, Endpoint> endpoints) {
    this.template = template;
    this.templateSegments = UrlEncoding.segments(template);
    this.family = family;
    this.endpoints = Map.copyOf(endpoints);
  }

  public static Builder at(String template, RouteFamily family) {
    return new Builder(template, family);
  }

  public String template() {
    return template;
  }

  public RouteFamily family() {
    return family;
  }

  public Optional<Endpoint> endpoint(String method) {
    return Optional.ofNullable(endpoints.get(method));
  }

  /** The {@code Allow} header value for a 405. */
  public String allowedMethods() {
    return String.join(", ", endpoints.keySet().stream().sorted().toList());
  }

  /** @return the path parameters when {@code segments} fit the template */
  Optional<Map<String, String>> match(List<String> segments) {
    if (segments.size() != templateSegments.size()) {
      return Optional.empty();
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String pattern = templateSegments.get(i);
      String actual = segments.get(i);
      if (pattern.startsWith("{") && pattern.endsWith("}")) {
        if (actual.isEmpty()) {
          return Optional.empty();
        }
        parameters.put(pattern.substring(1, pattern.length() - 1), actual);
      } else if (!pattern.toLowerCase(Locale.ROOT).equals(actual.toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
    }
    return Optional.of(parameters);
  }

  @Override
  public String toString() {
    return template + " " + endpoints.keySet();
  }

  /** Collects the endpoints of a route. */
  public static final class Builder {
    private final String template;
    private final RouteFamily family;
    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();

    private Builder(String template, RouteFamily family) {
      this.template = template;
      this.family = family;
    }

    public Builder get(Endpoint endpoint) {
      endpoints.put("GET", endpoint);
      return this;
    }

    public Builder put(Endpoint endpoint) {
      endpoints.put("PUT", endpoint);
      return this;
    }

    public Builder post(Endpoint endpoint) {
      endpoints.put("POST", endpoint);
      return this;
    }

    public Builder delete(Endpoint endpoint) {
      endpoints.put("DELETE", endpoint);
      return this;
    }

    public Route build() {
      return new Route(template, family, endpoints);
    }
  }
}
