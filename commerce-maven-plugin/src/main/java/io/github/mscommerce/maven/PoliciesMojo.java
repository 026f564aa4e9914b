package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.CommerceTasks;
import io.github.mscommerce.core.frontend.TaskResult;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** Lists the policies with their default value, like Get-MSCommercePolicies. Works without a project. */
@Mojo(name = "policies", requiresProject = false, threadSafe = true)
public class PoliciesMojo extends AbstractCommerceMojo {

  @Inject
  public PoliciesMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected TaskResult run(CommerceTasks tasks) {
    return tasks.policies();
  }
}
