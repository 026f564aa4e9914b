package io.github.mscommerce.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A misbehaviour of the emulator for requests that match a method and a path glob, described fluently and installed
 * with {@link EmulatorAdmin#injectFault}. Immutable: every method returns a new fault.
 *
 * <p>Each {@code then…} call appends a one-shot step; matching requests consume the steps in order, and the fault is
 * removed once all are consumed. Latency applies to every matching request while the fault is installed, so a fault
 * with latency and no steps stays until {@link EmulatorAdmin#clearFaults()}. The glob is matched against the raw path
 * without the query: {@code *} stands for one path segment (or, inside a segment, any characters of it), {@code **}
 * for any number of segments. Admin requests ({@code /_emulator/…}) are never faulted.
 *
 * <pre>
 * admin.injectFault(Fault.on("GET", "/v1.0/policies/&#42;/products").thenStatus(429, "1").thenStatus(503));
 * </pre>
 */
public final class Fault {

  private final String method;
  private final String pathGlob;
  private final String tenantId;
  private final List<Step> steps;
  private final Duration latency;

  private Fault(String method, String pathGlob, String tenantId, List<Step> steps, Duration latency) {
    this.method = method;
    this.pathGlob = pathGlob;
    this.tenantId = tenantId;
    this.steps = List.copyOf(steps);
    this.latency = latency;
  }

  /**
   * @param method an HTTP method, or null for any
   * @param pathGlob a glob starting with {@code /}, e.g. <code>/v1.0/policies/&#42;/products/&#42;&#42;</code>
   */
  public static Fault on(String method, String pathGlob) {
    Objects.requireNonNull(pathGlob, "pathGlob");
    if (!pathGlob.startsWith("/")) {
      throw new IllegalArgumentException("Fault path glob must start with '/', got '" + pathGlob + "'");
    }
    if (pathGlob.contains("?")) {
      throw new IllegalArgumentException(
          "Fault path glob '" + pathGlob + "' contains '?': the query is ignored when matching, leave it out");
    }
    String normalisedMethod = method == null || method.isBlank() ? null : method.trim().toUpperCase(Locale.ROOT);
    return new Fault(normalisedMethod, pathGlob, null, List.of(), Duration.ZERO);
  }

  /** Only requests for this tenant (token's {@code tid}, or the tenant in the Entra path) match. */
  public Fault forTenant(String tenantId) {
    return new Fault(method, pathGlob, Objects.requireNonNull(tenantId, "tenantId"), steps, latency);
  }

  /** Answers with {@code status} and an error body ({@code {"errorCode","reason"}} on policy routes). */
  public Fault thenStatus(int status) {
    return withStep(Step.status(status, null));
  }

  /** As {@link #thenStatus(int)}, with a {@code Retry-After} header sent verbatim (seconds or an HTTP date). */
  public Fault thenStatus(int status, String retryAfter) {
    return withStep(Step.status(status, Objects.requireNonNull(retryAfter, "retryAfter")));
  }

  /** Closes the connection without sending any response. */
  public Fault thenDrop() {
    return withStep(new Step(StepKind.DROP, 0, null));
  }

  /** Runs the real handler (its state changes apply) but answers 200 with a truncated, unparseable JSON body. */
  public Fault thenMalformed() {
    return withStep(new Step(StepKind.MALFORMED, 0, null));
  }

  /** Serves the request normally; lets a test fault only a later request. */
  public Fault thenPass() {
    return withStep(new Step(StepKind.PASS, 0, null));
  }

  /** Delays every matching request by {@code latency} while this fault is installed. */
  public Fault withLatency(Duration latency) {
    Objects.requireNonNull(latency, "latency");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("Fault latency must not be negative, got " + latency);
    }
    return new Fault(method, pathGlob, tenantId, steps, latency);
  }

  /** @return the method matched, or null for any */
  public String method() {
    return method;
  }

  public String pathGlob() {
    return pathGlob;
  }

  /** @return the tenant matched, or null for any */
  public String tenantId() {
    return tenantId;
  }

  public List<Step> steps() {
    return steps;
  }

  public Duration latency() {
    return latency;
  }

  @Override
  public String toString() {
    return "Fault[" + (method == null ? "*" : method) + " " + pathGlob
        + (tenantId == null ? "" : " tenant=" + tenantId) + ", steps=" + steps
        + (latency.isZero() ? "" : ", latency=" + latency.toMillis() + "ms") + "]";
  }

  private Fault withStep(Step step) {
    List<Step> more = new ArrayList<>(steps);
    more.add(step);
    return new Fault(method, pathGlob, tenantId, more, latency);
  }

  /** What one step does. */
  public enum StepKind { STATUS, DROP, MALFORMED, PASS }

  /**
   * One one-shot step of a fault.
   *
   * @param kind what happens
   * @param status the status of a {@link StepKind#STATUS} step, else 0
   * @param retryAfter the {@code Retry-After} value of a status step, or null
   */
  public record Step(StepKind kind, int status, String retryAfter) {
    public Step {
      Objects.requireNonNull(kind, "kind");
      if (kind == StepKind.STATUS && (status < 200 || status > 599)) {
        throw new IllegalArgumentException("Fault status must be between 200 and 599, got " + status);
      }
    }

    static Step status(int status, String retryAfter) {
      return new Step(StepKind.STATUS, status, retryAfter);
    }

    @Override
    public String toString() {
      return kind == StepKind.STATUS ? status + (retryAfter == null ? "" : " Retry-After " + retryAfter) : kind.name();
    }
  }
}
