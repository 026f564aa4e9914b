package io.jenkins.plugins.mscommerce.steps;

import io.github.mscommerce.core.frontend.SettingValues;
import io.github.mscommerce.core.http.ProxySettings;
import io.jenkins.plugins.mscommerce.credentials.ControllerSettings;
import io.jenkins.plugins.mscommerce.credentials.EntraAppSignIn;
import java.util.Map;
import java.util.Optional;

/**
 * A step's settings as core reads them: its fields by their {@code commerce.*} property name, as text through core's one
 * mapper {@link SettingValues} (so {@code all: true}, {@code productIds: ['…', '…']} and {@code timeout: 30} read as a
 * Maven property would), the step's environment ({@code AZURE_*}, from {@code withCredentials} or the agent), and what the
 * controller holds ({@link ControllerSettings}).
 */
final class StepRawSettings extends ControllerSettings {

  private final Map<String, String> values;
  private final Map<String, String> environment;

  /** @param fields a step's fields, keyed by property ({@link CommerceStep#settings()}) */
  StepRawSettings(Map<String, ?> fields, Map<String, String> environment, Optional<EntraAppSignIn> signIn,
      Optional<TrustCertificateText> trustCertificate, Optional<ProxySettings> proxy) {
    super(signIn, trustCertificate, proxy);
    this.values = SettingValues.of(fields);
    this.environment = environment;
  }

  @Override
  public Optional<String> value(String property) {
    return Optional.ofNullable(values.get(property));
  }

  @Override
  public Map<String, String> environment() {
    return environment;
  }

  /** The step's settings and where sign-in comes from; never a secret, never the environment's values. */
  @Override
  public String toString() {
    return "StepRawSettings[" + values + ", " + controllerPart() + "]";
  }
}
