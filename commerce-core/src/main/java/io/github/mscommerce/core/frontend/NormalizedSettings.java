package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.http.ProxySettings;
import java.util.Map;
import java.util.Optional;

/**
 * The raw settings with one rule applied whatever the front end did: values are trimmed, and blank means unset, so the
 * default applies (a Jenkins form's empty field, {@code -Dcommerce.timeout=}, an empty environment variable).
 */
final class NormalizedSettings implements RawSettings {

  private final RawSettings raw;

  NormalizedSettings(RawSettings raw) {
    this.raw = raw;
  }

  private static Optional<String> clean(Optional<String> value) {
    return value.map(String::trim).filter(s -> !s.isEmpty());
  }

  private static Optional<SecretValue> cleanSecret(Optional<SecretValue> secret) {
    return secret.filter(s -> !s.isBlank());
  }

  @Override
  public Optional<String> value(String property) {
    return clean(raw.value(property));
  }

  @Override
  public Map<String, String> environment() {
    return raw.environment();
  }

  @Override
  public Optional<String> tenantId() {
    return clean(raw.tenantId());
  }

  @Override
  public Optional<String> homeTenantId() {
    return clean(raw.homeTenantId());
  }

  @Override
  public Optional<String> clientId() {
    return clean(raw.clientId());
  }

  @Override
  public Optional<SecretValue> clientSecret() {
    return cleanSecret(raw.clientSecret());
  }

  @Override
  public Optional<String> certificatePath() {
    return clean(raw.certificatePath());
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
    return clean(raw.federatedTokenFile());
  }

  @Override
  public Optional<String> authMode() {
    return clean(raw.authMode());
  }

  @Override
  public Optional<SecretValue> accessToken() {
    return cleanSecret(raw.accessToken());
  }

  @Override
  public Optional<String> username() {
    return clean(raw.username());
  }

  @Override
  public Optional<SecretValue> password() {
    return cleanSecret(raw.password());
  }

  @Override
  public Optional<String> publicClientId() {
    return clean(raw.publicClientId());
  }

  @Override
  public Optional<String> endpoint() {
    return clean(raw.endpoint());
  }

  @Override
  public Optional<String> authorityHost() {
    return clean(raw.authorityHost());
  }

  @Override
  public Optional<String> trustCertificateFile() {
    return clean(raw.trustCertificateFile());
  }

  @Override
  public Optional<String> trustCertificatePem() {
    return clean(raw.trustCertificatePem());
  }

  @Override
  public Optional<String> trustCertificateSource() {
    return clean(raw.trustCertificateSource());
  }

  @Override
  public Optional<ProxySettings> proxy() {
    return raw.proxy();
  }

  @Override
  public String toString() {
    return raw.toString();
  }
}
