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

  /**
   * A Pipeline step's spelling: the part after {@code commerce.}, and the step named after the cmdlet. The sign-in
   * values a step has no field for come from its credential.
   */
  SettingNames PIPELINE = new SettingNames() {
    private final java.util.Map<String, String> fromCredential = java.util.Map.of(
        PropertyNames.TENANT_ID, "the tenant id of credentialsId",
        PropertyNames.CLIENT_ID, "the client id of credentialsId",
        PropertyNames.CLIENT_SECRET, "the client secret of credentialsId",
        PropertyNames.CERTIFICATE_PATH, "the certificate of credentialsId",
        PropertyNames.CERTIFICATE_PASSWORD, "the certificate password of credentialsId");

    @Override
    public String setting(String property) {
      String credential = fromCredential.get(property);
      if (credential != null) {
        return credential;
      }
      return property.startsWith("commerce.") ? property.substring("commerce.".length()) : property;
    }

    @Override
    public String goal(String goal) {
      return Goals.step(goal).orElse(goal);
    }
  };
}
