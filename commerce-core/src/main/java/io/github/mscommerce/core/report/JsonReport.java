package io.github.mscommerce.core.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.gate.Violation;
import java.util.Map;

/**
 * The machine-readable report: pretty-printed, keys in a fixed order, absent fields left out, so two runs with the same
 * result give the same text and a diff shows only what changed.
 */
public final class JsonReport {

  // Names may hold < > & =; escaping them as \u003c would only make the file harder to read.
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  private JsonReport() {}

  public static String render(Report report) {
    return GSON.toJson(toJson(report)) + "\n";
  }

  /** The report as a JSON object, for {@link TenantJsonReport}, which embeds one per tenant. */
  static JsonObject toJson(Report report) {
    JsonObject json = new JsonObject();
    json.addProperty("goal", report.goal());
    json.addProperty("title", report.title());
    json.addProperty("time", report.time().toString());
    json.addProperty("policyId", report.policyId());
    json.addProperty("success", report.success());
    json.addProperty("outcome", report.outcome());
    if (!report.notes().isEmpty()) {
      JsonArray notes = new JsonArray();
      report.notes().forEach(notes::add);
      json.add("notes", notes);
    }
    JsonObject summary = new JsonObject();
    for (Map.Entry<String, Integer> count : report.summary().entrySet()) {
      summary.addProperty(count.getKey(), count.getValue());
    }
    json.add("summary", summary);
    if (!report.rules().isEmpty()) {
      JsonArray rules = new JsonArray();
      report.rules().forEach(rules::add);
      json.add("rules", rules);
    }
    JsonArray rows = new JsonArray();
    report.rows().forEach(row -> rows.add(row(row)));
    json.add("rows", rows);
    JsonArray violations = new JsonArray();
    report.violations().forEach(violation -> violations.add(violation(violation)));
    json.add("violations", violations);
    return json;
  }

  private static JsonObject row(ReportRow row) {
    JsonObject json = new JsonObject();
    json.addProperty("kind", row.kind());
    json.addProperty("id", row.id());
    json.addProperty("name", row.name());
    addValue(json, "value", row.value());
    addValue(json, "before", row.before());
    addValue(json, "after", row.after());
    if (row.result() != null) {
      json.addProperty("result", row.result());
    }
    if (row.detail() != null) {
      json.addProperty("detail", row.detail());
    }
    return json;
  }

  private static JsonObject violation(Violation violation) {
    JsonObject json = new JsonObject();
    json.addProperty("rule", violation.rule());
    json.addProperty("kind", violation.kind().label());
    json.addProperty("id", violation.id());
    json.addProperty("name", violation.name());
    addValue(json, "actual", violation.actual().orElse(null));
    json.addProperty("expectation", violation.expectation());
    json.addProperty("message", violation.describe());
    return json;
  }

  private static void addValue(JsonObject json, String key, PolicyValue value) {
    if (value != null) {
      json.addProperty(key, value.wireValue());
    }
  }
}
