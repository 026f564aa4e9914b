package io.github.mscommerce.emulator.faults;

import io.github.mscommerce.emulator.Fault;
import io.github.mscommerce.emulator.RandomFaults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The installed faults and the decision for each request: the latency of every matching fault, plus the next step of
 * the first matching fault that still has steps, or else the random fault the request's attempt gets. Decisions of
 * scripted steps are atomic, so parallel requests consume distinct steps.
 */
public final class FaultRegistry {

  private final List<Installed> installed = new ArrayList<>();
  private final RandomFaultInjector random = new RandomFaultInjector();

  public synchronized void install(Fault fault) {
    if (fault.steps().isEmpty() && fault.latency().isZero()) {
      throw new IllegalArgumentException(fault + " does nothing; add a then…() step or withLatency(…)");
    }
    installed.add(new Installed(fault));
  }

  /** Scripted and random faults alike. */
  public synchronized void clear() {
    installed.clear();
    random.clear();
  }

  /** Replaces the random faults; attempts count from 1 again, in run 0 until {@link #startRandomRun}. */
  public void installRandom(RandomFaults faults) {
    random.install(faults);
  }

  /** Sets the run number and forgets every attempt counted so far. */
  public void startRandomRun(long run) {
    random.startRun(run);
  }

  public Optional<RandomFaults> randomFaults() {
    return random.installed();
  }

  public synchronized List<Fault> installed() {
    return installed.stream().map(entry -> entry.fault).toList();
  }

  /**
   * @param tenantId the request's tenant when known, else null (then tenant-specific faults do not match)
   */
  public Decision decide(String method, String rawPath, String tenantId) {
    Decision scripted = decideScripted(method, rawPath, tenantId);
    Optional<RandomFaultInjector.Attempt> attempt = random.attempt(method, rawPath, tenantId);
    if (attempt.isEmpty()) {
      return scripted;
    }
    Fault.Step step = scripted.step() != null ? scripted.step() : attempt.get().step();
    return new Decision(scripted.latency(), step, attempt.get().number());
  }

  private synchronized Decision decideScripted(String method, String rawPath, String tenantId) {
    Duration latency = Duration.ZERO;
    Fault.Step step = null;
    Iterator<Installed> entries = installed.iterator();
    while (entries.hasNext()) {
      Installed entry = entries.next();
      if (!entry.matches(method, rawPath, tenantId)) {
        continue;
      }
      latency = latency.plus(entry.fault.latency());
      if (step == null && entry.next < entry.fault.steps().size()) {
        step = entry.fault.steps().get(entry.next++);
        if (entry.next == entry.fault.steps().size()) {
          entries.remove();
        }
      }
    }
    return new Decision(latency, step, 0);
  }

  /**
   * What to do with one request.
   *
   * @param latency how long to wait first
   * @param step the step to apply, or null to serve normally
   * @param attempt the request's attempt at its item in the random fault run, or 0 when random faults do not cover it
   */
  public record Decision(Duration latency, Fault.Step step, int attempt) {}

  private static final class Installed {
    private final Fault fault;
    private final PathGlob glob;
    private int next;

    private Installed(Fault fault) {
      this.fault = fault;
      this.glob = new PathGlob(fault.pathGlob());
    }

    private boolean matches(String method, String rawPath, String tenantId) {
      return (fault.method() == null || fault.method().equalsIgnoreCase(method))
          && (fault.tenantId() == null || fault.tenantId().equalsIgnoreCase(tenantId))
          && glob.matches(rawPath);
    }
  }
}
