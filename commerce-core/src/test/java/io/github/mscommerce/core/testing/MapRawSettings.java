package io.github.mscommerce.core.testing;

import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.frontend.CertificateContents;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.RawSettings;
import io.github.mscommerce.core.frontend.SettingValues;
import io.github.mscommerce.core.http.ProxySettings;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link RawSettings} from a map keyed by {@link PropertyNames}, as a front end's adapter would deliver them: values of
 * any type go through core's one mapper ({@link SettingValues}), as a Jenkins step's typed fields do. Secrets set here
 * carry their property name as origin; the user password is set as {@code "password"}.
 */
public final class MapRawSettings implements RawSettings {

  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, String> environment = new HashMap<>();
  private CertificateContents certificate;
  private String trustCertificatePem;
  private ProxySettings proxy;

  public MapRawSettings set(String property, Object value) {
    values.put(property, value);
    return this;
  }

  public MapRawSettings env(String variable, String value) {
    environment.put(variable, value);
    return this;
  }

  public MapRawSettings certificate(CertificateContents contents) {
    this.certificate = contents;
    return this;
  }

  public MapRawSettings trustCertificatePem(String pem) {
    this.trustCertificatePem = pem;
    return this;
  }

  public MapRawSettings proxy(ProxySettings proxy) {
    this.proxy = proxy;
    return this;
  }

  /** A copy, so one test can vary one setting of a shared base. */
  public MapRawSettings copy() {
    MapRawSettings copy = new MapRawSettings();
    copy.values.putAll(values);
    copy.environment.putAll(environment);
    copy.certificate = certificate;
    copy.trustCertificatePem = trustCertificatePem;
    copy.proxy = proxy;
    return copy;
  }

  @Override
  public Optional<String> value(String property) {
    return Optional.ofNullable(SettingValues.of(values).get(property));
  }

  private Optional<SecretValue> secret(String property) {
    return value(property).map(value -> SecretValue.of(value, property));
  }

  @Override
  public Optional<SecretValue> clientSecret() {
    return secret(PropertyNames.CLIENT_SECRET);
  }

  @Override
  public Optional<SecretValue> certificatePassword() {
    return secret(PropertyNames.CERTIFICATE_PASSWORD);
  }

  @Override
  public Optional<CertificateContents> certificate() {
    return Optional.ofNullable(certificate);
  }

  @Override
  public Optional<SecretValue> accessToken() {
    return secret(PropertyNames.ACCESS_TOKEN);
  }

  @Override
  public Optional<SecretValue> password() {
    return value("password").map(value -> SecretValue.of(value, "password"));
  }

  @Override
  public Optional<String> trustCertificatePem() {
    return Optional.ofNullable(trustCertificatePem);
  }

  @Override
  public Optional<ProxySettings> proxy() {
    return Optional.ofNullable(proxy);
  }

  @Override
  public Map<String, String> environment() {
    return environment;
  }

  @Override
  public String toString() {
    return "MapRawSettings" + values.keySet();
  }
}
