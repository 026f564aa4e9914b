package io.github.mscommerce.maven;

import io.github.mscommerce.core.LocalPaths;
import io.github.mscommerce.core.frontend.FrontEnd;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.SettingNames;
import java.nio.file.Path;

/** Core's front end in Maven's words: the {@code commerce.*} properties, {@code settings.xml}, the project directory. */
final class MavenFrontEnd {

  static final String CREDENTIALS = PropertyNames.CLIENT_SECRET + " or a settings.xml <server> named by "
      + MavenPropertyNames.SERVER_ID;

  private MavenFrontEnd() {}

  /** @param project whether {@code base} is a project directory, or the working directory of a build without one */
  static FrontEnd create(Path base, boolean project) {
    return FrontEnd.of(SettingNames.MAVEN, CREDENTIALS,
        LocalPaths.in(base, project ? "the project directory" : "the working directory"));
  }
}
