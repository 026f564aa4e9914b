package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.LocalPaths;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.auth.CredentialOptions;
import io.github.mscommerce.core.TokenCredential;
import io.github.mscommerce.core.client.ApiVersion;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.client.ItemIds;
import io.github.mscommerce.core.http.Endpoints;
import io.github.mscommerce.core.http.NetworkSettings;
import io.github.mscommerce.core.http.RetryPolicy;
import io.github.mscommerce.core.http.TimeSource;
import io.github.mscommerce.core.internal.SettingFile;
import io.github.mscommerce.core.plan.Applier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns {@link RawSettings} into a ready {@link CommerceSession}. Everything is checked here, before any request, and every
 * problem raises {@link io.github.mscommerce.core.InvalidSettingsException} naming the setting in the front end's spelling.
 */
public final class SettingsProcessor {

  public static final Duration DEFAULT_TIMEOUT = NetworkSettings.DEFAULT_REQUEST_TIMEOUT;

  private final Suggestions suggestions;
  private final SettingParsers parsers;
  private final Consumer<CommerceEvent> events;
  private final TimeSource time;

  public SettingsProcessor(Suggestions suggestions, SettingNames names, Consumer<CommerceEvent> events) {
    this(suggestions, names, events, TimeSource.SYSTEM);
  }

  /** For tests: a time source that does not sleep. */
  public SettingsProcessor(Suggestions suggestions, SettingNames names, Consumer<CommerceEvent> events,
      TimeSource time) {
    this.suggestions = Objects.requireNonNull(suggestions, "suggestions");
    this.parsers = new SettingParsers(Objects.requireNonNull(names, "names"));
    this.events = Objects.requireNonNull(events, "events");
    this.time = Objects.requireNonNull(time, "time");
  }

  public CommerceSession connect(RawSettings raw) {
    CommerceClient.Builder client = CommerceClient.builder().events(events).suggestions(suggestions).timeSource(time);
    raw.endpoint().ifPresent(e -> client.endpoint(Endpoints.hostRoot(e, parsers.name(PropertyNames.ENDPOINT))));
    raw.apiVersion().ifPresent(v -> client.apiVersion(
        parsers.attributed(PropertyNames.API_VERSION, () -> ApiVersion.parse(v))));
    raw.policyId().ifPresent(p -> client.policyId(
        parsers.attributed(PropertyNames.POLICY_ID, () -> ItemIds.requireValidPolicyId(p))));
    int concurrency = raw.concurrency()
        .map(c -> parsers.integer(PropertyNames.CONCURRENCY, c, 1, Applier.MAX_CONCURRENCY))
        .orElse(Applier.DEFAULT_CONCURRENCY);
    RetryPolicy retryPolicy = raw.retries()
        .map(r -> RetryPolicy.withRetries(parsers.integer(PropertyNames.RETRIES, r, 0, 20)))
        .orElseGet(RetryPolicy::defaults);
    NetworkSettings network = network(raw);

    CredentialOptions options = new CredentialOptions(network, retryPolicy, events, suggestions, time);
    TokenCredential credential = new CredentialResolver(parsers, raw, options).resolve();
    // Which credential signed in, never its secret: the first thing to check when a token is refused.
    events.accept(CommerceEvent.lifecycle("Signing in with " + credential.description() + "."));
    return new CommerceSession(client.network(network).retryPolicy(retryPolicy).credential(credential).build(),
        concurrency);
  }

  private NetworkSettings network(RawSettings raw) {
    Duration timeout = raw.timeout().map(t -> parsers.seconds(PropertyNames.TIMEOUT, t, 1, 3600))
        .orElse(DEFAULT_TIMEOUT);
    Path trust = raw.trustCertificate().map(t -> parsers.readableFile(PropertyNames.TRUST_CERTIFICATE, t))
        .orElse(null);
    NetworkSettings.Builder network = NetworkSettings.builder()
        .requestTimeout(timeout)
        .connectTimeout(timeout.compareTo(NetworkSettings.DEFAULT_CONNECT_TIMEOUT) < 0
            ? timeout : NetworkSettings.DEFAULT_CONNECT_TIMEOUT);
    if (trust != null) {
      String pem = SettingFile.text(LocalPaths.workingDirectory(), trust.toString(),
          parsers.name(PropertyNames.TRUST_CERTIFICATE), NetworkSettings.MAX_TRUST_PEM_BYTES);
      parsers.attributed(PropertyNames.TRUST_CERTIFICATE, () -> network.trustCertificatePem(trust.toString(), pem));
    }
    raw.proxy().ifPresent(network::proxy);
    return network.build();
  }
}
