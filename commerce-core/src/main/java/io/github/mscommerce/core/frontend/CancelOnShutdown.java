package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.http.SharedHttpClients;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * <p>Once every run's report is written, the hook also closes the shared HTTP clients, whose idle threads would
 * otherwise hold up the JVM's exit by 0.3 s ({@link SharedHttpClients#closeAll}), after a run as much as during one.
 *
 * <p>For front ends that own their JVM's lifetime, such as a command line tool or Maven; never for a Jenkins
 * controller, whose shutdown is not one build's to handle.
 */
public final class CancelOnShutdown implements AutoCloseable {

  /** Enough for abandoned requests to be noticed (a few seconds) and the report to be written, within a CI grace period. */
  public static final Duration DEFAULT_REPORT_WAIT = Duration.ofSeconds(15);

  /** The runs in progress; one hook for the JVM, registered with the first run, cancels them all. */
  private static final Set<CancelOnShutdown> RUNNING = ConcurrentHashMap.newKeySet();
  private static final AtomicBoolean HOOK_REGISTERED = new AtomicBoolean();

  private final Thread runner;
  private final Duration reportWait;
  private final Consumer<CommerceEvent> events;
  private final CountDownLatch finished = new CountDownLatch(1);

  private CancelOnShutdown(Thread runner, Duration reportWait, Consumer<CommerceEvent> events) {
    this.runner = runner;
    this.reportWait = Objects.requireNonNull(reportWait, "reportWait");
    this.events = Objects.requireNonNull(events, "events");
    if (HOOK_REGISTERED.compareAndSet(false, true)) {
      Runtime.getRuntime().addShutdownHook(new Thread(CancelOnShutdown::atExit, "commerce-cancel-on-shutdown"));
    }
    RUNNING.add(this);
  }

  /** Watches the calling thread until {@link #close()}. */
  public static CancelOnShutdown forCurrentThread(Duration reportWait, Consumer<CommerceEvent> events) {
    return new CancelOnShutdown(Thread.currentThread(), reportWait, events);
  }

  private static void atExit() {
    List<CancelOnShutdown> runs = List.copyOf(RUNNING);
    for (CancelOnShutdown run : runs) {
      run.cancel();
    }
    long start = System.nanoTime();
    for (CancelOnShutdown run : runs) {
      run.awaitReport(start);
    }
    closeHttpClients();
  }

  /** The interrupt first: whatever the log does while the JVM shuts down, the run must be cancelled. */
  private void cancel() {
    runner.interrupt();
    say("The JVM is shutting down (SIGTERM or Ctrl-C): cancelling the run; nothing new is sent, and requests in flight "
        + "are abandoned.");
  }

  private void awaitReport(long waitStart) {
    long left = reportWait.toNanos() - (System.nanoTime() - waitStart);
    try {
      if (!finished.await(left, TimeUnit.NANOSECONDS)) {
        say("The run did not finish its report within " + reportWait.toSeconds() + " s of the shutdown; the "
            + "before-state file, written before the first change, restores the tenant.");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeHttpClients() {
    try {
      SharedHttpClients.closeAll();
    } catch (LinkageError e) {
      // Maven closes a plugin's class loader before the JVM's hooks run, so a class not loaded yet cannot be now; and
      // the shared clients' classes are loaded only once a client was built. No client, nothing to close.
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
    RUNNING.remove(this);
  }
}
