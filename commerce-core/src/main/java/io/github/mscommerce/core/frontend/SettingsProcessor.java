package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.auth.EnvironmentCredential;
import io.github.mscommerce.core.client.ApiVersion;
import io.github.mscommerce.core.client.ItemIds;
import io.github.mscommerce.core.http.Endpoints;
import io.github.mscommerce.core.http.NetworkSettings;
import io.github.mscommerce.core.http.RequestLimit;
import io.github.mscommerce.core.http.RetryPolicy;
import io.github.mscommerce.core.internal.SettingFile;
import io.github.mscommerce.core.plan.Applier;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns {@link RawSettings} into ready tasks: a configured client and its credential, or with {@code commerce.tenants}
 * one per tenant listed. Everything is checked here, before any request, and every problem raises
 * {@link io.github.mscommerce.core.InvalidSettingsException} naming the setting in the front end's spelling. Building a
 * credential sends nothing: the first request is the first token.
 */
public final class SettingsProcessor {

  public static final Duration DEFAULT_TIMEOUT = NetworkSettings.DEFAULT_REQUEST_TIMEOUT;
  /** Requests in flight at once across a run, token requests included, unless {@code commerce.maxRequests} says. */
  public static final int DEFAULT_MAX_REQUESTS = 32;
  public static final int MAX_MAX_REQUESTS = 256;

  private final FrontEnd frontEnd;
  private final SettingParsers parsers;
  private final Consumer<CommerceEvent> events;

  public SettingsProcessor(FrontEnd frontEnd, Consumer<CommerceEvent> events) {
    this.frontEnd = Objects.requireNonNull(frontEnd, "frontEnd");
    this.parsers = new SettingParsers(frontEnd.names());
    this.events = Objects.requireNonNull(events, "events");
  }

  /**
   * One tenant's goals, ready to be prepared with {@link CommerceTasks#task(String)}.
   *
   * @throws InvalidSettingsException also when {@code commerce.tenants} is set: a list runs through {@link #task}
   */
  public CommerceTasks tasks(RawSettings rawSettings) {
    RawSettings raw = new NormalizedSettings(rawSettings);
    if (raw.value(PropertyNames.TENANTS).isPresent()) {
      throw new InvalidSettingsException(parsers.name(PropertyNames.TENANTS) + " lists tenants: run the goal with "
          + "SettingsProcessor.task or TaskRunner, which run every tenant of the list.");
    }
    ServiceConnection connection = connection(raw);
    return connection.tasks(connection.client(raw, events), raw, TenantScope.single(runTenant(raw)), events);
  }

  /**
   * The goal's task: for one tenant, or with {@code commerce.tenants} for every tenant listed, each signing in to its
   * own authority with the same credential. Every setting is checked first, for every tenant.
   *
   * @param goal one of {@link Goals}
   * @throws InvalidSettingsException when a setting is wrong
   */
  public CommerceTask task(String goal, RawSettings rawSettings) {
    RawSettings raw = new NormalizedSettings(rawSettings);
    Optional<String> tenants = raw.value(PropertyNames.TENANTS);
    if (tenants.isEmpty()) {
      return tasks(raw).task(goal);
    }
    return TenantsTask.prepare(goal, raw, tenants.get(), connection(raw), frontEnd, parsers, events);
  }

  /** The tenant a one-tenant run signs in to: explicit, else the credential's, else the environment's. */
  private static Optional<String> runTenant(RawSettings raw) {
    return raw.tenantId().or(raw::homeTenantId).or(() -> Optional.ofNullable(
        raw.environment().get(EnvironmentCredential.TENANT_ID)).map(String::trim).filter(t -> !t.isEmpty()));
  }

  private ServiceConnection connection(RawSettings raw) {
    Optional<java.net.URI> endpoint = raw.endpoint()
        .map(e -> Endpoints.hostRoot(e, parsers.name(PropertyNames.ENDPOINT)));
    Optional<ApiVersion> apiVersion = raw.value(PropertyNames.API_VERSION)
        .map(v -> parsers.attributed(PropertyNames.API_VERSION, () -> ApiVersion.parse(v)));
    Optional<String> policyId = raw.value(PropertyNames.POLICY_ID)
        .map(p -> parsers.attributed(PropertyNames.POLICY_ID, () -> ItemIds.requireValidPolicyId(p)));
    int concurrency = raw.value(PropertyNames.CONCURRENCY)
        .map(c -> parsers.integer(PropertyNames.CONCURRENCY, c, 1, Applier.MAX_CONCURRENCY))
        .orElse(Applier.DEFAULT_CONCURRENCY);
    RetryPolicy retryPolicy = raw.value(PropertyNames.RETRIES)
        .map(r -> RetryPolicy.withRetries(parsers.integer(PropertyNames.RETRIES, r, 0, 20)))
        .orElseGet(RetryPolicy::defaults);
    int maxRequests = raw.value(PropertyNames.MAX_REQUESTS)
        .map(m -> parsers.integer(PropertyNames.MAX_REQUESTS, m, 1, MAX_MAX_REQUESTS))
        .orElse(DEFAULT_MAX_REQUESTS);
    return new ServiceConnection(frontEnd, parsers, endpoint, apiVersion, policyId, concurrency, retryPolicy,
        network(raw), RequestLimit.of(maxRequests));
  }

  private NetworkSettings network(RawSettings raw) {
    Duration timeout = raw.value(PropertyNames.TIMEOUT).map(t -> parsers.seconds(PropertyNames.TIMEOUT, t, 1, 3600))
        .orElse(DEFAULT_TIMEOUT);
    NetworkSettings.Builder network = NetworkSettings.builder()
        .requestTimeout(timeout)
        .connectTimeout(timeout.compareTo(NetworkSettings.DEFAULT_CONNECT_TIMEOUT) < 0
            ? timeout : NetworkSettings.DEFAULT_CONNECT_TIMEOUT);
    Optional<String> pem = raw.trustCertificatePem();
    if (pem.isPresent()) {
      network.trustCertificatePem(raw.trustCertificateSource()
          .orElse(parsers.name(PropertyNames.TRUST_CERTIFICATE)), pem.get());
    } else {
      raw.trustCertificateFile().ifPresent(file -> network.trustCertificatePem(frontEnd.files().describe(file),
          SettingFile.text(frontEnd.files(), file, parsers.name(PropertyNames.TRUST_CERTIFICATE),
              NetworkSettings.MAX_TRUST_PEM_BYTES)));
    }
    raw.proxy().ifPresent(network::proxy);
    NetworkSettings settings = network.build();
    // Every network setting is checked now; TLS set-up needs no more, and runs beside the credential's.
    settings.prepareHttpClient();
    return settings;
  }
}
