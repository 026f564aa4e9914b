package io.github.mscommerce.emulator.faults;

import io.github.mscommerce.emulator.Fault;
import io.github.mscommerce.emulator.RandomFaults;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per item for the random faults installed and asks {@link RandomFaults#kindFor} what each gets.
 * Counting is the only state: the run number and the counts are replaced together, so a request sees one run.
 */
final class RandomFaultInjector {

  private volatile Active active;

  void install(RandomFaults faults) {
    active = new Active(faults, new PathGlob(faults.pathGlob()), 0);
  }

  void clear() {
    active = null;
  }

  Optional<RandomFaults> installed() {
    Active now = active;
    return now == null ? Optional.empty() : Optional.of(now.faults);
  }

  /** @throws IllegalStateException when no random faults are installed */
  void startRun(long run) {
    Active now = active;
    if (now == null) {
      throw new IllegalStateException("No random faults are installed; injectRandomFaults first, then start a run");
    }
    active = new Active(now.faults, now.glob, run);
  }

  /**
   * @return the request's attempt and the step it gets (null for none), or empty when random faults do not cover it
   */
  Optional<Attempt> attempt(String method, String rawPath, String tenantId) {
    Active now = active;
    if (now == null || !now.covers(method, rawPath, tenantId)) {
      return Optional.empty();
    }
    String item = RandomFaults.item(method, rawPath, tenantId);
    int attempt = now.attempts.merge(item, 1, Integer::sum);
    Fault.Step step = now.faults.kindFor(now.run, item, attempt).map(now.faults::step).orElse(null);
    return Optional.of(new Attempt(attempt, step));
  }

  /** The attempt number of one request and the step it gets, or null for none. */
  record Attempt(int number, Fault.Step step) {}

  private static final class Active {
    private final RandomFaults faults;
    private final PathGlob glob;
    private final long run;
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    private Active(RandomFaults faults, PathGlob glob, long run) {
      this.faults = faults;
      this.glob = glob;
      this.run = run;
    }

    private boolean covers(String method, String rawPath, String tenantId) {
      return (faults.method() == null || faults.method().equalsIgnoreCase(method))
          && (faults.tenantId() == null || faults.tenantId().equalsIgnoreCase(tenantId))
          && glob.matches(rawPath);
    }
  }
}
