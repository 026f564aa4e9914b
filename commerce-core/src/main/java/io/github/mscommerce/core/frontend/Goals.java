package io.github.mscommerce.core.frontend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every goal name, once: Maven's {@code @Mojo(name = …)} uses these constants, and each Jenkins step is the goal under
 * the name of the MSCommerce cmdlet it stands for.
 */
public final class Goals {

  public static final String POLICIES = "policies";
  public static final String POLICY = "policy";
  public static final String PRODUCTS = "products";
  public static final String PRODUCT = "product";
  public static final String UPDATE_POLICY = "update-policy";
  public static final String VERIFY_POLICY = "verify-policy";
  public static final String APPLY = "apply";
  public static final String EXPORT = "export";

  public static final String POLICIES_STEP = "msCommercePolicies";
  public static final String POLICY_STEP = "msCommercePolicy";
  public static final String PRODUCTS_STEP = "msCommerceProductPolicies";
  public static final String PRODUCT_STEP = "msCommerceProductPolicy";
  public static final String UPDATE_POLICY_STEP = "msCommerceUpdateProductPolicy";
  public static final String VERIFY_POLICY_STEP = "msCommerceVerifyPolicy";
  public static final String APPLY_STEP = "msCommerceApplyPolicy";
  public static final String EXPORT_STEP = "msCommerceExportPolicy";

  private static final Map<String, String> STEPS = steps();

  private Goals() {}

  /** The goals core runs, in the order the README lists them. */
  public static List<String> all() {
    return List.copyOf(STEPS.keySet());
  }

  /** The Pipeline step of a goal: {@code update-policy} → {@code msCommerceUpdateProductPolicy}. */
  public static Optional<String> step(String goal) {
    return Optional.ofNullable(STEPS.get(goal));
  }

  private static Map<String, String> steps() {
    Map<String, String> steps = new LinkedHashMap<>();
    steps.put(POLICIES, POLICIES_STEP);
    steps.put(POLICY, POLICY_STEP);
    steps.put(PRODUCTS, PRODUCTS_STEP);
    steps.put(PRODUCT, PRODUCT_STEP);
    steps.put(UPDATE_POLICY, UPDATE_POLICY_STEP);
    steps.put(VERIFY_POLICY, VERIFY_POLICY_STEP);
    steps.put(APPLY, APPLY_STEP);
    steps.put(EXPORT, EXPORT_STEP);
    return steps;
  }
}
