package io.github.mscommerce.core.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.mscommerce.core.OfferTypePolicy;
import io.github.mscommerce.core.Policy;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.ProductPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes the service's JSON (service-spec §1.4–§1.7). Tolerant where clients in the field had to be: unknown
 * fields are ignored, a missing {@code scope} means a product, and field names match case-insensitively (PowerShell
 * clients never cared about casing, so the live casing was never pinned down).
 */
public final class PolicyJson {

  private PolicyJson() {}

  public static String updateBody(PolicyValue value) {
    JsonObject body = new JsonObject();
    body.addProperty("policyValue", value.wireValue());
    return body.toString();
  }

  public static List<Policy> policies(String body) {
    List<Policy> policies = new ArrayList<>();
    for (JsonObject item : items(body)) {
      policies.add(policy(item));
    }
    return policies;
  }

  public static Policy policy(String body) {
    return policy(object(body));
  }

  /** Products and offer types of a {@code …/products} listing, told apart by {@code scope}. */
  public static List<PolicyItem> policyItems(String body, String policyId) {
    List<PolicyItem> result = new ArrayList<>();
    for (JsonObject item : items(body)) {
      result.add(isProduct(item) ? product(item, policyId) : offerType(item, policyId));
    }
    return result;
  }

  public static ProductPolicy productPolicy(String body, String policyId) {
    return product(object(body), policyId);
  }

  public static OfferTypePolicy offerTypePolicy(String body, String policyId) {
    return offerType(object(body), policyId);
  }

  /** Best effort: a body that is not the error shape yields what could be read, never an exception. */
  public static ServiceError error(String body) {
    try {
      JsonObject object = JsonParser.parseString(body).getAsJsonObject();
      return new ServiceError(optionalString(object, "errorCode"), optionalString(object, "reason"));
    } catch (RuntimeException e) {
      return new ServiceError(null, null);
    }
  }

  private static boolean isProduct(JsonObject item) {
    String scope = optionalString(item, "scope");
    return scope == null || scope.equalsIgnoreCase("product");
  }

  private static Policy policy(JsonObject object) {
    String defaultValue = optionalString(object, "defaultValue");
    return new Policy(requiredString(object, "id"), optionalString(object, "description"),
        defaultValue == null ? null : value(defaultValue, "defaultValue"));
  }

  private static ProductPolicy product(JsonObject item, String policyId) {
    return new ProductPolicy(orDefault(optionalString(item, "policyId"), policyId), requiredString(item, "productId"),
        optionalString(item, "productName"), value(requiredString(item, "policyValue"), "policyValue"));
  }

  private static OfferTypePolicy offerType(JsonObject item, String policyId) {
    return new OfferTypePolicy(orDefault(optionalString(item, "policyId"), policyId), requiredString(item, "scopeId"),
        optionalString(item, "scopeValue"), value(requiredString(item, "policyValue"), "policyValue"));
  }

  private static PolicyValue value(String wire, String field) {
    return PolicyValue.fromWire(wire).orElseThrow(() -> new MalformedResponseException("'" + field + "' is '" + wire
        + "', which this client does not know (it knows " + PolicyValue.allowedValues()
        + "); a newer version of this tool may"));
  }

  private static List<JsonObject> items(String body) {
    JsonElement items = field(object(body), "items");
    if (items == null || !items.isJsonArray()) {
      throw new MalformedResponseException("no \"items\" array in the answer");
    }
    JsonArray array = items.getAsJsonArray();
    List<JsonObject> objects = new ArrayList<>(array.size());
    for (JsonElement element : array) {
      if (!element.isJsonObject()) {
        throw new MalformedResponseException("an element of \"items\" is not an object");
      }
      objects.add(element.getAsJsonObject());
    }
    return objects;
  }

  private static JsonObject object(String body) {
    try {
      JsonElement parsed = JsonParser.parseString(body == null ? "" : body);
      if (!parsed.isJsonObject()) {
        throw new MalformedResponseException("the answer is not a JSON object");
      }
      return parsed.getAsJsonObject();
    } catch (JsonParseException e) {
      throw new MalformedResponseException("the answer is not valid JSON", e);
    }
  }

  private static JsonElement field(JsonObject object, String name) {
    JsonElement exact = object.get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
      if (entry.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static String optionalString(JsonObject object, String name) {
    JsonElement element = field(object, name);
    if (element == null || element.isJsonNull()) {
      return null;
    }
    if (!(element instanceof JsonPrimitive)) {
      throw new MalformedResponseException("\"" + name + "\" is not a string");
    }
    return element.getAsString();
  }

  private static String requiredString(JsonObject object, String name) {
    String value = optionalString(object, name);
    if (value == null || value.isBlank()) {
      throw new MalformedResponseException("an item has no \"" + name + "\"");
    }
    return value;
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
