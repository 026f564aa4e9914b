package io.github.mscommerce.maven;

import io.github.mscommerce.core.frontend.Goals;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Shows one policy's description and default value (what newly released products get), like Get-MSCommercePolicy.
 * The policy is commerce.policyId (default AllowSelfServicePurchase). Works without a project.
 */
@Mojo(name = Goals.POLICY, requiresProject = false, threadSafe = true)
public class PolicyMojo extends AbstractCommerceMojo {
}
