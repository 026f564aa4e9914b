package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.CommerceTasks;
import io.github.mscommerce.core.frontend.TaskResult;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Shows one policy's description and default value (what newly released products get), like Get-MSCommercePolicy.
 * The policy is commerce.policyId (default AllowSelfServicePurchase). Works without a project.
 */
@Mojo(name = "policy", requiresProject = false, threadSafe = true)
public class PolicyMojo extends AbstractCommerceMojo {

  @Inject
  public PolicyMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected TaskResult run(CommerceTasks tasks) {
    return tasks.policy(Optional.empty());
  }
}
