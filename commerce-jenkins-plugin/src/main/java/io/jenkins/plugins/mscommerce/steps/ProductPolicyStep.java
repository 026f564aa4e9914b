package io.jenkins.plugins.mscommerce.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import io.github.mscommerce.core.frontend.Goals;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code msCommerceProductPolicy(productId: '…')}, like {@code Get-MSCommerceProductPolicy}: one product's value, or one
 * offer type's ({@code offerType}). Returns a map with {@code productId}, {@code productName} and {@code policyValue}
 * (for an offer type {@code offerType}, {@code displayName}, {@code policyValue}).
 */
public final class ProductPolicyStep extends CommerceStep {

  @CheckForNull private String productId;
  @CheckForNull private String offerType;

  @DataBoundConstructor
  public ProductPolicyStep() {}

  @Override
  String goal() {
    return Goals.PRODUCT;
  }

  @CheckForNull
  public String getProductId() {
    return productId;
  }

  @DataBoundSetter
  public void setProductId(@CheckForNull String productId) {
    this.productId = Util.fixEmptyAndTrim(productId);
  }

  @CheckForNull
  public String getOfferType() {
    return offerType;
  }

  @DataBoundSetter
  public void setOfferType(@CheckForNull String offerType) {
    this.offerType = Util.fixEmptyAndTrim(offerType);
  }

  @Extension
  public static final class DescriptorImpl extends CommerceStepDescriptor {

    @Override
    public String getFunctionName() {
      return Goals.PRODUCT_STEP;
    }

    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.ProductPolicyStep_displayName();
    }
  }
}
