package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.Goals;
import io.github.mscommerce.core.frontend.PropertyNames;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A release gate: fails the build, naming every offending product and its value, when a rule is broken. The default
 * rule: no product may be Enabled. The selection parameters narrow what is checked. Writes JSON, Markdown and JUnit XML
 * reports. Bound to verify by default.
 */
@Mojo(name = Goals.VERIFY_POLICY, defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class VerifyPolicyMojo extends AbstractSelectionMojo {

  /** Values no checked item may have, comma-separated (the default rule forbids Enabled for products). */
  @Parameter(property = PropertyNames.FORBID) private String forbid;
  /** The only values checked items may have, comma-separated. */
  @Parameter(property = PropertyNames.ALLOW) private String allow;
  /** false: report violations as warnings and pass. */
  @Parameter(property = PropertyNames.FAIL_ON_VIOLATION) private String failOnViolation;
}
