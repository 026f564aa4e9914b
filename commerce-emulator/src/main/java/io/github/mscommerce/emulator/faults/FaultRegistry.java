package io.github.mscommerce.emulator.faults;

import io.github.mscommerce.emulator.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The installed faults and the decision for each request: the latency of every matching fault, plus the next step of
 * the first matching fault that still has steps. Decisions are atomic, so parallel requests consume distinct steps.
 */
public final class FaultRegistry {

  private final List<Installed> installed = new ArrayList<>();

  public synchronized void install(Fault fault) {
    if (fault.steps().isEmpty() && fault.latency().isZero()) {
      throw new IllegalArgumentException(fault + " does nothing; add a then…() step or withLatency(…)");
    }
    installed.add(new Installed(fault));
  }

  public synchronized void clear() {
    installed.clear();
  }

  public synchronized List<Fault> installed() {
    return installed.stream().map(entry -> entry.fault).toList();
  }

  /**
   * @param tenantId the request's tenant when known, else null (then tenant-specific faults do not match)
   */
  public synchronized Decision decide(String method, String rawPath, String tenantId) {
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
    return new Decision(latency, step);
  }

  /**
   * What to do with one request.
   *
   * @param latency how long to wait first
   * @param step the step to apply, or null to serve normally
   */
  public record Decision(Duration latency, Fault.Step step) {}

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
