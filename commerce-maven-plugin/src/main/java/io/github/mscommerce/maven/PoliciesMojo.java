package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.Goals;
import org.apache.maven.plugins.annotations.Mojo;

/** Lists the policies with their default value, like Get-MSCommercePolicies. Works without a project. */
@Mojo(name = Goals.POLICIES, requiresProject = false, threadSafe = true)
public class PoliciesMojo extends AbstractCommerceMojo {
}
