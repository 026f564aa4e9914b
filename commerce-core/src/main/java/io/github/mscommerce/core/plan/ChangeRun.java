package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.AuthenticationFailedException;
import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.CommerceException;
import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.OutcomeUnknownException;
import io.github.mscommerce.core.PermissionDeniedException;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.RequestInterruptedException;
import io.github.mscommerce.core.ResponseFacts;
import io.github.mscommerce.core.ServiceException;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.internal.RunThreads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * One bounded-concurrency run of CHANGE items. A slot is taken before each item is submitted, so at most
 * {@code concurrency} requests are in flight and, after a systemic failure, the items not yet submitted are never sent.
 *
 * <p>Cancellation (the calling thread is interrupted: a Jenkins abort, Ctrl-C) stops the run at once: nothing more is
 * submitted, the requests in flight are abandoned by interrupting their threads, items never sent become
 * {@link ItemOutcome.Status#CANCELLED} and items whose request may have reached the service
 * {@link ItemOutcome.Status#UNKNOWN}. Nothing is read back afterwards: a cancelled run sends nothing more.
 */
final class ChangeRun {

  /** How long abandoned requests get to notice their interruption; a request still running after it is unknown. */
  private static final Duration ABANDON_WAIT = Duration.ofSeconds(5);

  private final CommerceClient client;
  private final int concurrency;
  private final Consumer<CommerceEvent> events;
  private final Suggestions suggestions;
  private final AtomicReference<CommerceException> systemicFailure = new AtomicReference<>();
  private final Object eventLock = new Object();
  private boolean cancelled;

  ChangeRun(CommerceClient client, int concurrency, Consumer<CommerceEvent> events, Suggestions suggestions) {
    this.client = client;
    this.concurrency = concurrency;
    this.events = events;
    this.suggestions = suggestions;
  }

  /**
   * One outcome per item, in the order of {@code changes}. When the run was cancelled, {@link #wasCancelled()} is true
   * and the calling thread's interrupt flag is set again.
   */
  List<ItemOutcome> run(List<PlanItem> changes) {
    int threads = Math.min(concurrency, changes.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads, RunThreads.daemons("commerce-apply"));
    Semaphore slots = new Semaphore(threads);
    AtomicReferenceArray<ItemOutcome> outcomes = new AtomicReferenceArray<>(changes.size());
    AtomicIntegerArray started = new AtomicIntegerArray(changes.size());
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
            started.set(index, 1);
            outcomes.set(index, change(changes.get(index)));
          } finally {
            slots.release();
          }
        });
      }
      pool.shutdown();
      // Each request in flight is bounded by the client's timeouts; waiting is interruptible, which is a cancel.
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // keep waiting
      }
    } catch (InterruptedException e) {
      cancelled = true;
      pool.shutdownNow();
      RunThreads.awaitTermination(pool, ABANDON_WAIT);
    }
    List<ItemOutcome> result = collect(changes, submitted, outcomes, started);
    report(changes.size() - submitted, result);
    if (cancelled) {
      Thread.currentThread().interrupt();
    }
    return result;
  }

  boolean wasCancelled() {
    return cancelled;
  }

  private List<ItemOutcome> collect(List<PlanItem> changes, int submitted, AtomicReferenceArray<ItemOutcome> outcomes,
      AtomicIntegerArray started) {
    List<ItemOutcome> result = new ArrayList<>(changes.size());
    for (int i = 0; i < changes.size(); i++) {
      PlanItem item = changes.get(i);
      ItemOutcome outcome = outcomes.get(i);
      if (outcome != null) {
        result.add(outcome);
      } else if (i >= submitted || started.get(i) == 0) {
        result.add(cancelled ? ItemOutcome.cancelled(item) : ItemOutcome.notAttempted(item));
      } else if (cancelled) {
        result.add(unknown(item, new RequestInterruptedException(suggestions.abandonedUpdate(item.kind(), item.id(),
            item.desired()), true, ResponseFacts.none(), null)));
      } else {
        // Only an Error (not an exception) ends a task without an outcome; the request may have been sent.
        result.add(failed(item, new ServiceException(suggestions.updateDidNotFinish(item.kind(), item.id(),
            item.desired()), ResponseFacts.none(), null)));
      }
    }
    return result;
  }

  private ItemOutcome change(PlanItem item) {
    String before = item.current().map(Object::toString).orElse("?");
    try {
      PolicyItem answered = client.update(item.kind(), item.id(), item.desired());
      if (answered.policyValue() != item.desired()) {
        // The answer contradicts the request: what the service holds decides, not what it said.
        return readBack(item, before, suggestions.answeredOtherValue(item.label(), answered.policyValue(),
            item.desired()), answered.policyValue(), null);
      }
      emit(CommerceEvent.lifecycle(item.label() + ": " + before + " → " + answered.policyValue()));
      return ItemOutcome.changed(item, answered.policyValue());
    } catch (OutcomeUnknownException e) {
      return readBack(item, before, e.reason(), null, e);
    } catch (RequestInterruptedException e) {
      return e.mayHaveBeenSent() ? unknown(item, e) : ItemOutcome.cancelled(item);
    } catch (CommerceException e) {
      if (e instanceof AuthenticationFailedException || e instanceof PermissionDeniedException) {
        systemicFailure.compareAndSet(null, e);
      }
      return failed(item, e);
    } catch (RuntimeException e) {
      // A bug here must not cost the other items their outcome; it is reported like any failure.
      return failed(item, new ServiceException(suggestions.updateFailedUnexpectedly(item.kind(), item.id(),
          item.desired(), e.toString()), ResponseFacts.none(), e));
    }
  }

  /**
   * The update's outcome is unknown (no readable answer) or contradicts the request (another value answered): one GET
   * of the item says what the service holds, and that is what the run reports. Never after a cancel, which sends
   * nothing more.
   *
   * @param answered the value the service's answer named, when it named one
   * @param unknown the update's failure when no readable answer came, else null
   */
  private ItemOutcome readBack(PlanItem item, String before, String reason, PolicyValue answered,
      OutcomeUnknownException unknown) {
    CommerceException cause = unknown != null ? unknown
        : new ServiceException(reason, ResponseFacts.none(), null);
    if (Thread.currentThread().isInterrupted()) {
      return unknown(item, cause);
    }
    PolicyValue held;
    try {
      held = item.kind() == ItemKind.PRODUCT ? client.productPolicy(item.id()).policyValue()
          : client.offerTypePolicy(item.id()).policyValue();
    } catch (RequestInterruptedException e) {
      return unknown(item, cause);
    } catch (CommerceException e) {
      String why = suggestions.outcomeStillUnknown(item.desired(), reason, e.getMessage());
      emit(CommerceEvent.warn(item.label() + ": " + why));
      return ItemOutcome.unknown(item, new OutcomeUnknownException(why, cause.facts(), e));
    }
    if (held == item.desired()) {
      emit(CommerceEvent.lifecycle(item.label() + ": " + before + " → " + held + ", "
          + suggestions.confirmedByReadingBack(reason)));
      return ItemOutcome.changed(item, held);
    }
    String why = answered != null ? suggestions.answeredOtherValueThenHeld(answered, item.desired(), held)
        : suggestions.notChangedByReadingBack(item.desired(), held, reason);
    ServiceException failure = new ServiceException(why, cause.facts(), cause);
    emit(CommerceEvent.warn(item.label() + ": " + failure.getMessage()));
    return ItemOutcome.failed(item, failure);
  }

  private ItemOutcome failed(PlanItem item, CommerceException failure) {
    emit(CommerceEvent.warn(item.label() + ": not set to " + item.desired() + ": " + failure.getMessage()));
    return ItemOutcome.failed(item, failure);
  }

  private ItemOutcome unknown(PlanItem item, CommerceException interruption) {
    emit(CommerceEvent.warn(item.label() + ": " + suggestions.outcomeUnknown(item.desired())));
    return ItemOutcome.unknown(item, interruption);
  }

  /** One line for what was left out, and why. */
  private void report(int neverSubmitted, List<ItemOutcome> result) {
    if (cancelled) {
      long notSent = result.stream().filter(o -> o.status() == ItemOutcome.Status.CANCELLED).count();
      emit(CommerceEvent.warn(suggestions.runCancelled((int) notSent)));
    } else if (neverSubmitted > 0) {
      CommerceException failure = systemicFailure.get();
      String status = failure.status().isPresent() ? "HTTP " + failure.status().getAsInt() : "the refused credentials";
      emit(CommerceEvent.warn(suggestions.stoppedAfterSystemicFailure(status, neverSubmitted)));
    }
  }

  /** Events come from several threads; a front end's log need not be thread-safe, and lines must not interleave. */
  private void emit(CommerceEvent event) {
    synchronized (eventLock) {
      events.accept(event);
    }
  }
}
