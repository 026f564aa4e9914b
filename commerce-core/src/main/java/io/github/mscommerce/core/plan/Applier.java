package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.plan.PlanItem.Action;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Applies a {@link Plan}: one PUT per CHANGE item, none for UNCHANGED ones, on at most {@code concurrency} threads (the
 * service has no bulk endpoint, and the PowerShell module's one-at-a-time loop is what makes it slow). A failed item does
 * not stop the others; a 401 or 403 does stop new requests, since every one would fail alike. Nothing stops half-way
 * silently: every item ends with an {@link ItemOutcome}. An interrupt cancels the run (see {@link ChangeRun}).
 *
 * <p>Events: one LIFECYCLE line per change ({@code CFQ7TTC0LH2H Power Apps per user: Enabled → Disabled}), one WARN
 * line per failure.
 */
public final class Applier {

  public static final int DEFAULT_CONCURRENCY = 8;
  public static final int MAX_CONCURRENCY = 64;

  /** Told the values before the run, before the first request: the way back must exist whatever happens next. */
  @FunctionalInterface
  public interface BeforeChanges {
    /** Throwing here (a {@link io.github.mscommerce.core.CommerceException}) stops the run before any request. */
    void save(DesiredState before);
  }

  private final Consumer<CommerceEvent> events;
  private final Suggestions suggestions;

  public Applier(Consumer<CommerceEvent> events) {
    this(events, Suggestions.generic());
  }

  public Applier(Consumer<CommerceEvent> events, Suggestions suggestions) {
    this.events = Objects.requireNonNull(events, "events");
    this.suggestions = Objects.requireNonNull(suggestions, "suggestions");
  }

  public ApplyResult apply(CommerceClient client, Plan plan) {
    return apply(client, plan, DEFAULT_CONCURRENCY, before -> {});
  }

  public ApplyResult apply(CommerceClient client, Plan plan, int concurrency) {
    return apply(client, plan, concurrency, before -> {});
  }

  /**
   * @param beforeChanges called once, with {@link ApplyResult#beforeState()}, before the first PUT; not called when
   *     nothing differs
   * @throws InvalidSettingsException before any request when the concurrency is outside 1..64, the plan has INVALID
   *     items (all are listed), or the plan is for another policy than the client's
   */
  public ApplyResult apply(CommerceClient client, Plan plan, int concurrency, BeforeChanges beforeChanges) {
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw new InvalidSettingsException(
          suggestions.concurrencyOutOfRange(concurrency, MAX_CONCURRENCY, DEFAULT_CONCURRENCY));
    }
    if (!plan.policyId().equalsIgnoreCase(client.policyId())) {
      throw new InvalidSettingsException(suggestions.policyIdMismatch(plan.policyId(), client.policyId()));
    }
    if (!plan.isValid()) {
      List<String> problems = plan.itemsWith(Action.INVALID).stream()
          .map(item -> item.problem().orElseThrow()).collect(Collectors.toList());
      throw new InvalidSettingsException(suggestions.planHasInvalidItems(problems));
    }
    DesiredState before = beforeState(plan);
    List<PlanItem> changes = plan.itemsWith(Action.CHANGE);
    boolean cancelled = false;
    Iterator<ItemOutcome> changed = Collections.emptyIterator();
    if (!changes.isEmpty()) {
      beforeChanges.save(before);
      ChangeRun run = new ChangeRun(client, concurrency, events, suggestions);
      changed = run.run(changes).iterator();
      cancelled = run.wasCancelled();
    }
    // The changes' outcomes come in plan order, so walking the plan puts each back in its place.
    List<ItemOutcome> outcomes = new ArrayList<>();
    for (PlanItem item : plan.items()) {
      outcomes.add(item.action() == Action.UNCHANGED ? ItemOutcome.unchanged(item) : changed.next());
    }
    return new ApplyResult(outcomes, before, cancelled);
  }

  /** Every item of the plan with its value before the run: applying it restores what the run changed. */
  private static DesiredState beforeState(Plan plan) {
    Map<String, PolicyValue> products = new LinkedHashMap<>();
    Map<String, PolicyValue> offerTypes = new LinkedHashMap<>();
    for (PlanItem item : plan.items()) {
      PolicyValue before = item.current().orElseThrow();
      (item.kind() == ItemKind.PRODUCT ? products : offerTypes).put(item.id(), before);
    }
    return DesiredState.explicit(plan.policyId(), products, offerTypes);
  }
}
