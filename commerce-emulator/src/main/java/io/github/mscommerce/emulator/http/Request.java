package io.github.mscommerce.emulator.http;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request as the handlers see it: method, raw path, decoded path parameters, query, headers and the whole body.
 * Also carries the correlation id the dispatcher chose for policy routes.
 */
public final class Request {

  private final String method;
  private final String rawPath;
  private final Map<String, String> pathParameters;
  private final Map<String, String> query;
  private final Headers headers;
  private final byte[] body;
  private final String correlationId;
  private Map<String, String> form;

  public Request(String method, String rawPath, Map<String, String> pathParameters, Map<String, String> query,
                 Headers headers, byte[] body, String correlationId) {
    this.method = method;
    this.rawPath = rawPath;
    this.pathParameters = Map.copyOf(pathParameters);
    this.query = Map.copyOf(query);
    this.headers = headers;
    this.body = body;
    this.correlationId = correlationId;
  }

  public String method() {
    return method;
  }

  public String rawPath() {
    return rawPath;
  }

  /** A decoded path parameter of the route template, e.g. {@code policyId}. */
  public String pathParameter(String name) {
    return pathParameters.get(name);
  }

  public String queryParameter(String name) {
    return query.get(name);
  }

  /** Header look-up ignores case, which matters: the JDK server rewrites header names. */
  public String header(String name) {
    return headers.getFirst(name);
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body as form fields (token endpoints). */
  public synchronized Map<String, String> form() {
    if (form == null) {
      form = UrlEncoding.form(bodyText());
    }
    return form;
  }

  public String formField(String name) {
    return form().get(name);
  }

  /** The correlation id echoed on policy routes; null on other routes. */
  public String correlationId() {
    return correlationId;
  }

  /** The same request as a GET without a body: how a fault reads the item a PUT was about. */
  public Request asGet() {
    return new Request("GET", rawPath, pathParameters, query, headers, new byte[0], correlationId);
  }

  /** Method and path only: bodies and headers may hold credentials. */
  @Override
  public String toString() {
    return method + " " + rawPath;
  }

}
