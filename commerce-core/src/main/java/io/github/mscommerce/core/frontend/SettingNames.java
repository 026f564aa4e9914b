package io.github.mscommerce.core.frontend;

import java.util.function.UnaryOperator;

/**
 * How a front end spells a setting in messages. Maven users set {@code commerce.timeout}; a Jenkins step calls the same
 * setting {@code timeout}. Core speaks in {@link PropertyNames} and asks this to translate.
 */
@FunctionalInterface
public interface SettingNames extends UnaryOperator<String> {

  /** Maven's spelling: the property names themselves. */
  SettingNames PROPERTIES = name -> name;

  /** A Pipeline step's spelling: the part after {@code commerce.}. */
  SettingNames STEP_FIELDS = name -> name.startsWith("commerce.") ? name.substring("commerce.".length()) : name;
}
