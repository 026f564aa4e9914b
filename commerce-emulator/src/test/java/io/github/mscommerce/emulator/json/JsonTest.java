package io.github.mscommerce.emulator.json;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class JsonTest {

  @Test
  public void parse_validObject_isRead() {
    assertEquals("Disabled", Json.parse("{\"policyValue\":\"Disabled\"}").getAsJsonObject().get("policyValue")
        .getAsString());
  }

  @Test
  public void parse_whatGsonWouldLenientlyAccept_isRejected() {
    for (String lenient : new String[] {"{policyValue: \"Disabled\"}", "{'policyValue':'Disabled'}",
        "{\"policyValue\":\"Disabled\"} trailing", "", "   ", "{\"a\":1,}"}) {
      assertThrows(lenient, Json.MalformedJsonException.class, () -> Json.parse(lenient));
    }
  }

  @Test
  public void jsonFields_allowOnly_namesTheUnknownKeyWithItsPath() {
    JsonFields fields = JsonFields.of(Json.parse("{\"a\":1,\"b\":2}"), "tenants[0]");

    JsonFields.JsonFieldException error = assertThrows(JsonFields.JsonFieldException.class,
        () -> fields.allowOnly("a"));

    assertEquals("tenants[0].b", error.jsonPath());
  }

  @Test
  public void jsonFields_wholeNumber_rejectsFractions() {
    JsonFields fields = JsonFields.of(Json.parse("{\"expiresIn\":1.5}"), "");

    assertThrows(JsonFields.JsonFieldException.class, () -> fields.requiredWholeNumber("expiresIn"));
  }
}
