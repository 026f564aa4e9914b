package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.http.TimeSource;
import io.github.mscommerce.core.report.TenantStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Progress of a run over many tenants, at most one line every {@link #INTERVAL} as tenants finish, and the last line
 * ({@link #line()}) at the end: {@code [ 120/1000 tenants] 117 ok, 2 violations, 1 failed}. Violations are counted
 * for the gate only, cancellations once there are some. Thread-safe: tenants finish on their own threads.
 */
final class TenantProgress {

  static final Duration INTERVAL = Duration.ofSeconds(2);

  private final int total;
  private final boolean gate;
  private final TimeSource time;
  private final Consumer<CommerceEvent> events;
  private final Map<TenantStatus, Integer> counts = new EnumMap<>(TenantStatus.class);
  private Instant lastPrinted;
  private int done;

  TenantProgress(int total, boolean gate, TimeSource time, Consumer<CommerceEvent> events) {
    this.total = total;
    this.gate = gate;
    this.time = time;
    this.events = events;
    this.lastPrinted = time.now();
  }

  /** A tenant finished; prints a line if the last one is {@link #INTERVAL} old, unless this was the last tenant. */
  synchronized void finished(TenantStatus status) {
    counts.merge(status, 1, Integer::sum);
    done++;
    Instant now = time.now();
    if (done < total && Duration.between(lastPrinted, now).compareTo(INTERVAL) >= 0) {
      lastPrinted = now;
      events.accept(CommerceEvent.lifecycle(line()));
    }
  }

  /** The line as of now: how many of the tenants finished, and how. */
  synchronized String line() {
    int width = String.valueOf(total).length();
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[%" + width + "d/%d tenants] ", done, total));
    line.append(count(TenantStatus.OK)).append(" ok");
    if (gate) {
      line.append(", ").append(count(TenantStatus.VIOLATIONS)).append(" violations");
    }
    line.append(", ").append(count(TenantStatus.FAILED)).append(" failed");
    if (count(TenantStatus.CANCELLED) > 0) {
      line.append(", ").append(count(TenantStatus.CANCELLED)).append(" cancelled");
    }
    return line.toString();
  }

  /** Counts "1 ok, 2 violations, 1 failed" without the bracket, for the failure message. */
  synchronized String counts() {
    String line = line();
    return line.substring(line.indexOf("] ") + 2);
  }

  private int count(TenantStatus status) {
    return counts.getOrDefault(status, 0);
  }
}
