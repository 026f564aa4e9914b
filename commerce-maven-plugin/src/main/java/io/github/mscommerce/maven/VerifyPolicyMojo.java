package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.CommerceTasks;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.TaskResult;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * A release gate: fails the build, naming every offending product and its value, when a rule is broken. The default
 * rule: no product may be Enabled. The selection parameters narrow what is checked. Writes JSON, Markdown and JUnit XML
 * reports. Bound to verify by default.
 */
@Mojo(name = "verify-policy", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class VerifyPolicyMojo extends AbstractSelectionMojo {

  /** Values no checked item may have, comma-separated (the default rule forbids Enabled for products). */
  @Parameter(property = PropertyNames.FORBID) private String forbid;
  /** The only values checked items may have, comma-separated. */
  @Parameter(property = PropertyNames.ALLOW) private String allow;
  /** false: report violations as warnings and pass. */
  @Parameter(property = PropertyNames.FAIL_ON_VIOLATION) private String failOnViolation;

  @Inject
  public VerifyPolicyMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected TaskResult run(CommerceTasks tasks) {
    return tasks.verifyPolicy(selection(), Optional.ofNullable(forbid), Optional.ofNullable(allow),
        Optional.ofNullable(failOnViolation));
  }
}
