package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.TokenCredential;
import io.github.mscommerce.core.auth.CredentialOptions;
import io.github.mscommerce.core.client.ApiVersion;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.client.ItemIds;
import io.github.mscommerce.core.http.Endpoints;
import io.github.mscommerce.core.http.NetworkSettings;
import io.github.mscommerce.core.http.RetryPolicy;
import io.github.mscommerce.core.internal.SettingFile;
import io.github.mscommerce.core.plan.Applier;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns {@link RawSettings} into ready {@link CommerceTasks}: a configured client and its credential. Everything is
 * checked here, before any request, and every problem raises {@link io.github.mscommerce.core.InvalidSettingsException}
 * naming the setting in the front end's spelling. Building the credential sends nothing: the first request is the first
 * token.
 */
public final class SettingsProcessor {

  public static final Duration DEFAULT_TIMEOUT = NetworkSettings.DEFAULT_REQUEST_TIMEOUT;

  private final FrontEnd frontEnd;
  private final SettingParsers parsers;
  private final Consumer<CommerceEvent> events;

  public SettingsProcessor(FrontEnd frontEnd, Consumer<CommerceEvent> events) {
    this.frontEnd = Objects.requireNonNull(frontEnd, "frontEnd");
    this.parsers = new SettingParsers(frontEnd.names());
    this.events = Objects.requireNonNull(events, "events");
  }

  /** The goals, ready to be prepared with {@link CommerceTasks#task(String)}. */
  public CommerceTasks tasks(RawSettings rawSettings) {
    RawSettings raw = new NormalizedSettings(rawSettings);
    CommerceClient.Builder client = CommerceClient.builder().events(events).suggestions(frontEnd.suggestions())
        .timeSource(frontEnd.time());
    raw.endpoint().ifPresent(e -> client.endpoint(Endpoints.hostRoot(e, parsers.name(PropertyNames.ENDPOINT))));
    raw.value(PropertyNames.API_VERSION).ifPresent(v -> client.apiVersion(
        parsers.attributed(PropertyNames.API_VERSION, () -> ApiVersion.parse(v))));
    raw.value(PropertyNames.POLICY_ID).ifPresent(p -> client.policyId(
        parsers.attributed(PropertyNames.POLICY_ID, () -> ItemIds.requireValidPolicyId(p))));
    int concurrency = raw.value(PropertyNames.CONCURRENCY)
        .map(c -> parsers.integer(PropertyNames.CONCURRENCY, c, 1, Applier.MAX_CONCURRENCY))
        .orElse(Applier.DEFAULT_CONCURRENCY);
    RetryPolicy retryPolicy = raw.value(PropertyNames.RETRIES)
        .map(r -> RetryPolicy.withRetries(parsers.integer(PropertyNames.RETRIES, r, 0, 20)))
        .orElseGet(RetryPolicy::defaults);
    NetworkSettings network = network(raw);

    CredentialOptions options = new CredentialOptions(network, retryPolicy, events, frontEnd.suggestions(),
        frontEnd.time());
    TokenCredential credential = new CredentialResolver(parsers, raw, options, frontEnd.files()).resolve();
    CommerceClient built = client.network(network).retryPolicy(retryPolicy)
        .credential(AnnouncedCredential.of(credential, events)).build();
    return new CommerceTasks(built, concurrency, new TaskSettings(raw, parsers), frontEnd, events);
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
    return network.build();
  }
}
