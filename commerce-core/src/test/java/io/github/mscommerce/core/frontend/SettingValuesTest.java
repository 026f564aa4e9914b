package io.github.mscommerce.core.frontend;

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** The one mapper from what a front end holds (typed step arguments, Mojo fields) to setting text. */
public class SettingValuesTest {

  /** Like a Mojo or step: fields named after properties, and fields of the front end's own. */
  @SuppressWarnings("unused")
  private static class Base {
    private String timeout = "30";
    private String serverId = "not a core property";
  }

  @SuppressWarnings("unused")
  private static final class Holder extends Base {
    private List<String> productIds = List.of("CFQ7TTC0LH2H", "CFQ7TTC0H9MP");
    private Boolean all;
    private File desiredState = new File("state.json");
    private static final String value = "static fields are not settings";
  }

  @Test
  public void text_mapsTypedValuesAndDropsBlanks() {
    assertEquals(Optional.of("true"), SettingValues.text(Boolean.TRUE));
    assertEquals(Optional.of("30"), SettingValues.text(30));
    assertEquals(Optional.of("A,B"), SettingValues.text(List.of(" A ", "", "B")));
    assertEquals(Optional.of("A,B"), SettingValues.text(new String[] {"A", " ", "B"}));
    assertEquals(Optional.empty(), SettingValues.text("   "));
    assertEquals(Optional.empty(), SettingValues.text(List.of(" ")));
    assertEquals(Optional.empty(), SettingValues.text(null));
  }

  @Test
  public void fieldsOf_takesFieldsNamedAfterCoreProperties_upToTheStopClass() {
    Map<String, Object> fields = SettingValues.fieldsOf(new Holder(), Object.class);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put(PropertyNames.PRODUCT_IDS, List.of("CFQ7TTC0LH2H", "CFQ7TTC0H9MP"));
    expected.put(PropertyNames.ALL, null);
    expected.put(PropertyNames.DESIRED_STATE, new File("state.json"));
    expected.put(PropertyNames.TIMEOUT, "30");
    assertEquals(expected, fields);
    assertEquals(Map.of(PropertyNames.PRODUCT_IDS, "CFQ7TTC0LH2H,CFQ7TTC0H9MP",
        PropertyNames.DESIRED_STATE, "state.json", PropertyNames.TIMEOUT, "30"), SettingValues.of(fields));
    assertEquals(3, SettingValues.fieldsOf(new Holder(), Base.class).size());
  }
}
