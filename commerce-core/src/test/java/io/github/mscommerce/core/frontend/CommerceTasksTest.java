package io.github.mscommerce.core.frontend;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.testing.MapRawSettings;
import io.github.mscommerce.core.testing.TestFrontEnd;
import java.util.List;
import org.junit.Test;

/**
 * Each goal checks its own settings when it is prepared, before any request; the credential is never asked for a token
 * here (an unreachable endpoint would fail the test if it were).
 */
public class CommerceTasksTest {

  private static MapRawSettings settings() {
    return new MapRawSettings().set(PropertyNames.TENANT_ID, "6babcaad-604b-40ac-a9d7-9fd97c0b779f")
        .set(PropertyNames.CLIENT_ID, "0f6a3c55-1d2e-4b7a-9c8d-2e3f4a5b6c7d")
        .set(PropertyNames.CLIENT_SECRET, "never-used")
        .set(PropertyNames.ENDPOINT, "https://127.0.0.1:1");
  }

  private static InvalidSettingsException prepareFails(String goal, MapRawSettings raw) {
    CommerceTasks tasks = new SettingsProcessor(TestFrontEnd.maven(), event -> {}).tasks(raw);
    return assertThrows(InvalidSettingsException.class, () -> tasks.task(goal));
  }

  @Test
  public void export_outputThatLeavesTheProject_isRefusedNamingTheSetting() {
    InvalidSettingsException e = prepareFails(Goals.EXPORT, settings().set(PropertyNames.OUTPUT, "../state.json"));
    assertEquals(TestFrontEnd.maven().suggestions().outputLeavesDirectory("commerce.output", "../state.json",
        "desired-state.json"), e.getMessage());
  }

  @Test
  public void updatePolicy_allWithProductIds_isRefusedSayingWhichToKeep() {
    InvalidSettingsException e = prepareFails(Goals.UPDATE_POLICY, settings().set(PropertyNames.VALUE, "Disabled")
        .set(PropertyNames.ALL, true).set(PropertyNames.PRODUCT_IDS, List.of("CFQ7TTC0LH2H")));
    assertEquals(TestFrontEnd.maven().suggestions().conflictingSelectors("commerce.all", "commerce.productIds"),
        e.getMessage());
  }

  @Test
  public void updatePolicy_badNamePattern_isAttributedToProductNames() {
    InvalidSettingsException e = prepareFails(Goals.UPDATE_POLICY, settings().set(PropertyNames.VALUE, "Disabled")
        .set(PropertyNames.PRODUCT_IDS, "CFQ7TTC0LH2H").set(PropertyNames.PRODUCT_NAMES, "*"));
    assertTrue(e.getMessage(), e.getMessage().startsWith("commerce.productNames: "));
  }

  @Test
  public void updatePolicy_badOfferType_isAttributedToOfferTypes() {
    InvalidSettingsException e = prepareFails(Goals.UPDATE_POLICY, settings().set(PropertyNames.VALUE, "Disabled")
        .set(PropertyNames.OFFER_TYPES, "Saa S"));
    assertTrue(e.getMessage(), e.getMessage().startsWith("commerce.offerTypes: "));
  }

  @Test
  public void typedValues_areReadLikeTheirText() {
    // A Pipeline script's typed arguments: a boolean and a list.
    CommerceTasks tasks = new SettingsProcessor(TestFrontEnd.pipeline(), event -> {}).tasks(settings()
        .set(PropertyNames.VALUE, "disabled").set(PropertyNames.DRY_RUN, Boolean.TRUE)
        .set(PropertyNames.PRODUCT_IDS, List.of("CFQ7TTC0LH2H", " ", "CFQ7TTC0H9MP")));
    tasks.task(Goals.UPDATE_POLICY);
  }

  @Test
  public void blankSettings_meanUnset() {
    CommerceTasks tasks = new SettingsProcessor(TestFrontEnd.maven(), event -> {}).tasks(settings()
        .set(PropertyNames.TIMEOUT, "  ").set(PropertyNames.API_VERSION, "").set(PropertyNames.SCOPE, " "));
    tasks.task(Goals.PRODUCTS);
    assertEquals("v1.0", tasks.client().apiVersion().segment());
  }

  @Test
  public void aValuesCase_isNotSignificant() {
    CommerceTasks tasks = new SettingsProcessor(TestFrontEnd.maven(), event -> {}).tasks(settings()
        .set(PropertyNames.API_VERSION, "V1").set(PropertyNames.SCOPE, "OFFERTYPE").set(PropertyNames.AUTH,
            "Client-Secret"));
    tasks.task(Goals.PRODUCTS);
    assertEquals("v1", tasks.client().apiVersion().segment());
  }

  @Test
  public void unknownGoal_isAProgrammingError() {
    CommerceTasks tasks = new SettingsProcessor(TestFrontEnd.maven(), event -> {}).tasks(settings());
    assertThrows(IllegalArgumentException.class, () -> tasks.task("start-emulator"));
  }
}
