package io.github.mscommerce.emulator.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed, path-aware access to one JSON object. Every problem is reported with the JSON path of the offending value
 * (for example {@code tenants[0].apps[1].roles}) so a user can find it in a hand-written file.
 */
public final class JsonFields {

  private final JsonObject object;
  private final String path;

  private JsonFields(JsonObject object, String path) {
    this.object = object;
    this.path = path;
  }

  /** @param path how to name this object in messages, e.g. {@code tenants[0]}; empty for the document root */
  public static JsonFields of(JsonElement element, String path) {
    if (element == null || !element.isJsonObject()) {
      throw new JsonFieldException(where(path), "expected a JSON object");
    }
    return new JsonFields(element.getAsJsonObject(), path);
  }

  /** Rejects keys not in {@code allowed}: a misspelt key would otherwise be silently ignored. */
  public JsonFields allowOnly(String... allowed) {
    Set<String> known = Set.of(allowed);
    for (String key : object.keySet()) {
      if (!known.contains(key)) {
        throw new JsonFieldException(child(key),
            "unknown key '" + key + "' (allowed: " + String.join(", ", new TreeSet<>(known))
                + "); remove it or correct its spelling");
      }
    }
    return this;
  }

  public boolean has(String key) {
    JsonElement value = object.get(key);
    return value != null && !value.isJsonNull();
  }

  public String requiredString(String key) {
    return optionalString(key).orElseThrow(() -> new JsonFieldException(child(key), "is required (a string)"));
  }

  public Optional<String> optionalString(String key) {
    JsonElement value = object.get(key);
    if (value == null || value.isJsonNull()) {
      return Optional.empty();
    }
    if (!isString(value)) {
      throw new JsonFieldException(child(key), "expected a string, found " + kind(value));
    }
    return Optional.of(value.getAsString());
  }

  public Optional<Boolean> optionalBoolean(String key) {
    JsonElement value = object.get(key);
    if (value == null || value.isJsonNull()) {
      return Optional.empty();
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
      throw new JsonFieldException(child(key), "expected true or false, found " + kind(value));
    }
    return Optional.of(value.getAsBoolean());
  }

  public Optional<Long> optionalWholeNumber(String key) {
    JsonElement value = object.get(key);
    if (value == null || value.isJsonNull()) {
      return Optional.empty();
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      throw new JsonFieldException(child(key), "expected a whole number, found " + kind(value));
    }
    double number = value.getAsDouble();
    if (number != Math.rint(number) || Double.isInfinite(number)) {
      throw new JsonFieldException(child(key), "expected a whole number, found " + value);
    }
    return Optional.of(value.getAsLong());
  }

  public double requiredDecimal(String key) {
    JsonElement value = object.get(key);
    if (value == null || value.isJsonNull()) {
      throw new JsonFieldException(child(key), "is required (a number)");
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      throw new JsonFieldException(child(key), "expected a number, found " + kind(value));
    }
    return value.getAsDouble();
  }

  public long requiredWholeNumber(String key) {
    return optionalWholeNumber(key).orElseThrow(() -> new JsonFieldException(child(key), "is required (a number)"));
  }

  /** A missing key or {@code null} reads as an empty list. */
  public List<String> strings(String key) {
    List<String> result = new ArrayList<>();
    JsonArray array = array(key);
    for (int i = 0; i < array.size(); i++) {
      JsonElement item = array.get(i);
      if (!isString(item)) {
        throw new JsonFieldException(child(key) + "[" + i + "]", "expected a string, found " + kind(item));
      }
      result.add(item.getAsString());
    }
    return result;
  }

  /** A missing key or {@code null} reads as an empty list. */
  public List<JsonFields> objects(String key) {
    List<JsonFields> result = new ArrayList<>();
    JsonArray array = array(key);
    for (int i = 0; i < array.size(); i++) {
      result.add(of(array.get(i), child(key) + "[" + i + "]"));
    }
    return result;
  }

  /** An object whose values are all strings, in document order; a missing key reads as empty. */
  public Map<String, String> stringMap(String key) {
    Map<String, String> result = new LinkedHashMap<>();
    JsonElement value = object.get(key);
    if (value == null || value.isJsonNull()) {
      return result;
    }
    if (!value.isJsonObject()) {
      throw new JsonFieldException(child(key), "expected an object of strings, found " + kind(value));
    }
    for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
      if (!isString(entry.getValue())) {
        throw new JsonFieldException(child(key) + "." + entry.getKey(),
            "expected a string, found " + kind(entry.getValue()));
      }
      result.put(entry.getKey(), entry.getValue().getAsString());
    }
    return result;
  }

  /** The JSON path of {@code key} inside this object, for callers' own validation messages. */
  public String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  public String path() {
    return where(path);
  }

  private JsonArray array(String key) {
    JsonElement value = object.get(key);
    if (value == null || value.isJsonNull()) {
      return new JsonArray();
    }
    if (!value.isJsonArray()) {
      throw new JsonFieldException(child(key), "expected an array, found " + kind(value));
    }
    return value.getAsJsonArray();
  }

  private static boolean isString(JsonElement value) {
    return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
  }

  private static String kind(JsonElement value) {
    if (value.isJsonObject()) {
      return "an object";
    }
    if (value.isJsonArray()) {
      return "an array";
    }
    if (value.isJsonNull()) {
      return "null";
    }
    JsonPrimitive primitive = value.getAsJsonPrimitive();
    if (primitive.isBoolean()) {
      return "a boolean";
    }
    return primitive.isNumber() ? "a number" : "a string";
  }

  private static String where(String path) {
    return path.isEmpty() ? "(document root)" : path;
  }

  /** A value has the wrong type, is missing, or its key is unknown. The message starts with the JSON path. */
  public static final class JsonFieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String jsonPath;

    public JsonFieldException(String jsonPath, String problem) {
      super(jsonPath + ": " + problem);
      this.jsonPath = jsonPath;
    }

    public String jsonPath() {
      return jsonPath;
    }
  }
}
