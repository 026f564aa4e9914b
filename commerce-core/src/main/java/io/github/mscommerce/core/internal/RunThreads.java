package io.github.mscommerce.core.internal;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker threads of one run (an apply's requests, a run's tenants): daemons, so a stuck request never keeps a JVM
 * alive, named after the run so a thread dump tells runs apart; and the bounded wait for them after a cancel.
 */
public final class RunThreads {

  private static final AtomicInteger RUNS = new AtomicInteger();

  private RunThreads() {}

  /** Threads named {@code <prefix>-<run>-<n>}, the run number new for each call. */
  public static ThreadFactory daemons(String prefix) {
    int run = RUNS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + "-" + run + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Waits up to {@code wait} for {@code pool}'s tasks to end, so they can record what they sent; an interrupt (a
   * cancel pressed twice) must not cut this short, and the caller sets the interrupt flag again.
   */
  public static void awaitTermination(ExecutorService pool, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      try {
        if (pool.awaitTermination(left, TimeUnit.NANOSECONDS)) {
          return;
        }
      } catch (InterruptedException e) {
        // keep waiting until the deadline
      }
    }
  }
}
