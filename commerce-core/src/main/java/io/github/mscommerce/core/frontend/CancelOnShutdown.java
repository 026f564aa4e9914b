package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.CommerceEvent;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Turns the end of the JVM (SIGTERM, Ctrl-C, a CI runner stopping the job) into the cancellation contract for the
 * thread that runs a task, as a Jenkins abort does with {@link Thread#interrupt()}: the hook interrupts that thread, so
 * nothing new is sent and requests in flight are abandoned as "sent, outcome unknown", and then waits, bounded, while
 * the task logs what it changed and writes its report. Without it the JVM would stop mid-run: no report, and a log
 * that ends at whatever line was last.
 *
 * <pre>{@code
 * try (CancelOnShutdown cancel = CancelOnShutdown.forCurrentThread(CancelOnShutdown.DEFAULT_REPORT_WAIT, events)) {
 *   new TaskRunner(frontEnd).run(goal, settings, output);
 * }
 * }</pre>
 *
 * <p>For front ends that own their JVM's lifetime, such as a command line tool or Maven; never for a Jenkins
 * controller, whose shutdown is not one build's to handle.
 */
public final class CancelOnShutdown implements AutoCloseable {

  /** Enough for abandoned requests to be noticed (a few seconds) and the report to be written, within a CI grace period. */
  public static final Duration DEFAULT_REPORT_WAIT = Duration.ofSeconds(15);

  private final Thread runner;
  private final Duration reportWait;
  private final Consumer<CommerceEvent> events;
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  private CancelOnShutdown(Thread runner, Duration reportWait, Consumer<CommerceEvent> events) {
    this.runner = runner;
    this.reportWait = Objects.requireNonNull(reportWait, "reportWait");
    this.events = Objects.requireNonNull(events, "events");
    this.hook = new Thread(this::cancelAndWait, "commerce-cancel-on-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Watches the calling thread until {@link #close()}. */
  public static CancelOnShutdown forCurrentThread(Duration reportWait, Consumer<CommerceEvent> events) {
    return new CancelOnShutdown(Thread.currentThread(), reportWait, events);
  }

  private void cancelAndWait() {
    if (finished.getCount() == 0) {
      return;
    }
    // The interrupt first: whatever the log does while the JVM shuts down, the run must be cancelled.
    runner.interrupt();
    say("The JVM is shutting down (SIGTERM or Ctrl-C): cancelling the run; nothing new is sent, and requests in flight "
        + "are abandoned.");
    try {
      if (!finished.await(reportWait.toMillis(), TimeUnit.MILLISECONDS)) {
        say("The run did not finish its report within " + reportWait.toSeconds() + " s of the shutdown; the "
            + "before-state file, written before the first change, restores the tenant.");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A console shutting down at the same moment may refuse the line (Maven's ANSI console is not safe for two threads
   * then); the cancel and the wait must go on all the same.
   */
  private void say(String warning) {
    try {
      events.accept(CommerceEvent.warn(warning));
    } catch (RuntimeException e) {
      // nothing to report it to; the run's own report still says it was cancelled
    }
  }

  /** The run is over, its report written: the JVM may end without waiting for it. */
  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down and the hook is running or done: it sees the count and returns.
    }
  }
}
