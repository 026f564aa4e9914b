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
 * <p>Each {@code then…} call appends a one-shot step ({@link #times(int)} repeats the last one); matching requests
 * consume the steps in order, and the fault is removed once all are consumed. Latency applies to every matching
 * request while the fault is installed, so a fault with latency and no steps stays until
 * {@link EmulatorAdmin#clearFaults()}. The glob is matched against the raw path without the query: {@code *} stands
 * for one path segment (or, inside a segment, any characters of it), {@code **} for any number of segments. Admin
 * requests ({@code /_emulator/…}) are never faulted.
 *
 * <p>What a step does to the service's state: {@code status}, {@code drop}, {@code html}, {@code redirect} and
 * {@code wrongValue} answer without running the real handler (a PUT changes nothing); {@code malformed},
 * {@code truncated}, {@code empty}, {@code dropAfterApply} and {@code slow} run it (a PUT is applied) and spoil only
 * the answer.
 *
 * <pre>
 * admin.injectFault(Fault.on("GET", "/v1.0/policies/&#42;/products").thenStatus(429, "1").thenStatus(503).times(2));
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

  /**
   * Runs the real handler (a PUT is applied) and then closes the connection without any response: the client cannot
   * tell whether its change was made.
   */
  public Fault thenDropAfterApply() {
    return withStep(new Step(StepKind.DROP_AFTER_APPLY, 0, null));
  }

  /**
   * Runs the real handler and starts its answer, announcing the whole body's {@code Content-Length}, but closes the
   * connection after half the body: the HTTP layer of the client sees the stream end early. ({@link #thenMalformed()}
   * instead sends a complete HTTP answer whose JSON is broken.)
   */
  public Fault thenTruncated() {
    return withStep(new Step(StepKind.TRUNCATED, 0, null));
  }

  /**
   * Answers {@code status} with a {@code text/html} error page, as a proxy or gateway in front of the service does
   * (e.g. 502); the real handler does not run.
   */
  public Fault thenHtml(int status) {
    return withStep(new Step(StepKind.HTML, status, null));
  }

  /** Runs the real handler (a PUT is applied) but answers 200 with an empty body. */
  public Fault thenEmpty() {
    return withStep(new Step(StepKind.EMPTY, 0, null));
  }

  /**
   * Answers 200 with the item's JSON naming a {@code policyValue} other than the one sent (the current value when it
   * differs, else another one) without changing anything. For routes whose answer has no {@code policyValue} the
   * request is served normally.
   */
  public Fault thenWrongValue() {
    return withStep(new Step(StepKind.WRONG_VALUE, 0, null));
  }

  /**
   * Answers {@code status} (301, 302, 303, 307 or 308) with {@code Location: location} and no body; the real handler
   * does not run. The emulator never serves {@code location} itself: use a name such as {@code other.invalid}.
   */
  public Fault thenRedirect(int status, String location) {
    return withStep(new Step(StepKind.REDIRECT, status, null, Objects.requireNonNull(location, "location"), null));
  }

  /**
   * Serves this one request at once (its changes and journal entry are immediate) but holds its answer back for
   * {@code delay}: pick more than the client's timeout to make it give up. Other requests are not slowed, and no
   * worker thread waits meanwhile. ({@link #withLatency} instead delays every matching request before serving it.)
   */
  public Fault thenSlow(Duration delay) {
    return withStep(new Step(StepKind.SLOW, 0, null, null, Objects.requireNonNull(delay, "delay")));
  }

  /**
   * Makes the last step happen {@code count} times in all, e.g. {@code thenStatus(503).times(3)} for three 503s.
   *
   * @throws IllegalStateException when no step was added yet
   */
  public Fault times(int count) {
    if (steps.isEmpty()) {
      throw new IllegalStateException("times(" + count + ") repeats the last step; add a then…() step first");
    }
    if (count < 1) {
      throw new IllegalArgumentException("A step happens at least once; times must be 1 or more, got " + count);
    }
    List<Step> more = new ArrayList<>(steps);
    Step last = steps.get(steps.size() - 1);
    for (int i = 1; i < count; i++) {
      more.add(last);
    }
    return new Fault(method, pathGlob, tenantId, more, latency);
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

  /** What one step does; see the {@code then…} method of each. */
  public enum StepKind { STATUS, DROP, MALFORMED, PASS, DROP_AFTER_APPLY, TRUNCATED, HTML, EMPTY, WRONG_VALUE, REDIRECT,
    SLOW }

  /**
   * One one-shot step of a fault.
   *
   * @param kind what happens
   * @param status the status of a {@link StepKind#STATUS}, {@link StepKind#HTML} or {@link StepKind#REDIRECT} step,
   *     else 0
   * @param retryAfter the {@code Retry-After} value of a status step, or null
   * @param location the {@code Location} of a redirect step, else null
   * @param delay how long a {@link StepKind#SLOW} step holds the answer back, else null
   */
  public record Step(StepKind kind, int status, String retryAfter, String location, Duration delay) {

    private static final List<Integer> REDIRECTS = List.of(301, 302, 303, 307, 308);

    public Step {
      Objects.requireNonNull(kind, "kind");
      if ((kind == StepKind.STATUS || kind == StepKind.HTML) && (status < 200 || status > 599)) {
        throw new IllegalArgumentException("Fault status must be between 200 and 599, got " + status);
      }
      if (kind == StepKind.REDIRECT && !REDIRECTS.contains(status)) {
        throw new IllegalArgumentException("A redirect's status is one of " + REDIRECTS + ", got " + status);
      }
      if (kind == StepKind.REDIRECT && (location == null || location.isBlank())) {
        throw new IllegalArgumentException("A redirect needs a Location, e.g. https://other.invalid/");
      }
      if (kind == StepKind.SLOW && (delay == null || delay.isNegative() || delay.isZero())) {
        throw new IllegalArgumentException("A slow answer needs a positive delay, got " + delay);
      }
    }

    /** A step without location or delay, as the first four kinds are. */
    public Step(StepKind kind, int status, String retryAfter) {
      this(kind, status, retryAfter, null, null);
    }

    static Step status(int status, String retryAfter) {
      return new Step(StepKind.STATUS, status, retryAfter);
    }

    /**
     * How the journal and the fault counts name this step: {@code status-503}, {@code html-502},
     * {@code redirect-307}, or the kind in lower case with hyphens ({@code drop}, {@code drop-after-apply},
     * {@code slow}, …).
     */
    public String label() {
      return switch (kind) {
        case STATUS -> "status-" + status;
        case HTML -> "html-" + status;
        case REDIRECT -> "redirect-" + status;
        default -> kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
      };
    }

    @Override
    public String toString() {
      return switch (kind) {
        case STATUS -> status + (retryAfter == null ? "" : " Retry-After " + retryAfter);
        case HTML -> "HTML " + status;
        case REDIRECT -> "REDIRECT " + status + " " + location;
        case SLOW -> "SLOW " + delay.toMillis() + "ms";
        default -> kind.name();
      };
    }
  }
}
