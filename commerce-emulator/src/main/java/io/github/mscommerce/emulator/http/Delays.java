package io.github.mscommerce.emulator.http;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs work after a delay without a worker thread waiting for it: one timer thread keeps the clock, and the work runs
 * on the server's worker pool when it is due. So any number of delayed requests (latency faults, slow responses) hold
 * no worker, and the pool size limits only the requests being worked on at the same moment.
 */
public final class Delays {

  private final ScheduledThreadPoolExecutor timer;
  private final Executor workers;

  Delays(Executor workers) {
    this.workers = workers;
    this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = new Thread(runnable, "commerce-emulator-timer");
      thread.setDaemon(true);
      return thread;
    });
    timer.setKeepAliveTime(30, TimeUnit.SECONDS);
    timer.allowCoreThreadTimeOut(true); // an idle emulator holds no timer thread either
  }

  /** Runs {@code work} on a worker after {@code delay}; silently dropped once the server has stopped. */
  public void after(Duration delay, Runnable work) {
    try {
      timer.schedule(() -> {
        try {
          workers.execute(work);
        } catch (RejectedExecutionException stopped) {
          // the server stopped while the work was waiting; its connection is closed already
        }
      }, delay.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException stopped) {
      // as above
    }
  }

  void stop() {
    timer.shutdownNow();
  }
}
