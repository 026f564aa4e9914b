package io.jenkins.plugins.mscommerce.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.List;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * A step that acts on a selection of products or offer types (update, verify), as core's selection settings describe
 * it: ids, name patterns, offer types, or all products.
 */
public abstract class SelectionStep extends CommerceStep {

  @CheckForNull private List<String> productIds;
  @CheckForNull private List<String> productNames;
  @CheckForNull private List<String> offerTypes;
  private boolean all;

  @CheckForNull
  public List<String> getProductIds() {
    return productIds;
  }

  @DataBoundSetter
  public void setProductIds(@CheckForNull List<String> productIds) {
    this.productIds = listOf(productIds);
  }

  @CheckForNull
  public List<String> getProductNames() {
    return productNames;
  }

  @DataBoundSetter
  public void setProductNames(@CheckForNull List<String> productNames) {
    this.productNames = listOf(productNames);
  }

  @CheckForNull
  public List<String> getOfferTypes() {
    return offerTypes;
  }

  @DataBoundSetter
  public void setOfferTypes(@CheckForNull List<String> offerTypes) {
    this.offerTypes = listOf(offerTypes);
  }

  public boolean isAll() {
    return all;
  }

  @DataBoundSetter
  public void setAll(boolean all) {
    this.all = all;
  }
}
