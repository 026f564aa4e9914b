package io.github.mscommerce.core.frontend;

/**
 * How a front end spells settings and goals in messages. Maven users set {@code commerce.timeout} and run
 * {@code commerce:products}; a Jenkins step calls the same setting {@code timeout} and the goal
 * {@code msCommerceProductPolicies}. Core speaks in {@link PropertyNames} and {@link Goals} and asks this to translate.
 */
public interface SettingNames {

  /** {@code commerce.timeout} in the front end's words. */
  String setting(String property);

  /** {@code products} in the front end's words. */
  String goal(String goal);

  /** Maven's spelling: the property names themselves, and {@code commerce:<goal>}. */
  SettingNames MAVEN = new SettingNames() {
    @Override
    public String setting(String property) {
      return property;
    }

    @Override
    public String goal(String goal) {
      return "commerce:" + goal;
    }
  };

  /** A Pipeline step's spelling: the part after {@code commerce.}, and the step named after the cmdlet. */
  SettingNames PIPELINE = new SettingNames() {
    @Override
    public String setting(String property) {
      return property.startsWith("commerce.") ? property.substring("commerce.".length()) : property;
    }

    @Override
    public String goal(String goal) {
      return Goals.step(goal).orElse(goal);
    }
  };
}
