package io.github.mscommerce.core.testing;

import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.RawSettings;
import io.github.mscommerce.core.http.ProxySettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link RawSettings} from a map keyed by {@link PropertyNames}, as a front end's adapter would deliver them. Secrets
 * set here carry their property name as origin; the user password is set as {@code "password"}.
 */
public final class MapRawSettings implements RawSettings {

  private final Map<String, String> values = new HashMap<>();
  private final Map<String, String> environment = new HashMap<>();

  public MapRawSettings set(String property, String value) {
    values.put(property, value);
    return this;
  }

  public MapRawSettings env(String variable, String value) {
    environment.put(variable, value);
    return this;
  }

  private Optional<String> get(String property) {
    return Optional.ofNullable(values.get(property));
  }

  private Optional<SecretValue> secret(String property) {
    return get(property).map(value -> SecretValue.of(value, property));
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
  public Optional<SecretValue> clientSecret() {
    return secret(PropertyNames.CLIENT_SECRET);
  }

  @Override
  public Optional<String> certificatePath() {
    return get(PropertyNames.CERTIFICATE_PATH);
  }

  @Override
  public Optional<SecretValue> certificatePassword() {
    return secret(PropertyNames.CERTIFICATE_PASSWORD);
  }

  @Override
  public Optional<String> federatedTokenFile() {
    return get(PropertyNames.FEDERATED_TOKEN_FILE);
  }

  @Override
  public Optional<String> authMode() {
    return get(PropertyNames.AUTH);
  }

  @Override
  public Optional<SecretValue> accessToken() {
    return secret(PropertyNames.ACCESS_TOKEN);
  }

  @Override
  public Optional<String> username() {
    return get(PropertyNames.USERNAME);
  }

  @Override
  public Optional<SecretValue> password() {
    return secret("password");
  }

  @Override
  public Optional<String> publicClientId() {
    return get(PropertyNames.PUBLIC_CLIENT_ID);
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
    return get(PropertyNames.API_VERSION);
  }

  @Override
  public Optional<String> timeout() {
    return get(PropertyNames.TIMEOUT);
  }

  @Override
  public Optional<String> retries() {
    return get(PropertyNames.RETRIES);
  }

  @Override
  public Optional<String> concurrency() {
    return get(PropertyNames.CONCURRENCY);
  }

  @Override
  public Optional<String> policyId() {
    return get(PropertyNames.POLICY_ID);
  }

  @Override
  public Optional<ProxySettings> proxy() {
    return Optional.empty();
  }

  @Override
  public Map<String, String> environment() {
    return environment;
  }
}
