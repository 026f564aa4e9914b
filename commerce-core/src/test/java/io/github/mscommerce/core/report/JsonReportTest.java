package io.github.mscommerce.core.report;

import static io.github.mscommerce.core.report.ReportFixtures.TIME;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.Test;

public class JsonReportTest {

  @Test
  public void render_gate_parsesBackWithEveryField() {
    String json = JsonReport.render(Report.ofGate("verify-policy", ReportFixtures.failedGate(), TIME));

    JsonObject parsed = JsonParser.parseString(json).getAsJsonObject();
    assertEquals("verify-policy", parsed.get("goal").getAsString());
    assertEquals("2025-03-14T09:30:00Z", parsed.get("time").getAsString());
    assertFalse(parsed.get("success").getAsBoolean());
    // Copilot breaks both rules: one violation naming both, not two.
    assertEquals(3, parsed.getAsJsonObject("summary").get("violations").getAsInt());
    assertEquals(3, parsed.getAsJsonArray("rows").size());
    JsonObject missing = parsed.getAsJsonArray("violations").get(2).getAsJsonObject();
    assertEquals("CFQ7TTC0GONE", missing.get("id").getAsString());
    assertFalse("an absent value is left out, not null", missing.has("actual"));
    assertEquals("Power Apps | <per user> & \"more\"",
        parsed.getAsJsonArray("rows").get(0).getAsJsonObject().get("name").getAsString());
  }

  @Test
  public void render_sameReport_givesTheSameText() {
    Report report = Report.ofApply("apply", ReportFixtures.applyResult(), TIME);

    assertEquals(JsonReport.render(report), JsonReport.render(report));
  }

  @Test
  public void render_apply_keepsTheFailureMessageButNotItsCause() {
    String json = JsonReport.render(Report.ofApply("apply", ReportFixtures.applyResult(), TIME));

    JsonObject failed = JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("rows").get(2)
        .getAsJsonObject();
    assertEquals("wanted Disabled: Setting product 'CFQ7TTC0H9MP' to Disabled failed: boom (HTTP 500, errorCode "
        + "InternalServerError, correlation id 5b1f0c3e-0000-4000-8000-000000000001)",
        failed.get("detail").getAsString());
    assertFalse(failed.has("after"));
    assertFalse(json.contains(ReportFixtures.LEAKED_IN_CAUSE));
  }

  @Test
  public void render_names_areNotHtmlEscaped() {
    String json = JsonReport.render(Report.ofGate("verify-policy", ReportFixtures.failedGate(), TIME));

    assertFalse(json.contains("\\u003c"));
  }
}
