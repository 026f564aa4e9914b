package io.github.mscommerce.core.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/** The rows of a goal's JSON report, read back as a CI system or a script would. */
public final class ReportRows {

  /** One item of an update or apply report: what the run says it did. */
  public record Row(String id, String result, String before, String after, String detail) {}

  private ReportRows() {}

  public static List<Row> of(String reportJson) {
    JsonObject report = JsonParser.parseString(reportJson).getAsJsonObject();
    List<Row> rows = new ArrayList<>();
    for (JsonElement element : report.getAsJsonArray("rows")) {
      JsonObject row = element.getAsJsonObject();
      rows.add(new Row(row.get("id").getAsString(), text(row, "result"), text(row, "before"), text(row, "after"),
          text(row, "detail")));
    }
    return rows;
  }

  private static String text(JsonObject row, String key) {
    return row.has(key) ? row.get(key).getAsString() : null;
  }
}
