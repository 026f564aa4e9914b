package io.github.mscommerce.core.bench;

import io.github.mscommerce.core.Secret;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.RawSettings;
import io.github.mscommerce.core.http.ProxySettings;
import java.util.Map;
import java.util.Optional;

/** The benchmark's settings: a client secret against the emulator, nothing from the environment. */
final class BenchmarkSettings implements RawSettings {

  private final Map<String, String> values;
  private final String clientSecret;

  BenchmarkSettings(Map<String, String> values, String clientSecret) {
    this.values = values;
    this.clientSecret = clientSecret;
  }

  private Optional<String> get(String property) {
    return Optional.ofNullable(values.get(property));
  }

  @Override
  public Optional<String> tenantId() {
    return get(PropertyNames.TENANT_ID);
  }

  @Override
  public Optional<String> clientId() {
    return get(PropertyNames.CLIENT_ID);
  }

  @Override
  public Optional<Secret> clientSecret() {
    return Optional.of(Secret.of(clientSecret, "the emulator's demo app"));
  }

  @Override
  public Optional<String> certificatePath() {
    return Optional.empty();
  }

  @Override
  public Optional<Secret> certificatePassword() {
    return Optional.empty();
  }

  @Override
  public Optional<String> federatedTokenFile() {
    return Optional.empty();
  }

  @Override
  public Optional<String> authMode() {
    return Optional.empty();
  }

  @Override
  public Optional<Secret> accessToken() {
    return Optional.empty();
  }

  @Override
  public Optional<String> username() {
    return Optional.empty();
  }

  @Override
  public Optional<Secret> password() {
    return Optional.empty();
  }

  @Override
  public Optional<String> publicClientId() {
    return Optional.empty();
  }

  @Override
  public Optional<String> endpoint() {
    return get(PropertyNames.ENDPOINT);
  }

  @Override
  public Optional<String> authorityHost() {
    return get(PropertyNames.AUTHORITY_HOST);
  }

  @Override
  public Optional<String> trustCertificate() {
    return get(PropertyNames.TRUST_CERTIFICATE);
  }

  @Override
  public Optional<String> apiVersion() {
    return Optional.empty();
  }

  @Override
  public Optional<String> timeout() {
    return Optional.empty();
  }

  @Override
  public Optional<String> retries() {
    return Optional.empty();
  }

  @Override
  public Optional<String> concurrency() {
    return get(PropertyNames.CONCURRENCY);
  }

  @Override
  public Optional<String> policyId() {
    return Optional.empty();
  }

  @Override
  public Optional<ProxySettings> proxy() {
    return Optional.empty();
  }

  @Override
  public Map<String, String> environment() {
    return Map.of();
  }
}
