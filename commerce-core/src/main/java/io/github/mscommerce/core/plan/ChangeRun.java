package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.AuthenticationFailedException;
import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.CommerceException;
import io.github.mscommerce.core.PermissionDeniedException;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.ResponseFacts;
import io.github.mscommerce.core.ServiceException;
import io.github.mscommerce.core.client.CommerceClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * One bounded-concurrency run of CHANGE items. A slot is taken before each item is submitted, so at most
 * {@code concurrency} requests are in flight and, after a systemic failure, the items not yet submitted are never sent.
 */
final class ChangeRun {

  private static final AtomicInteger RUNS = new AtomicInteger();

  private final CommerceClient client;
  private final int concurrency;
  private final Consumer<CommerceEvent> events;
  private final AtomicReference<CommerceException> systemicFailure = new AtomicReference<>();
  private final Object eventLock = new Object();

  ChangeRun(CommerceClient client, int concurrency, Consumer<CommerceEvent> events) {
    this.client = client;
    this.concurrency = concurrency;
    this.events = events;
  }

  /** One outcome per item, in the order of {@code changes}. */
  List<ItemOutcome> run(List<PlanItem> changes) {
    int threads = Math.min(concurrency, changes.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    Semaphore slots = new Semaphore(threads);
    AtomicReferenceArray<ItemOutcome> outcomes = new AtomicReferenceArray<>(changes.size());
    boolean interrupted = false;
    int submitted = 0;
    try {
      for (; submitted < changes.size(); submitted++) {
        slots.acquire();
        if (systemicFailure.get() != null) {
          slots.release();
          break;
        }
        int index = submitted;
        pool.execute(() -> {
          try {
            outcomes.set(index, change(changes.get(index)));
          } finally {
            slots.release();
          }
        });
      }
    } catch (InterruptedException e) {
      // The build is being cancelled: send nothing more, but let the requests in flight finish and be reported.
      interrupted = true;
    } finally {
      pool.shutdown();
      interrupted |= awaitQuietly(pool);
    }
    if (submitted < changes.size()) {
      emit(CommerceEvent.warn(stopReason() + " " + (changes.size() - submitted)
          + (changes.size() - submitted == 1 ? " change was" : " changes were") + " not attempted."));
    }
    List<ItemOutcome> result = new ArrayList<>(changes.size());
    for (int i = 0; i < changes.size(); i++) {
      PlanItem item = changes.get(i);
      if (i >= submitted) {
        result.add(ItemOutcome.notAttempted(item));
      } else if (outcomes.get(i) != null) {
        result.add(outcomes.get(i));
      } else {
        // Only an Error (not an exception) ends a task without an outcome; the request may have been sent.
        result.add(failed(item, new ServiceException("Setting " + item.kind().label() + " '" + item.id() + "' to "
            + item.desired() + " did not finish; read its value again to see whether it changed.",
            ResponseFacts.none(), null)));
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return result;
  }

  private ItemOutcome change(PlanItem item) {
    try {
      PolicyItem answered = client.update(item.kind(), item.id(), item.desired());
      String before = item.current().map(Object::toString).orElse("?");
      emit(CommerceEvent.lifecycle(item.label() + ": " + before + " → " + answered.policyValue()));
      if (answered.policyValue() != item.desired()) {
        emit(CommerceEvent.warn(item.label() + ": the service answered " + answered.policyValue() + " to a request for "
            + item.desired() + "."));
      }
      return ItemOutcome.changed(item, answered.policyValue());
    } catch (CommerceException e) {
      if (e instanceof AuthenticationFailedException || e instanceof PermissionDeniedException) {
        systemicFailure.compareAndSet(null, e);
      }
      return failed(item, e);
    } catch (RuntimeException e) {
      // A bug here must not cost the other items their outcome; it is reported like any failure.
      return failed(item, new ServiceException("Setting " + item.kind().label() + " '" + item.id() + "' to "
          + item.desired() + " failed unexpectedly: " + e, ResponseFacts.none(), e));
    }
  }

  private ItemOutcome failed(PlanItem item, CommerceException failure) {
    emit(CommerceEvent.warn(item.label() + ": not set to " + item.desired() + ": " + failure.getMessage()));
    return ItemOutcome.failed(item, failure);
  }

  /** Why changes were left out: a systemic failure, else the interruption (nothing else stops submitting). */
  private String stopReason() {
    CommerceException failure = systemicFailure.get();
    if (failure == null) {
      return "Stopped because the run was interrupted.";
    }
    String status = failure.status().isPresent() ? "HTTP " + failure.status().getAsInt() : "the refused credentials";
    return "Stopped after " + status + ": every further request would fail alike.";
  }

  /** Events come from several threads; a front end's log need not be thread-safe, and lines must not interleave. */
  private void emit(CommerceEvent event) {
    synchronized (eventLock) {
      events.accept(event);
    }
  }

  /** Waits for the requests in flight; each is bounded by the client's timeouts. Returns whether it was interrupted. */
  private static boolean awaitQuietly(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          return interrupted;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
  }

  private static ThreadFactory daemonThreads() {
    int run = RUNS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "commerce-apply-" + run + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
