package io.github.mscommerce.maven;

/** The {@code commerce.*} properties only the Maven front end has; core's are in {@code PropertyNames}. */
final class MavenPropertyNames {

  private MavenPropertyNames() {}

  static final String SKIP = "commerce.skip";
  static final String SERVER_ID = "commerce.serverId";
  static final String REPORT_DIRECTORY = io.github.mscommerce.core.frontend.PropertyNames.REPORT_DIRECTORY;
  static final String EMULATOR_PORT = "commerce.emulator.port";
  static final String EMULATOR_STATE = "commerce.emulator.state";
}
