package io.github.mscommerce.core.plan;

import static io.github.mscommerce.core.PolicyValue.DISABLED;
import static io.github.mscommerce.core.PolicyValue.ENABLED;
import static io.github.mscommerce.core.PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.PolicyValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class DesiredStateJsonTest {

  private static final String SOURCE = "desired.json";

  @Test
  public void parse_fullDocument_readsEveryPartInDocumentOrder() {
    DesiredState state = DesiredStateJson.parse("""
        {
          "$schema": {"ignored": ["anything", 1, true]},
          "policyId": "AllowSelfServicePurchase",
          "default": "Disabled",
          "products": {"CFQ7TTC0RM8K": "OnlyTrialsWithoutPaymentMethod", "CFQ7TTC0LH2H": "Enabled"},
          "offerTypes": {"SaaS": "Disabled"}
        }
        """, SOURCE);

    assertEquals("AllowSelfServicePurchase", state.policyId());
    assertEquals(Optional.of(DISABLED), state.defaultValue());
    assertEquals(List.of("CFQ7TTC0RM8K", "CFQ7TTC0LH2H"), List.copyOf(state.products().keySet()));
    assertEquals(ONLY_TRIALS_WITHOUT_PAYMENT_METHOD, state.products().get("CFQ7TTC0RM8K"));
    assertEquals(Map.of("SaaS", DISABLED), state.offerTypes());
  }

  @Test
  public void parse_valuesInAnyCasing_areAccepted() {
    DesiredState state = DesiredStateJson.parse(
        "{\"default\": \"disabled\", \"products\": {\"CFQ7TTC0LH2H\": \"ONLYTRIALSWITHOUTPAYMENTMETHOD\"}}", SOURCE);

    assertEquals(Optional.of(DISABLED), state.defaultValue());
    assertEquals(ONLY_TRIALS_WITHOUT_PAYMENT_METHOD, state.products().get("CFQ7TTC0LH2H"));
  }

  @Test
  public void parse_withoutPolicyId_usesAllowSelfServicePurchase() {
    DesiredState state = DesiredStateJson.parse("{\"default\": \"Disabled\"}", SOURCE);

    assertEquals("AllowSelfServicePurchase", state.policyId());
    assertEquals(Map.of(), state.products());
  }

  @Test
  public void parse_unknownKey_pointsAtItAndSuggestsTheClosestKey() {
    String message = parseError("""
        {
          "policyId": "AllowSelfServicePurchase",
          "defualt": "Disabled"
        }
        """);

    assertEquals("desired.json:3:3: unknown key \"defualt\": use one of \"$schema\", \"policyId\", \"default\", "
        + "\"products\", \"offerTypes\" or \"tenants\". Did you mean \"default\"?", message);
  }

  @Test
  public void parse_duplicateKey_pointsAtTheSecondAndNamesTheFirst() {
    String message = parseError("""
        {
          "default": "Disabled",
          "default": "Enabled"
        }
        """);

    assertEquals("desired.json:3:3: duplicate key \"default\" (first at 2:3): write each key once", message);
  }

  @Test
  public void parse_sameProductInTwoCasings_isADuplicate() {
    String message = parseError("{\"products\": {\"CFQ7TTC0LH2H\": \"Disabled\", \"cfq7ttc0lh2h\": \"Enabled\"}}");

    assertEquals("desired.json:1:43: duplicate key \"cfq7ttc0lh2h\" (first at 1:15): list each product once",
        message);
  }

  @Test
  public void parse_unknownValue_pointsAtTheValueAndSuggestsTheClosest() {
    String message = parseError("""
        {
          "products": {
            "CFQ7TTC0LH2H": "Enabld"
          }
        }
        """);

    assertEquals("desired.json:3:21: 'Enabld' is not a policy value (product CFQ7TTC0LH2H): write one of \"Enabled\", "
        + "\"Disabled\" or \"OnlyTrialsWithoutPaymentMethod\". Did you mean \"Enabled\"?", message);
  }

  @Test
  public void parse_trueAlias_isNotAValueInADocument() {
    String message = parseError("{\"default\": \"true\"}");

    assertThat(message, startsWith("desired.json:1:13: 'true' is not a policy value (\"default\")"));
  }

  @Test
  public void parse_numberAsValue_pointsAtTheNumber() {
    String message = parseError("{\"default\": 1}");

    assertEquals("desired.json:1:13: the value of \"default\" is a number: write one of \"Enabled\", \"Disabled\" or "
        + "\"OnlyTrialsWithoutPaymentMethod\"", message);
  }

  @Test
  public void parse_nullAsValue_isAWrongType() {
    assertThat(parseError("{\"offerTypes\": {\"SaaS\": null}}"),
        startsWith("desired.json:1:25: the value of offer type SaaS is null: write one of"));
  }

  @Test
  public void parse_productsAsArray_saysToWriteAnObject() {
    assertEquals("desired.json:1:14: \"products\" is an array: write an object of product id to value, such as "
        + "{\"CFQ7TTC0LH2H\": \"Disabled\"}", parseError("{\"products\": [\"CFQ7TTC0LH2H\"]}"));
  }

  @Test
  public void parse_policyIdAsNumber_isAWrongType() {
    assertEquals("desired.json:1:14: \"policyId\" is a number: write \"AllowSelfServicePurchase\" or leave the key "
        + "out", parseError("{\"policyId\": 7, \"default\": \"Disabled\"}"));
  }

  @Test
  public void parse_malformedProductId_pointsAtTheKey() {
    assertThat(parseError("{\n  \"products\": {\"CFQ7-TTC0\": \"Disabled\"}\n}"),
        startsWith("desired.json:2:16: 'CFQ7-TTC0' is not a valid product id"));
  }

  @Test
  public void parse_trailingComma_pointsAtTheClosingBrace() {
    assertEquals("desired.json:3:1: malformed JSON, expected a key in double quotes (a comma after the last entry is "
        + "not allowed). Write strict JSON such as " + DesiredStateParser.EXAMPLE,
        parseError("{\n  \"default\": \"Disabled\",\n}"));
  }

  @Test
  public void parse_missingComma_pointsAtTheNextKey() {
    assertThat(parseError("{\n  \"default\": \"Disabled\"\n  \"products\": {}\n}"),
        startsWith("desired.json:3:3: malformed JSON, expected a comma or } after an entry."));
  }

  @Test
  public void parse_singleQuotes_areNotStrictJson() {
    assertThat(parseError("{'default': 'Disabled'}"),
        startsWith("desired.json:1:2: malformed JSON, this is not strict JSON (keys and strings need double quotes"));
  }

  @Test
  public void parse_unquotedValue_pointsAtTheWord() {
    assertThat(parseError("{\"default\": Disabled}"), startsWith("desired.json:1:13: malformed JSON"));
  }

  @Test
  public void parse_documentCutShort_saysItEndsEarly() {
    assertThat(parseError("{\"default\": \"Disabled\""), containsString("the document ends early"));
  }

  @Test
  public void parse_emptyDocument_saysWhatToWrite() {
    assertEquals("desired.json:1:1: the document is empty: write a JSON object such as " + DesiredStateParser.EXAMPLE,
        parseError("  \n"));
  }

  @Test
  public void parse_topLevelArray_saysToWriteAnObject() {
    assertThat(parseError("\n  [\"Disabled\"]"), startsWith("desired.json:2:3: the document is an array, not a JSON "
        + "object"));
  }

  @Test
  public void parse_textAfterTheDocument_pointsAtIt() {
    assertThat(parseError("{\"default\": \"Disabled\"}\n{\"default\": \"Enabled\"}"),
        startsWith("desired.json:2:1: text after the end of the document"));
  }

  @Test
  public void parse_documentSettingNothing_saysWhatToAdd() {
    assertThat(parseError("{\"policyId\": \"AllowSelfServicePurchase\"}"),
        startsWith("desired.json:1:1: the document sets no value: add \"default\", \"products\" or \"offerTypes\""));
  }

  @Test
  public void parse_byteOrderMark_keepsPositionsRight() {
    assertThat(parseError("\uFEFF{\"defualt\": \"Disabled\"}"), startsWith("desired.json:1:2: unknown key"));
  }

  @Test
  public void parse_error_isInvalidSettingsAttributedToNoSettingYet() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> DesiredStateJson.parse("{}", SOURCE));

    assertEquals(Optional.empty(), e.setting());
  }

  @Test
  public void write_thenParse_roundTrips() {
    Map<String, PolicyValue> products = new LinkedHashMap<>();
    products.put("CFQ7TTC0MM8R", DISABLED);
    products.put("CFQ7TTC0LH2H", ONLY_TRIALS_WITHOUT_PAYMENT_METHOD);
    DesiredState state = new DesiredState("AllowSelfServicePurchase", Optional.of(ENABLED), products,
        Map.of("SaaS", DISABLED));

    DesiredState parsed = DesiredStateJson.parse(DesiredStateJson.write(state), SOURCE);

    assertEquals(state, parsed);
    assertEquals(List.of("CFQ7TTC0MM8R", "CFQ7TTC0LH2H"), List.copyOf(parsed.products().keySet()));
  }

  @Test
  public void write_explicitState_isPrettyStableAndWithoutDefault() {
    Map<String, PolicyValue> products = new LinkedHashMap<>();
    products.put("CFQ7TTC0LH2H", ENABLED);
    products.put("CFQ7TTC0H9MP", DISABLED);

    String json = DesiredStateJson.write(DesiredState.explicit("AllowSelfServicePurchase", products, Map.of()));

    assertEquals("""
        {
          "policyId": "AllowSelfServicePurchase",
          "products": {
            "CFQ7TTC0LH2H": "Enabled",
            "CFQ7TTC0H9MP": "Disabled"
          }
        }
        """, json);
  }

  private static String parseError(String json) {
    return assertThrows(InvalidSettingsException.class, () -> DesiredStateJson.parse(json, SOURCE)).getMessage();
  }
}
