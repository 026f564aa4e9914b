package io.github.mscommerce.maven;

import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.frontend.PropertyNames;

/** Core's suggestions in Maven's words: the {@code commerce.*} properties and {@code settings.xml}. */
final class MavenSuggestions {

  private MavenSuggestions() {}

  static Suggestions create() {
    return new Suggestions(new Suggestions.Terms(
        PropertyNames.CLIENT_SECRET + " or a settings.xml <server> named by " + PropertyNames.SERVER_ID,
        PropertyNames.TENANT_ID,
        PropertyNames.ENDPOINT,
        PropertyNames.TRUST_CERTIFICATE,
        PropertyNames.TIMEOUT,
        PropertyNames.RETRIES));
  }
}
