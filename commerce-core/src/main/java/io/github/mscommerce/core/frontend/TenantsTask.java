package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.Policy;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.auth.EnvironmentCredential;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.http.RequestLimit;
import io.github.mscommerce.core.internal.RunThreads;
import io.github.mscommerce.core.plan.DesiredState;
import io.github.mscommerce.core.plan.DesiredStateDocument;
import io.github.mscommerce.core.report.TenantStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * One goal over every tenant of {@code commerce.tenants}, with one credential: {@code commerce.tenantConcurrency}
 * tenants at a time (each with its own token, its products at {@code commerce.concurrency}), all of them within the
 * run's cap on requests in flight ({@code commerce.maxRequests}, token requests included). A tenant that fails (no
 * consent, no such tenant, retries exhausted) never stops the others; the run fails at the end, naming each.
 *
 * <p>Cancellation (the calling thread is interrupted): no tenant starts any more, the running ones are interrupted and
 * stop as one tenant's task does (nothing new is sent, what was sent is reported), and the consolidated report still
 * says, per tenant, what happened.
 */
final class TenantsTask implements CommerceTask {

  static final int DEFAULT_TENANT_CONCURRENCY = 8;
  static final int MAX_TENANT_CONCURRENCY = 64;

  /** The sign-in modes that have one tenant's tokens only. */
  private static final Set<AuthMode> ONE_TENANT_MODES = EnumSet.of(AuthMode.ACCESS_TOKEN, AuthMode.MANAGED_IDENTITY,
      AuthMode.DEVICE_CODE);

  /** How long running tenants get to stop and say what they sent, after a cancel; their own waits are shorter. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(10);

  private final String goal;
  private final RawSettings raw;
  private final List<TenantEntry> tenants;
  private final int tenantConcurrency;
  private final ServiceConnection connection;
  private final Optional<DesiredStateDocument> desiredState;
  private final String credential;
  private final FrontEnd frontEnd;
  private final SettingParsers parsers;
  private final Consumer<CommerceEvent> events;

  private TenantsTask(String goal, RawSettings raw, List<TenantEntry> tenants, int tenantConcurrency,
      ServiceConnection connection, Optional<DesiredStateDocument> desiredState, String credential,
      FrontEnd frontEnd, SettingParsers parsers, Consumer<CommerceEvent> events) {
    this.goal = goal;
    this.raw = raw;
    this.tenants = tenants;
    this.tenantConcurrency = tenantConcurrency;
    this.connection = connection;
    this.desiredState = desiredState;
    this.credential = credential;
    this.frontEnd = frontEnd;
    this.parsers = parsers;
    this.events = events;
  }

  /**
   * Checks every setting before any request: the list (each entry, each duplicate), the sign-in mode, the run's own
   * settings, and everything else as the first tenant will use it (its credential and goal are built, which sends
   * nothing). The desired-state file is read once here for every tenant.
   *
   * @throws InvalidSettingsException naming the setting, and for the list the file and line
   */
  static TenantsTask prepare(String goal, RawSettings raw, String tenantsValue, ServiceConnection connection,
      FrontEnd frontEnd, SettingParsers parsers, Consumer<CommerceEvent> events) {
    Suggestions suggestions = frontEnd.suggestions();
    String tenantsSetting = parsers.name(PropertyNames.TENANTS);
    String tenantIdSetting = parsers.name(PropertyNames.TENANT_ID);
    if (raw.tenantId().isPresent()) {
      throw new InvalidSettingsException(suggestions.tenantIdAndTenants(tenantIdSetting, tenantsSetting));
    }
    List<TenantEntry> tenants = TenantList.read(tenantsValue, tenantsSetting, frontEnd.files(), suggestions);
    AuthMode mode = connection.mode(raw);
    if (ONE_TENANT_MODES.contains(mode)) {
      throw new InvalidSettingsException(suggestions.tenantsNeedAnApp(tenantsSetting, mode.setting(),
          tenantIdSetting));
    }
    int tenantConcurrency = raw.value(PropertyNames.TENANT_CONCURRENCY)
        .map(c -> parsers.integer(PropertyNames.TENANT_CONCURRENCY, c, 1, MAX_TENANT_CONCURRENCY))
        .orElse(DEFAULT_TENANT_CONCURRENCY);
    Optional<DesiredStateDocument> desiredState = goal.equals(Goals.APPLY)
        ? Optional.of(ApplyTask.readDesiredState(new TaskSettings(raw, parsers), frontEnd)) : Optional.empty();
    TenantEntry first = tenants.get(0);
    RawSettings firstSettings = new TenantSettings(raw, first.tenant());
    Consumer<CommerceEvent> quiet = event -> {};
    CommerceClient probe = connection.client(firstSettings, quiet);
    connection.tasks(probe, firstSettings, TenantScope.oneOf(first.tenant(),
        desiredState.map(d -> d.forTenant(d.overrideFor(first.tenant(), Optional.empty())))), quiet).task(goal);
    return new TenantsTask(goal, raw, tenants, tenantConcurrency, connection, desiredState,
        probe.credential().description(), frontEnd, parsers, events);
  }

  @Override
  public TaskResult run(BeforeStates beforeStates) {
    announce();
    TenantProgress progress = new TenantProgress(tenants.size(), goal.equals(Goals.VERIFY_POLICY), frontEnd.time(),
        events);
    KeptBeforeStates kept = new KeptBeforeStates(beforeStates);
    TenantRun runner = new TenantRun(goal, raw, connection, desiredState, new TenantIdentities(tenants), kept, events,
        frontEnd.suggestions());
    AtomicReferenceArray<TenantOutcome> outcomes = new AtomicReferenceArray<>(tenants.size());
    AtomicIntegerArray started = new AtomicIntegerArray(tenants.size());
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(tenantConcurrency, tenants.size()),
        RunThreads.daemons("commerce-tenants"));
    for (int i = 0; i < tenants.size(); i++) {
      int index = i;
      pool.execute(() -> {
        started.set(index, 1);
        TenantOutcome outcome = runner.run(tenants.get(index));
        outcomes.set(index, outcome);
        progress.finished(outcome.status());
      });
    }
    pool.shutdown();
    boolean cancelled = false;
    try {
      // Each tenant's requests are bounded by the client's timeouts and retry limit; waiting is where a cancel lands.
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // keep waiting
      }
    } catch (InterruptedException e) {
      cancelled = true;
      pool.shutdownNow();
      RunThreads.awaitTermination(pool, STOP_WAIT);
    }
    List<TenantOutcome> all = collect(outcomes, started, cancelled);
    RequestLimit limit = connection.requestLimit();
    events.accept(CommerceEvent.debug("At most " + limit.peakInFlight() + " requests were in flight at once (the cap "
        + "is " + limit.maxInFlight() + "); " + limit.requests() + " requests were sent, each attempt and token "
        + "request counted."));
    TaskResult result = new TenantResults(goal, frontEnd, raw.value(PropertyNames.POLICY_ID)
        .orElse(Policy.ALLOW_SELF_SERVICE_PURCHASE)).result(all, cancelled, progress, desiredState,
        runner.usedExceptions(), kept.names());
    if (cancelled) {
      Thread.currentThread().interrupt();
      throw new TaskCancelledException(cancelledSummary(all), result);
    }
    return result;
  }

  /** What runs, how wide, and as whom; and that a tenant from the credential or environment does not limit it. */
  private void announce() {
    events.accept(CommerceEvent.lifecycle("Running " + frontEnd.names().goal(goal) + " over "
        + TenantList.count(tenants) + ", " + Math.min(tenantConcurrency, tenants.size()) + " at a time, at most "
        + connection.requestLimit().maxInFlight() + " requests in flight; each tenant signs in with its own token, "
        + "as the first does: " + credential + "."));
    String tenantsSetting = parsers.name(PropertyNames.TENANTS);
    Optional<String> home = raw.homeTenantId();
    Optional<String> environment = Optional.ofNullable(raw.environment().get(EnvironmentCredential.TENANT_ID))
        .filter(tenant -> !tenant.isBlank());
    if (home.isPresent()) {
      events.accept(CommerceEvent.lifecycle(frontEnd.suggestions().tenantsOverrideHomeTenant(tenantsSetting,
          home.get(), "the credential", tenants.size())));
    } else if (environment.isPresent()) {
      events.accept(CommerceEvent.lifecycle(frontEnd.suggestions().tenantsOverrideHomeTenant(tenantsSetting,
          environment.get().trim(), EnvironmentCredential.TENANT_ID, tenants.size())));
    }
  }

  /** A tenant with no outcome never started, or (cancelled) did not stop in time, or (a bug) ended without one. */
  private List<TenantOutcome> collect(AtomicReferenceArray<TenantOutcome> outcomes, AtomicIntegerArray started,
      boolean cancelled) {
    Suggestions suggestions = frontEnd.suggestions();
    List<TenantOutcome> all = new ArrayList<>(tenants.size());
    for (int i = 0; i < tenants.size(); i++) {
      TenantOutcome outcome = outcomes.get(i);
      if (outcome != null) {
        all.add(outcome);
      } else if (cancelled) {
        all.add(TenantOutcome.cancelled(tenants.get(i), Optional.empty(), Optional.empty(),
            started.get(i) == 0 ? suggestions.tenantNotStarted() : suggestions.tenantStillRunning()));
      } else {
        all.add(TenantOutcome.failed(tenants.get(i), Optional.empty(),
            suggestions.tenantFailedUnexpectedly("it ended without an outcome")));
      }
    }
    return all;
  }

  private String cancelledSummary(List<TenantOutcome> all) {
    int finished = (int) all.stream().filter(o -> o.status() != TenantStatus.CANCELLED).count();
    int notStarted = (int) all.stream().filter(o -> o.status() == TenantStatus.CANCELLED
        && o.error().filter(frontEnd.suggestions().tenantNotStarted()::equals).isPresent()).count();
    return frontEnd.suggestions().tenantsCancelled(finished, all.size() - finished - notStarted, notStarted);
  }

  /**
   * The run's before-states, kept one tenant at a time (a front end's output need not be thread-safe), and their
   * names, for the line that says where the way back is.
   */
  private static final class KeptBeforeStates implements BeforeStates {
    private final BeforeStates delegate;
    private final List<String> names = new ArrayList<>();

    KeptBeforeStates(BeforeStates delegate) {
      this.delegate = delegate;
    }

    @Override
    public synchronized String save(String goal, DesiredState before) {
      String name = delegate.save(goal, before);
      names.add(name);
      return name;
    }

    synchronized List<String> names() {
      return List.copyOf(names);
    }
  }
}
