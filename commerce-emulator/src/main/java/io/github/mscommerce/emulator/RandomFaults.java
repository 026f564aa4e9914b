package io.github.mscommerce.emulator;

import io.github.mscommerce.emulator.random.SplitMix64;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Faults chosen at random from a seed, for reliability soak tests; installed with
 * {@link EmulatorAdmin#injectRandomFaults}. Immutable: every method returns a new description.
 *
 * <p>Whether a request gets a fault, and which, is a pure function ({@link #kindFor}) of the seed, the run number the
 * test sets with {@link EmulatorAdmin#startRandomFaultRun}, the request's <em>item</em> ({@link #item}: method, path
 * and tenant) and its <em>attempt</em>: how many times that item has been requested since the run started (1, 2,
 * …). Nothing depends on timing or on the order in which items arrive, so a printed seed reproduces a run under any
 * client concurrency, as long as the client requests each item the same number of times.
 *
 * <p>Only requests matching {@link #on}/{@link #forTenant} count attempts and get faults. A scripted {@link Fault}
 * step that matches a request wins over a random fault (the attempt still counts).
 *
 * <pre>
 * admin.injectRandomFaults(RandomFaults.seeded(seed, 0.2).on("PUT", "/v1.0/**").slowBy(Duration.ofSeconds(3)));
 * admin.startRandomFaultRun(1);
 * </pre>
 */
public final class RandomFaults {

  /** What a random fault does: each kind is the {@link Fault} step of the same name. */
  public enum Kind {
    /** {@link Fault#thenStatus(int) thenStatus(503)}. */
    STATUS_503,
    /** {@link Fault#thenStatus(int, String) thenStatus(429, retryAfter)}. */
    STATUS_429,
    /** {@link Fault#thenDrop()}. */
    DROP,
    /** {@link Fault#thenSlow(Duration) thenSlow(slowBy)}. */
    SLOW,
    /** {@link Fault#thenMalformed()}. */
    MALFORMED,
    /** {@link Fault#thenDropAfterApply()}. */
    DROP_AFTER_APPLY,
    /** {@link Fault#thenTruncated()}. */
    TRUNCATED,
    /** {@link Fault#thenHtml(int) thenHtml(502)}. */
    HTML_502,
    /** {@link Fault#thenEmpty()}. */
    EMPTY,
    /** {@link Fault#thenWrongValue()}. */
    WRONG_VALUE;

    /** The name the journal, the fault counts and the HTTP admin API use, e.g. {@code status-503}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the labels when {@code label} is none of them */
    public static Kind fromLabel(String label) {
      for (Kind kind : values()) {
        if (kind.label().equals(label)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("'" + label + "' is not a random fault kind; use one of "
          + Arrays.stream(values()).map(Kind::label).toList());
    }
  }

  /** The kinds when none are given: the five a transport should survive by retrying. */
  public static final Set<Kind> DEFAULT_KINDS =
      Set.copyOf(EnumSet.of(Kind.STATUS_503, Kind.STATUS_429, Kind.DROP, Kind.SLOW, Kind.MALFORMED));
  public static final String DEFAULT_RETRY_AFTER = "1";
  public static final Duration DEFAULT_SLOW_BY = Duration.ofSeconds(5);

  private final long seed;
  private final double rate;
  private final List<Kind> kinds;
  private final String retryAfter;
  private final Duration slowBy;
  private final String method;
  private final String pathGlob;
  private final String tenantId;

  private RandomFaults(long seed, double rate, Collection<Kind> kinds, String retryAfter, Duration slowBy,
                       String method, String pathGlob, String tenantId) {
    this.seed = seed;
    this.rate = rate;
    this.kinds = List.copyOf(EnumSet.copyOf(kinds)); // declaration order, whatever order the caller used
    this.retryAfter = retryAfter;
    this.slowBy = slowBy;
    this.method = method;
    this.pathGlob = pathGlob;
    this.tenantId = tenantId;
  }

  /**
   * Random faults on every route (but the admin API), of the {@link #DEFAULT_KINDS}.
   *
   * @param rate the share of requests that get a fault, from 0 to 1 (e.g. 0.2)
   */
  public static RandomFaults seeded(long seed, double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("The random fault rate is a share of requests from 0 to 1, got " + rate);
    }
    return new RandomFaults(seed, rate, DEFAULT_KINDS, DEFAULT_RETRY_AFTER, DEFAULT_SLOW_BY, null, "/**", null);
  }

  /** @throws IllegalArgumentException when no kind is given */
  public RandomFaults kinds(Kind... chosen) {
    return kinds(Arrays.asList(chosen));
  }

  public RandomFaults kinds(Collection<Kind> chosen) {
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("Give at least one random fault kind, e.g. " + Kind.STATUS_503);
    }
    return new RandomFaults(seed, rate, chosen, retryAfter, slowBy, method, pathGlob, tenantId);
  }

  /** The {@code Retry-After} of {@link Kind#STATUS_429} answers (default {@value #DEFAULT_RETRY_AFTER}). */
  public RandomFaults retryAfter(String value) {
    return new RandomFaults(seed, rate, kinds, Objects.requireNonNull(value, "retryAfter"), slowBy, method, pathGlob,
        tenantId);
  }

  /** How long {@link Kind#SLOW} holds an answer back (default 5 s): choose more than the client's timeout. */
  public RandomFaults slowBy(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative() || delay.isZero()) {
      throw new IllegalArgumentException("slowBy must be positive, got " + delay);
    }
    return new RandomFaults(seed, rate, kinds, retryAfter, delay, method, pathGlob, tenantId);
  }

  /** Only these requests; the glob is that of {@link Fault#on}. */
  public RandomFaults on(String requestMethod, String glob) {
    Fault scope = Fault.on(requestMethod, glob); // the same validation and normalisation as scripted faults
    return new RandomFaults(seed, rate, kinds, retryAfter, slowBy, scope.method(), scope.pathGlob(), tenantId);
  }

  /** Only requests for this tenant (id or domain), as {@link Fault#forTenant}. */
  public RandomFaults forTenant(String tenant) {
    return new RandomFaults(seed, rate, kinds, retryAfter, slowBy, method, pathGlob,
        Objects.requireNonNull(tenant, "tenant"));
  }

  /**
   * How requests are grouped into items: {@code "PUT /v1.0/policies/AllowSelfServicePurchase/products/CFQ7TTC0LH2H
   * @00000000-0000-4000-8000-000000000042"}. The raw path without the query, and the request's tenant (the token's
   * {@code tid}, or the tenant of an Entra path), so that the same product in two tenants is two items whose
   * attempts do not depend on each other.
   *
   * @param tenantId the request's tenant id, or null when it has none
   */
  public static String item(String method, String rawPath, String tenantId) {
    return method.toUpperCase(Locale.ROOT) + " " + rawPath
        + (tenantId == null ? "" : " @" + tenantId.toLowerCase(Locale.ROOT));
  }

  /**
   * The fault (if any) that the {@code attempt}-th request of {@code item} gets in run {@code run}. A pure function:
   * the same arguments always give the same answer. About {@code rate} of all (run, item, attempt) triples get a
   * fault, and each of the {@link #kinds()} about equally often.
   */
  public Optional<Kind> kindFor(long run, String item, int attempt) {
    long hash = SplitMix64.combine(seed, run, SplitMix64.hash(item), attempt);
    if (SplitMix64.unit(hash) >= rate) {
      return Optional.empty();
    }
    return Optional.of(kinds.get((int) Long.remainderUnsigned(SplitMix64.combine(hash, 1), kinds.size())));
  }

  /** The scripted step a kind stands for, with this description's {@code Retry-After} and slow delay. */
  public Fault.Step step(Kind kind) {
    return switch (kind) {
      case STATUS_503 -> new Fault.Step(Fault.StepKind.STATUS, 503, null);
      case STATUS_429 -> new Fault.Step(Fault.StepKind.STATUS, 429, retryAfter);
      case DROP -> new Fault.Step(Fault.StepKind.DROP, 0, null);
      case SLOW -> new Fault.Step(Fault.StepKind.SLOW, 0, null, null, slowBy);
      case MALFORMED -> new Fault.Step(Fault.StepKind.MALFORMED, 0, null);
      case DROP_AFTER_APPLY -> new Fault.Step(Fault.StepKind.DROP_AFTER_APPLY, 0, null);
      case TRUNCATED -> new Fault.Step(Fault.StepKind.TRUNCATED, 0, null);
      case HTML_502 -> new Fault.Step(Fault.StepKind.HTML, 502, null);
      case EMPTY -> new Fault.Step(Fault.StepKind.EMPTY, 0, null);
      case WRONG_VALUE -> new Fault.Step(Fault.StepKind.WRONG_VALUE, 0, null);
    };
  }

  public long seed() {
    return seed;
  }

  public double rate() {
    return rate;
  }

  /** In declaration order. */
  public List<Kind> kinds() {
    return kinds;
  }

  public String retryAfter() {
    return retryAfter;
  }

  public Duration slowBy() {
    return slowBy;
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

  @Override
  public String toString() {
    return "RandomFaults[seed=" + seed + ", rate=" + rate + ", kinds=" + kinds.stream().map(Kind::label).toList()
        + ", " + (method == null ? "*" : method) + " " + pathGlob + (tenantId == null ? "" : " tenant=" + tenantId)
        + "]";
  }
}
