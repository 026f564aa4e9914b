package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.PropertyNames;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;

/**
 * A Mojo's core settings, keyed by property: each parameter field is named after its {@code commerce.*} property, so a
 * goal Mojo only declares its parameters and never lists them again. ({@code @Parameter} is not kept at run time.)
 */
final class MojoParameters {

  private static final String PREFIX = "commerce.";

  private MojoParameters() {}

  static Map<String, Object> of(AbstractMojo mojo) {
    Set<String> known = PropertyNames.all();
    Map<String, Object> values = new LinkedHashMap<>();
    for (Class<?> type = mojo.getClass(); type != AbstractMojo.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        String property = PREFIX + field.getName();
        if (!Modifier.isStatic(field.getModifiers()) && known.contains(property)) {
          values.put(property, read(field, mojo));
        }
      }
    }
    return values;
  }

  private static Object read(Field field, Object mojo) {
    try {
      field.setAccessible(true);
      return field.get(mojo);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read parameter " + field.getName(), e);
    }
  }
}
