package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.TokenCredential;
import io.github.mscommerce.core.auth.CredentialOptions;
import io.github.mscommerce.core.client.ApiVersion;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.http.NetworkSettings;
import io.github.mscommerce.core.http.RequestLimit;
import io.github.mscommerce.core.http.RetryPolicy;
import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How a run reaches the service, read from the settings once: endpoint, version, policy, network, retries, the
 * product concurrency and the cap on requests in flight. It makes a client per credential, so the tenants of a run
 * share one HTTP client, one TLS context and one cap, and each signs in to its own authority.
 */
final class ServiceConnection {

  private final FrontEnd frontEnd;
  private final SettingParsers parsers;
  private final Optional<URI> endpoint;
  private final Optional<ApiVersion> apiVersion;
  private final Optional<String> policyId;
  private final int concurrency;
  private final RetryPolicy retryPolicy;
  private final NetworkSettings network;
  private final RequestLimit requestLimit;

  ServiceConnection(FrontEnd frontEnd, SettingParsers parsers, Optional<URI> endpoint, Optional<ApiVersion> apiVersion,
      Optional<String> policyId, int concurrency, RetryPolicy retryPolicy, NetworkSettings network,
      RequestLimit requestLimit) {
    this.frontEnd = frontEnd;
    this.parsers = parsers;
    this.endpoint = endpoint;
    this.apiVersion = apiVersion;
    this.policyId = policyId;
    this.concurrency = concurrency;
    this.retryPolicy = retryPolicy;
    this.network = network;
    this.requestLimit = requestLimit;
  }

  /**
   * A client signing in as {@code raw} says; building it sends nothing.
   *
   * @param events where this client's and its credential's events go (one tenant's, in a run over many)
   * @throws io.github.mscommerce.core.InvalidSettingsException when the credential's settings are wrong
   */
  CommerceClient client(RawSettings raw, Consumer<CommerceEvent> events) {
    CredentialOptions options = new CredentialOptions(network, retryPolicy, events, frontEnd.suggestions(),
        frontEnd.time(), requestLimit);
    TokenCredential credential = resolver(raw, options).resolve();
    CommerceClient.Builder client = CommerceClient.builder().events(events).suggestions(frontEnd.suggestions())
        .timeSource(frontEnd.time()).network(network).retryPolicy(retryPolicy).requestLimit(requestLimit)
        .credential(AnnouncedCredential.of(credential, events));
    endpoint.ifPresent(client::endpoint);
    apiVersion.ifPresent(client::apiVersion);
    policyId.ifPresent(client::policyId);
    return client.build();
  }

  /** The sign-in mode {@code raw} asks for, without building anything. */
  AuthMode mode(RawSettings raw) {
    return resolver(raw, new CredentialOptions(network, retryPolicy, event -> {}, frontEnd.suggestions(),
        frontEnd.time(), requestLimit)).mode();
  }

  /** The goals on {@code client}, for {@code scope}'s tenant. */
  CommerceTasks tasks(CommerceClient client, RawSettings raw, TenantScope scope, Consumer<CommerceEvent> events) {
    return new CommerceTasks(client, concurrency, new TaskSettings(raw, parsers), frontEnd, events, scope);
  }

  int concurrency() {
    return concurrency;
  }

  RequestLimit requestLimit() {
    return requestLimit;
  }

  private CredentialResolver resolver(RawSettings raw, CredentialOptions options) {
    return new CredentialResolver(parsers, raw, options, frontEnd.files());
  }
}
