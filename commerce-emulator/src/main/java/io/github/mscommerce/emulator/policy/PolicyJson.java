package io.github.mscommerce.emulator.policy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.mscommerce.emulator.state.OfferType;
import io.github.mscommerce.emulator.state.PolicyValues;
import io.github.mscommerce.emulator.state.Product;
import java.util.List;

/** The policy service's JSON shapes, with the exact field names of service-spec §1.5. */
final class PolicyJson {

  static final String POLICY_ID = "AllowSelfServicePurchase";
  static final String POLICY_DESCRIPTION =
      "Controls whether users can make self-service purchases and start trials";

  private PolicyJson() {}

  static JsonObject policy() {
    JsonObject policy = new JsonObject();
    policy.addProperty("id", POLICY_ID);
    policy.addProperty("description", POLICY_DESCRIPTION);
    policy.addProperty("defaultValue", PolicyValues.ENABLED);
    return policy;
  }

  static JsonObject product(Product product, String value) {
    JsonObject item = new JsonObject();
    item.addProperty("policyId", POLICY_ID);
    item.addProperty("scope", "product");
    item.addProperty("productId", product.productId());
    item.addProperty("productName", product.productName());
    item.addProperty("policyValue", value);
    return item;
  }

  static JsonObject offerType(OfferType offerType, String value) {
    JsonObject item = new JsonObject();
    item.addProperty("policyId", POLICY_ID);
    item.addProperty("scope", "OfferType");
    item.addProperty("scopeId", offerType.id());
    item.addProperty("scopeValue", offerType.displayName());
    item.addProperty("policyValue", value);
    return item;
  }

  /** The collection wrapper; no paging fields, as no client follows them. */
  static JsonObject items(List<? extends JsonElement> elements) {
    JsonArray items = new JsonArray();
    elements.forEach(items::add);
    JsonObject wrapper = new JsonObject();
    wrapper.add("items", items);
    return wrapper;
  }
}
