package io.github.mscommerce.core.frontend;

import static org.junit.Assert.assertEquals;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.http.TimeSource;
import io.github.mscommerce.core.report.TenantStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Progress lines at most every two seconds, never for the last tenant (the result's first line is the last one). */
public class TenantProgressTest {

  /** A clock moved by hand. */
  private static final class Clock implements TimeSource {
    private Instant now = Instant.parse("2026-03-01T10:00:00Z");

    @Override
    public Instant now() {
      return now;
    }

    @Override
    public void sleep(Duration duration) {
      now = now.plus(duration);
    }
  }

  private final Clock clock = new Clock();
  private final List<String> lines = new ArrayList<>();

  private TenantProgress progress(int total, boolean gate) {
    return new TenantProgress(total, gate, clock, event -> {
      assertEquals(CommerceEvent.Level.LIFECYCLE, event.level());
      lines.add(event.message());
    });
  }

  @Test
  public void finished_printsAtMostOneLineEveryTwoSeconds() {
    TenantProgress progress = progress(1000, true);
    for (int i = 0; i < 117; i++) {
      progress.finished(TenantStatus.OK);
    }
    clock.sleep(Duration.ofMillis(1999));
    progress.finished(TenantStatus.VIOLATIONS);
    assertEquals(List.of(), lines);

    clock.sleep(Duration.ofMillis(1));
    progress.finished(TenantStatus.VIOLATIONS);
    progress.finished(TenantStatus.FAILED);
    clock.sleep(Duration.ofSeconds(1));
    progress.finished(TenantStatus.OK);

    assertEquals(List.of("[ 119/1000 tenants] 117 ok, 2 violations, 0 failed"), lines);
    assertEquals("[ 121/1000 tenants] 118 ok, 2 violations, 1 failed", progress.line());
  }

  @Test
  public void finished_theLastTenant_printsNothing() {
    TenantProgress progress = progress(2, false);
    progress.finished(TenantStatus.OK);
    clock.sleep(Duration.ofSeconds(5));
    progress.finished(TenantStatus.FAILED);

    assertEquals(List.of(), lines);
    assertEquals("[2/2 tenants] 1 ok, 1 failed", progress.line());
  }

  @Test
  public void line_countsCancelledOnceThereAreSome_andViolationsForTheGateOnly() {
    TenantProgress progress = progress(3, false);
    progress.finished(TenantStatus.CANCELLED);

    assertEquals("[1/3 tenants] 0 ok, 0 failed, 1 cancelled", progress.line());
    assertEquals("0 ok, 0 failed, 1 cancelled", progress.counts());
  }
}
