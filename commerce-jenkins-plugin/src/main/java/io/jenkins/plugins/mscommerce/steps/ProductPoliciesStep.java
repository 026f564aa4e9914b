package io.jenkins.plugins.mscommerce.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import io.github.mscommerce.core.frontend.Goals;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code msCommerceProductPolicies()}, like {@code Get-MSCommerceProductPolicies}: every product with its value, or with
 * {@code scope: 'OfferType'} every offer type. Returns a list of maps with {@code productId}, {@code productName} and
 * {@code policyValue} (for offer types {@code offerType}, {@code displayName}, {@code policyValue}).
 */
public final class ProductPoliciesStep extends CommerceStep {

  @CheckForNull private String scope;

  @DataBoundConstructor
  public ProductPoliciesStep() {}

  @Override
  String goal() {
    return Goals.PRODUCTS;
  }

  @CheckForNull
  public String getScope() {
    return scope;
  }

  /** {@code Product} (the default) or {@code OfferType}, as the cmdlet's {@code -Scope}. */
  @DataBoundSetter
  public void setScope(@CheckForNull String scope) {
    this.scope = Util.fixEmptyAndTrim(scope);
  }

  @Extension
  public static final class DescriptorImpl extends CommerceStepDescriptor {

    @Override
    public String getFunctionName() {
      return Goals.PRODUCTS_STEP;
    }

    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.ProductPoliciesStep_displayName();
    }
  }
}
