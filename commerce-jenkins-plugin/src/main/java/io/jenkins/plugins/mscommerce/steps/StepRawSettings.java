package io.jenkins.plugins.mscommerce.steps;

import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.SettingValues;
import io.github.mscommerce.core.http.ProxySettings;
import io.jenkins.plugins.mscommerce.credentials.ControllerSettings;
import io.jenkins.plugins.mscommerce.credentials.EntraAppSignIn;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A step's settings as core reads them: its fields by their {@link PropertyNames} name, as text through core's one
 * mapper {@link SettingValues} (so {@code all: true}, {@code productIds: ['…', '…']} and {@code timeout: 30} read as a
 * Maven property would), the step's environment ({@code AZURE_*}, from {@code withCredentials} or the agent), and what the
 * controller holds ({@link ControllerSettings}).
 */
final class StepRawSettings extends ControllerSettings {

  private static final String PREFIX = "commerce.";

  private final Map<String, String> values;
  private final Map<String, String> environment;

  /** @param fields a step's fields, keyed by property ({@link #fieldsOf}) */
  StepRawSettings(Map<String, ?> fields, Map<String, String> environment, Optional<EntraAppSignIn> signIn,
      Optional<String> trustCertificatePem, Optional<ProxySettings> proxy) {
    super(signIn, trustCertificatePem, proxy);
    this.values = SettingValues.of(fields);
    this.environment = environment;
  }

  /**
   * The fields of a step that core reads, keyed by property: each is named after its {@code commerce.*} property, so a
   * step only declares its fields and never lists them again (as the Mojos do). Fields that only Jenkins reads
   * ({@code credentialsId}, {@code trustCertificateId}, {@code unstable}) are not properties, so they stay out.
   * TODO(core): this is the Maven plugin's {@code MojoParameters.of} again; core should own it once (for example as
   * {@code SettingValues.fieldsOf(Object, Class<?> stopAt)}) and both front ends call it.
   */
  static Map<String, Object> fieldsOf(Object step) {
    Set<String> known = PropertyNames.all();
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Class<?> type = step.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        String property = PREFIX + field.getName();
        if (!Modifier.isStatic(field.getModifiers()) && known.contains(property)) {
          fields.put(property, read(field, step));
        }
      }
    }
    return fields;
  }

  private static Object read(Field field, Object step) {
    try {
      field.setAccessible(true);
      return field.get(step);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read the field " + field.getName(), e);
    }
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
