package io.github.mscommerce.core.plan;

import com.google.gson.stream.JsonWriter;
import io.github.mscommerce.core.PolicyValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The desired-state file format (design.md, "Desired-state file"):
 *
 * <pre>{@code
 * {"policyId": "AllowSelfServicePurchase", "default": "Disabled",
 *  "products": {"CFQ7TTC0RM8K": "OnlyTrialsWithoutPaymentMethod"}, "offerTypes": {"SaaS": "Disabled"}}
 * }</pre>
 *
 * Every key is optional, but a document sets at least one of {@code default}, {@code products} and
 * {@code offerTypes}; {@code "$schema"} is allowed and ignored; values are the three wire values in any casing.
 *
 * <p>For a run over many tenants, {@code "tenants"} adds per-tenant exceptions, each overriding the baseline item by
 * item ({@link DesiredStateDocument#forTenant}):
 * {@code "tenants": {"fabrikam.onmicrosoft.com": {"products": {"CFQ7TTC0RM8K": "Enabled"}}}}. {@link #write} never
 * writes them: an export and a before-state are one tenant's.
 */
public final class DesiredStateJson {

  /** The file name apply reads and export writes when none is given. */
  public static final String DEFAULT_FILE_NAME = "desired-state.json";

  private DesiredStateJson() {}

  /**
   * @param sourceName how errors name the document, usually its path
   * @throws io.github.mscommerce.core.InvalidSettingsException for any other key, a wrong type, an unknown value, a
   *     duplicate key or malformed JSON; the message starts {@code <sourceName>:<line>:<column>: } and says what to
   *     write instead
   */
  public static DesiredState parse(String json, String sourceName) {
    return read(json, sourceName).state();
  }

  /** The same, keeping where each item is written, for messages that only planning against the tenant can give. */
  public static DesiredStateDocument read(String json, String sourceName) {
    return new DesiredStateParser(json == null ? "" : json, sourceName == null ? "desired state" : sourceName).parse();
  }

  /** Pretty-printed in a stable order: policyId, default, products, offerTypes (left out when empty). */
  public static String write(DesiredState state) {
    StringWriter text = new StringWriter();
    try (JsonWriter writer = new JsonWriter(text)) {
      writer.setIndent("  ");
      writer.beginObject();
      writer.name("policyId").value(state.policyId());
      if (state.defaultValue().isPresent()) {
        writer.name("default").value(state.defaultValue().get().wireValue());
      }
      writeValues(writer, "products", state.products());
      if (!state.offerTypes().isEmpty()) {
        writeValues(writer, "offerTypes", state.offerTypes());
      }
      writer.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return text + "\n";
  }

  private static void writeValues(JsonWriter writer, String key, Map<String, PolicyValue> values) throws IOException {
    writer.name(key).beginObject();
    for (Map.Entry<String, PolicyValue> entry : values.entrySet()) {
      writer.name(entry.getKey()).value(entry.getValue().wireValue());
    }
    writer.endObject();
  }
}
