package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.http.ProxySettings;
import java.util.Map;
import java.util.Optional;

/**
 * The run's settings as one tenant of a list sees them: that tenant is the tenant id, and there is no list and no home
 * tenant. Everything else, the credential above all, is the run's, so every tenant signs in with the same app to its
 * own authority. Every accessor is forwarded (none falls back to {@link RawSettings}' defaults), since a front end may
 * hold a value outside {@link #value(String)}.
 */
final class TenantSettings implements RawSettings {

  private final RawSettings raw;
  private final String tenant;

  TenantSettings(RawSettings raw, String tenant) {
    this.raw = raw;
    this.tenant = tenant;
  }

  @Override
  public Optional<String> value(String property) {
    switch (property) {
      case PropertyNames.TENANT_ID:
        return Optional.of(tenant);
      case PropertyNames.TENANTS:
        return Optional.empty();
      default:
        return raw.value(property);
    }
  }

  @Override
  public Map<String, String> environment() {
    return raw.environment();
  }

  @Override
  public Optional<String> tenantId() {
    return Optional.of(tenant);
  }

  @Override
  public Optional<String> homeTenantId() {
    return Optional.empty();
  }

  @Override
  public Optional<String> clientId() {
    return raw.clientId();
  }

  @Override
  public Optional<SecretValue> clientSecret() {
    return raw.clientSecret();
  }

  @Override
  public Optional<String> certificatePath() {
    return raw.certificatePath();
  }

  @Override
  public Optional<CertificateContents> certificate() {
    return raw.certificate();
  }

  @Override
  public Optional<SecretValue> certificatePassword() {
    return raw.certificatePassword();
  }

  @Override
  public Optional<String> federatedTokenFile() {
    return raw.federatedTokenFile();
  }

  @Override
  public Optional<String> authMode() {
    return raw.authMode();
  }

  @Override
  public Optional<SecretValue> accessToken() {
    return raw.accessToken();
  }

  @Override
  public Optional<String> username() {
    return raw.username();
  }

  @Override
  public Optional<SecretValue> password() {
    return raw.password();
  }

  @Override
  public Optional<String> publicClientId() {
    return raw.publicClientId();
  }

  @Override
  public Optional<String> endpoint() {
    return raw.endpoint();
  }

  @Override
  public Optional<String> authorityHost() {
    return raw.authorityHost();
  }

  @Override
  public Optional<String> trustCertificateFile() {
    return raw.trustCertificateFile();
  }

  @Override
  public Optional<String> trustCertificatePem() {
    return raw.trustCertificatePem();
  }

  @Override
  public Optional<String> trustCertificateSource() {
    return raw.trustCertificateSource();
  }

  @Override
  public Optional<ProxySettings> proxy() {
    return raw.proxy();
  }

  @Override
  public String toString() {
    return "TenantSettings[" + tenant + ", " + raw + "]";
  }
}
