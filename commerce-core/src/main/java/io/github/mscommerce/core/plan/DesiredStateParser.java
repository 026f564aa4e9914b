package io.github.mscommerce.core.plan;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import io.github.mscommerce.core.internal.ClosestMatches;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.auth.Authority;
import io.github.mscommerce.core.client.ItemIds;
import io.github.mscommerce.core.internal.TenantNames;
import io.github.mscommerce.core.plan.SourceText.Position;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads one desired-state document with Gson's streaming reader, so that every mistake is reported at the line and
 * column where it is, as {@code <source>:<line>:<column>: <what is wrong>: <what to write instead>}. Strict JSON only:
 * a document that Gson would have to guess at is a document a person should correct.
 *
 * <p>A document for many tenants may add per-tenant exceptions under {@code "tenants"}, each tenant (its GUID or domain)
 * with its own {@code default}, {@code products} and {@code offerTypes}, read by the same rules.
 */
final class DesiredStateParser {

  static final String EXAMPLE = "{\"default\": \"Disabled\", \"products\": {\"CFQ7TTC0LH2H\": \"Enabled\"}, "
      + "\"offerTypes\": {\"SaaS\": \"Disabled\"}}";

  private static final List<String> KEYS = List.of("$schema", "policyId", "default", "products", "offerTypes",
      "tenants");

  /** What a tenant's exceptions may set: the values, not the policy. */
  private static final List<String> TENANT_KEYS = List.of("default", "products", "offerTypes");

  static final String TENANTS_EXAMPLE = "{\"fabrikam.onmicrosoft.com\": {\"products\": {\"CFQ7TTC0RM8K\": "
      + "\"Enabled\"}}}";

  /** Gson's own reasons, in words that say what to fix. */
  private static final Map<String, String> GSON_REASONS = Map.of(
      "Expected name", "expected a key in double quotes (a comma after the last entry is not allowed)",
      "Unterminated object", "expected a comma or } after an entry",
      "Unterminated array", "expected a comma or ] after an element",
      "Expected ':'", "expected a colon after a key",
      "Unterminated string", "a string is not closed",
      "End of input", "the document ends early",
      "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON",
      "this is not strict JSON (keys and strings need double quotes; comments are not allowed)");

  private final String sourceName;
  private final SourceText source;
  private final JsonReader reader;
  private final Map<String, String> locations = new HashMap<>();
  private Map<String, TenantOverride> tenants = Map.of();

  DesiredStateParser(String json, String sourceName) {
    this.sourceName = sourceName;
    // Gson skips a byte-order mark itself, but the positions are computed on the text, so drop it here.
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    this.source = new SourceText(text);
    this.reader = new JsonReader(new StringReader(text));
    this.reader.setStrictness(Strictness.STRICT);
  }

  DesiredStateDocument parse() {
    try {
      DesiredState state = document();
      return new DesiredStateDocument(state, locations, tenants);
    } catch (IOException e) {
      // A StringReader does not fail, so this is Gson's MalformedJsonException or EOFException: a syntax error.
      throw malformed(e.getMessage());
    }
  }

  private DesiredState document() throws IOException {
    if (source.isBlank()) {
      throw error(new Position(1, 1), "the document is empty: write a JSON object such as " + EXAMPLE);
    }
    JsonToken first = reader.peek();
    Position start = source.nextValueAfter(new Position(1, 1));
    if (first != JsonToken.BEGIN_OBJECT) {
      throw error(start, "the document is " + describe(first) + ", not a JSON object: write an object such as "
          + EXAMPLE);
    }
    reader.beginObject();
    Map<String, Position> seen = new HashMap<>();
    String policyId = null;
    Optional<PolicyValue> defaultValue = Optional.empty();
    Map<String, PolicyValue> products = Map.of();
    Map<String, PolicyValue> offerTypes = Map.of();
    while (reader.hasNext()) {
      Position keyPosition = SourceText.peekedDelimitedToken(reader);
      String key = reader.nextName();
      Position valuePosition = source.nextValueAfter(SourceText.readerPosition(reader));
      rejectDuplicate(seen, key, key, keyPosition, "write each key once");
      switch (key) {
        case "$schema":
          reader.skipValue();
          break;
        case "policyId":
          policyId = policyId(valuePosition);
          break;
        case "default":
          defaultValue = Optional.of(policyValue("\"default\"", valuePosition));
          break;
        case "products":
          products = items(ItemKind.PRODUCT, key, valuePosition, locations);
          break;
        case "offerTypes":
          offerTypes = items(ItemKind.OFFER_TYPE, key, valuePosition, locations);
          break;
        case "tenants":
          tenants = tenants(valuePosition);
          break;
        default:
          throw unknownKey(key, keyPosition, KEYS, "");
      }
    }
    reader.endObject();
    rejectTrailingText();
    if (!seen.containsKey("default") && !seen.containsKey("products") && !seen.containsKey("offerTypes")
        && tenants.isEmpty()) {
      throw error(start, "the document sets no value: add \"default\", \"products\" or \"offerTypes\", such as "
          + EXAMPLE);
    }
    return new DesiredState(policyId, defaultValue, products, offerTypes);
  }

  private String policyId(Position position) throws IOException {
    JsonToken token = reader.peek();
    if (token != JsonToken.STRING) {
      throw error(position, "\"policyId\" is " + describe(token) + ": write \"AllowSelfServicePurchase\" or leave "
          + "the key out");
    }
    String value = reader.nextString();
    try {
      return ItemIds.requireValidPolicyId(value);
    } catch (InvalidSettingsException e) {
      throw error(position, e.reason());
    }
  }

  /** A value in any casing of the three wire values; the true/false alias is for command lines, not documents. */
  private PolicyValue policyValue(String what, Position position) throws IOException {
    JsonToken token = reader.peek();
    if (token != JsonToken.STRING) {
      throw error(position, "the value of " + what + " is " + describe(token) + ": write one of " + quotedValues());
    }
    String text = reader.nextString();
    Optional<PolicyValue> value = Arrays.stream(PolicyValue.values())
        .filter(v -> v.wireValue().equalsIgnoreCase(text.trim())).findFirst();
    if (value.isEmpty()) {
      List<String> closest = ClosestMatches.to(text, Arrays.stream(PolicyValue.values()).map(PolicyValue::wireValue)
          .collect(Collectors.toList()));
      throw error(position, "'" + text + "' is not a policy value (" + what + "): write one of " + quotedValues()
          + (closest.isEmpty() ? "" : ". Did you mean \"" + closest.get(0) + "\"?"));
    }
    return value.get();
  }

  private Map<String, PolicyValue> items(ItemKind kind, String key, Position position, Map<String, String> itemLocations)
      throws IOException {
    JsonToken token = reader.peek();
    String example = kind == ItemKind.PRODUCT ? "{\"CFQ7TTC0LH2H\": \"Disabled\"}" : "{\"SaaS\": \"Disabled\"}";
    if (token != JsonToken.BEGIN_OBJECT) {
      throw error(position, "\"" + key + "\" is " + describe(token) + ": write an object of " + kind.label()
          + " id to value, such as " + example);
    }
    reader.beginObject();
    Map<String, PolicyValue> values = new LinkedHashMap<>();
    Map<String, Position> seen = new HashMap<>();
    while (reader.hasNext()) {
      Position idPosition = SourceText.peekedDelimitedToken(reader);
      String id = reader.nextName();
      Position valuePosition = source.nextValueAfter(SourceText.readerPosition(reader));
      String checkedId;
      try {
        checkedId = ItemIds.requireValid(kind, id);
      } catch (InvalidSettingsException e) {
        throw error(idPosition, e.reason());
      }
      // Ids match the tenant's ignoring case, so two spellings of one id would be two values for one item.
      rejectDuplicate(seen, checkedId.toUpperCase(Locale.ROOT), id, idPosition,
          "list each " + kind.label() + " once");
      values.put(checkedId, policyValue(kind.label() + " " + checkedId, valuePosition));
      itemLocations.put(DesiredStateDocument.key(kind, checkedId), sourceName + ":" + idPosition);
    }
    reader.endObject();
    return values;
  }

  /** {@code "tenants": {"<tenant>": {…exceptions…}, …}}: each tenant once, by GUID or domain. */
  private Map<String, TenantOverride> tenants(Position position) throws IOException {
    JsonToken token = reader.peek();
    if (token != JsonToken.BEGIN_OBJECT) {
      throw error(position, "\"tenants\" is " + describe(token) + ": write an object of tenant to its exceptions, such "
          + "as " + TENANTS_EXAMPLE);
    }
    reader.beginObject();
    Map<String, TenantOverride> overrides = new LinkedHashMap<>();
    Map<String, Position> seen = new HashMap<>();
    while (reader.hasNext()) {
      Position tenantPosition = SourceText.peekedDelimitedToken(reader);
      String tenant = reader.nextName();
      Position valuePosition = source.nextValueAfter(SourceText.readerPosition(reader));
      if (TenantNames.isSignInAudience(tenant)) {
        throw error(tenantPosition, TenantNames.audienceIsNoTenant(tenant));
      }
      try {
        Authority.requireTenant(tenant);
      } catch (InvalidSettingsException e) {
        throw error(tenantPosition, e.reason());
      }
      // Entra ID ignores the case of domains and GUIDs, so two spellings would be two entries for one tenant.
      rejectDuplicate(seen, tenant.trim().toLowerCase(Locale.ROOT), tenant, tenantPosition, "write each tenant once");
      overrides.put(tenant.trim(), tenantOverride(tenant.trim(), tenantPosition, valuePosition));
    }
    reader.endObject();
    return overrides;
  }

  private TenantOverride tenantOverride(String tenant, Position tenantPosition, Position position) throws IOException {
    String what = "the exceptions of tenant " + tenant;
    JsonToken token = reader.peek();
    if (token != JsonToken.BEGIN_OBJECT) {
      throw error(position, what + " are " + describe(token) + ": write an object such as {\"products\": "
          + "{\"CFQ7TTC0RM8K\": \"Enabled\"}}");
    }
    reader.beginObject();
    Map<String, Position> seen = new HashMap<>();
    Map<String, String> itemLocations = new HashMap<>();
    Optional<PolicyValue> defaultValue = Optional.empty();
    Map<String, PolicyValue> products = Map.of();
    Map<String, PolicyValue> offerTypes = Map.of();
    while (reader.hasNext()) {
      Position keyPosition = SourceText.peekedDelimitedToken(reader);
      String key = reader.nextName();
      Position valuePosition = source.nextValueAfter(SourceText.readerPosition(reader));
      rejectDuplicate(seen, key, key, keyPosition, "write each key once");
      switch (key) {
        case "default":
          defaultValue = Optional.of(policyValue("\"default\" of tenant " + tenant, valuePosition));
          break;
        case "products":
          products = items(ItemKind.PRODUCT, key, valuePosition, itemLocations);
          break;
        case "offerTypes":
          offerTypes = items(ItemKind.OFFER_TYPE, key, valuePosition, itemLocations);
          break;
        default:
          throw unknownKey(key, keyPosition, TENANT_KEYS, " in " + what);
      }
    }
    reader.endObject();
    if (seen.isEmpty()) {
      throw error(position, what + " set nothing: add \"default\", \"products\" or \"offerTypes\", or remove the "
          + "tenant");
    }
    return new TenantOverride(tenant, sourceName + ":" + tenantPosition, defaultValue, products, offerTypes,
        itemLocations);
  }

  private void rejectDuplicate(Map<String, Position> seen, String normalized, String written, Position position,
      String fix) {
    Position first = seen.putIfAbsent(normalized, position);
    if (first != null) {
      throw error(position, "duplicate key \"" + written + "\" (first at " + first + "): " + fix);
    }
  }

  private InvalidSettingsException unknownKey(String key, Position position, List<String> keys, String where) {
    List<String> closest = ClosestMatches.to(key, keys);
    return error(position, "unknown key \"" + key + "\"" + where + ": use one of " + quoted(keys)
        + (closest.isEmpty() ? "" : ". Did you mean \"" + closest.get(0) + "\"?"));
  }

  private void rejectTrailingText() throws IOException {
    Position after = SourceText.readerPosition(reader);
    try {
      if (reader.peek() == JsonToken.END_DOCUMENT) {
        return;
      }
    } catch (MalformedJsonException e) {
      // Strict mode refuses a second value before saying what it is; the position is what matters.
    }
    throw error(source.nextValueAfter(after), "text after the end of the document: remove it, or move it inside the "
        + "top-level object");
  }

  private InvalidSettingsException malformed(String gsonMessage) {
    String firstLine = gsonMessage == null ? "" : gsonMessage.split("\n", 2)[0];
    Position position = source.syntaxError(SourceText.parse(firstLine).orElse(new Position(1, 1)));
    String gsonReason = firstLine.replaceFirst(" at line \\d+ column \\d+.*$", "");
    String reason = GSON_REASONS.entrySet().stream()
        .filter(entry -> gsonReason.startsWith(entry.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(gsonReason);
    return error(position, "malformed JSON, " + reason + ". Write strict JSON such as " + EXAMPLE);
  }

  private InvalidSettingsException error(Position position, String message) {
    return new InvalidSettingsException(sourceName + ":" + position + ": " + message);
  }

  private static String describe(JsonToken token) {
    switch (token) {
      case BEGIN_ARRAY:
        return "an array";
      case BEGIN_OBJECT:
        return "an object";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return "missing";
    }
  }

  private static String quotedValues() {
    return quoted(Arrays.stream(PolicyValue.values()).map(PolicyValue::wireValue).collect(Collectors.toList()));
  }

  /** "\"a\", \"b\" or \"c\"". */
  private static String quoted(List<String> words) {
    List<String> quoted = words.stream().map(w -> "\"" + w + "\"").collect(Collectors.toList());
    return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
  }
}
