package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.CommerceException;
import io.github.mscommerce.core.RequestInterruptedException;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.auth.TokenTenant;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.plan.DesiredStateDocument;
import io.github.mscommerce.core.plan.TenantOverride;
import io.github.mscommerce.core.report.ReportFile;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The goal for one tenant of a run over many, on the calling thread: its own client (the run's credential, this
 * tenant's authority, so its own token), sign-in first, then the goal exactly as for one tenant. Whatever happens there
 * becomes a {@link TenantOutcome}: one tenant failing never stops the others.
 */
final class TenantRun {

  private final String goal;
  private final RawSettings raw;
  private final ServiceConnection connection;
  private final Optional<DesiredStateDocument> desiredState;
  private final TenantIdentities identities;
  private final BeforeStates beforeStates;
  private final Consumer<CommerceEvent> events;
  private final Suggestions suggestions;
  private final Set<String> usedExceptions = ConcurrentHashMap.newKeySet();

  /**
   * @param desiredState the whole document, exceptions included, for apply
   * @param beforeStates the run's, called from one tenant at a time
   */
  TenantRun(String goal, RawSettings raw, ServiceConnection connection, Optional<DesiredStateDocument> desiredState,
      TenantIdentities identities, BeforeStates beforeStates, Consumer<CommerceEvent> events,
      Suggestions suggestions) {
    this.goal = goal;
    this.raw = raw;
    this.connection = connection;
    this.desiredState = desiredState;
    this.identities = identities;
    this.beforeStates = beforeStates;
    this.events = events;
    this.suggestions = suggestions;
  }

  TenantOutcome run(TenantEntry entry) {
    Consumer<CommerceEvent> tenantEvents = new TenantEvents(entry.tenant(), events);
    Optional<String> guid = Optional.empty();
    try {
      RawSettings settings = new TenantSettings(raw, entry.tenant());
      CommerceClient client = connection.client(settings, tenantEvents);
      // Sign in first, as the first request would: the token's tid tells a domain's GUID, so a tenant listed twice is
      // caught before any policy request, and exceptions written under its GUID find it.
      guid = TokenTenant.of(client.credential().token(false));
      Optional<TenantEntry> first = identities.claim(entry, guid);
      if (first.isPresent()) {
        return TenantOutcome.failed(entry, guid, suggestions.sameTenantListedTwice(entry.source(), entry.tenant(),
            guid.orElseThrow(), first.get().source(), first.get().tenant()));
      }
      Optional<String> tenantGuid = guid;
      Optional<TenantOverride> exceptions = desiredState.flatMap(d -> d.overrideFor(entry.tenant(), tenantGuid));
      exceptions.ifPresent(own -> usedExceptions.add(own.tenant()));
      TenantScope scope = TenantScope.oneOf(entry.tenant(), desiredState.map(d -> d.forTenant(exceptions)));
      CommerceTask task = connection.tasks(client, settings, scope, tenantEvents).task(goal);
      TaskResult result = task.run((taskGoal, before) -> beforeStates.save(taskGoal + "-" + entry.tenant(), before));
      result.lines().forEach(line -> tenantEvents.accept(CommerceEvent.debug(line)));
      return TenantOutcome.of(entry, guid, kept(result));
    } catch (TaskCancelledException e) {
      return TenantOutcome.cancelled(entry, guid, Optional.of(kept(e.partial())), e.partial().failure()
          .orElse(e.getMessage()));
    } catch (RequestInterruptedException e) {
      return TenantOutcome.cancelled(entry, guid, Optional.empty(), e.getMessage() + nothingChanged());
    } catch (CommerceException e) {
      // Sign-in refused (no consent, AADSTS700016), no such tenant, 401/403, retries exhausted, a plan that cannot
      // be applied: each before any change there, since a change's own failures end in the task's result.
      return TenantOutcome.failed(entry, guid, e.getMessage() + nothingChanged());
    } catch (RuntimeException e) {
      return TenantOutcome.failed(entry, guid, suggestions.tenantFailedUnexpectedly(e.toString()));
    }
  }

  /**
   * What the run keeps of a tenant's result until the end: a thousand tenants' rendered reports and listing lines
   * would only fill the heap, so only the files that are the tenant's own (an export) stay, with the report and value.
   */
  private TaskResult kept(TaskResult result) {
    List<ReportFile> own = result.files().stream().filter(file -> !isGoalReport(file.name()))
        .collect(Collectors.toList());
    return new TaskResult(result.goal(), result.outcome(), List.of(), result.warnings(), own, result.report(),
        result.value(), result.failure());
  }

  private boolean isGoalReport(String name) {
    return name.equals(goal + ".json") || name.equals(goal + ".md") || name.startsWith("TEST-commerce-");
  }

  /** For the goals that change tenants, what a failure before the first change means there. */
  private String nothingChanged() {
    return goal.equals(Goals.APPLY) || goal.equals(Goals.UPDATE_POLICY) ? " " + suggestions.tenantNothingChanged() : "";
  }

  /** The tenants whose exceptions some tenant of the run used, by their key in the document. */
  Set<String> usedExceptions() {
    return Set.copyOf(usedExceptions);
  }
}
