package io.github.mscommerce.core.client;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.ItemKind;
import java.util.regex.Pattern;

/**
 * Checks an id before it goes into a URL path. Every id the service has used is letters and digits (product ids such as
 * {@code CFQ7TTC0LH2H}, offer types such as {@code SaaS}); anything else would change the path, not name an item.
 */
public final class ItemIds {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9]{1,64}");

  private ItemIds() {}

  public static String requireValid(ItemKind kind, String id) {
    String trimmed = id == null ? "" : id.trim();
    if (!VALID.matcher(trimmed).matches()) {
      String example = kind == ItemKind.PRODUCT ? "CFQ7TTC0LH2H" : "SaaS";
      throw new InvalidSettingsException("'" + id + "' is not a valid " + kind.label() + " id: ids are letters and "
          + "digits only, such as " + example + ". List the known ids with the products goal or step.");
    }
    return trimmed;
  }

  public static String requireValidPolicyId(String policyId) {
    String trimmed = policyId == null ? "" : policyId.trim();
    if (!VALID.matcher(trimmed).matches()) {
      throw new InvalidSettingsException("'" + policyId + "' is not a valid policy id: the service's only policy is "
          + "AllowSelfServicePurchase.");
    }
    return trimmed;
  }
}
