package io.github.mscommerce.core.testing;

import io.github.mscommerce.core.LocalPaths;
import io.github.mscommerce.core.frontend.FrontEnd;
import io.github.mscommerce.core.frontend.SettingNames;

/** The front ends tests run tasks as: Maven's words, or a Pipeline step's, reading files from the working directory. */
public final class TestFrontEnd {

  private TestFrontEnd() {}

  public static FrontEnd maven() {
    return FrontEnd.of(SettingNames.MAVEN, "commerce.clientSecret", LocalPaths.workingDirectory());
  }

  public static FrontEnd pipeline() {
    return FrontEnd.of(SettingNames.PIPELINE, "credentialsId", LocalPaths.workingDirectory());
  }
}
