package io.github.mscommerce.core.plan;

import static io.github.mscommerce.core.PolicyValue.ENABLED;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.LegacyProductIds;
import io.github.mscommerce.core.OfferTypePolicy;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.ProductPolicy;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.gate.Gate;
import io.github.mscommerce.core.plan.PlanItem.Action;
import io.github.mscommerce.core.testing.TestItems;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * Ids Microsoft replaced in 2023 get "replaced by", not three unrelated "did you mean" ids: in a selection, a
 * desired-state file (at its line and column) and the gate's selection, before any change; but an old id a tenant still
 * lists is that tenant's item.
 */
public class LegacyProductIdsTest {

  private static final Suggestions SUGGESTIONS = Suggestions.generic();
  private static final String REPLACED = "CFQ7TTC0KP0P was replaced by CFQ7TTC0LH2H (Power Apps per user) in 2023: "
      + "use CFQ7TTC0LH2H. " + Suggestions.see(Suggestions.ANCHOR_NOT_FOUND);

  private final List<ProductPolicy> products = TestItems.products(ENABLED);
  private final List<OfferTypePolicy> offerTypes = List.of();

  @Test
  public void replacementOf_knowsEveryOldIdInAnyCasing() {
    assertEquals("CFQ7TTC0LH2H", LegacyProductIds.replacementOf("cfq7ttc0kp0p").orElseThrow().newId());
    assertEquals("CFQ7TTC0LSGZ", LegacyProductIds.replacementOf("CFQ7TTC0KXG6").orElseThrow().newId());
    assertFalse(LegacyProductIds.replacementOf("CFQ7TTC0LH2H").isPresent());
  }

  @Test
  public void selection_oldIdTheTenantLacks_saysWhatReplacedIt() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> Selection.builder().productIds("CFQ7TTC0KP0P").build().resolve(products, offerTypes, SUGGESTIONS));
    assertEquals(REPLACED, e.getMessage());
  }

  @Test
  public void selection_oldIdTheTenantStillLists_isSelected() {
    List<ProductPolicy> legacyTenant = new ArrayList<>(products);
    legacyTenant.add(TestItems.product("CFQ7TTC0KXG6", "Power Automate RPA", ENABLED));
    List<PolicyItem> selected = Selection.builder().productIds("CFQ7TTC0KXG6").build()
        .resolve(legacyTenant, offerTypes, SUGGESTIONS);
    assertEquals("CFQ7TTC0KXG6", selected.get(0).id());
  }

  @Test
  public void desiredState_oldId_isInvalidAtItsLineAndColumn() {
    DesiredStateDocument document = DesiredStateJson.read("{\n  \"products\": {\n    \"CFQ7TTC0KP0P\": \"Disabled\"\n"
        + "  }\n}", "state.json");
    Plan plan = Planner.plan(document, products, offerTypes, SUGGESTIONS);
    PlanItem invalid = plan.itemsWith(Action.INVALID).get(0);
    assertEquals("state.json:3:5: " + REPLACED, invalid.problem().orElseThrow());
    assertFalse(plan.isValid());
  }

  @Test
  public void gateSelection_oldId_saysWhatReplacedIt() {
    Gate gate = new Gate(Gate.defaultRules(), Selection.builder().productIds("CFQ7TTC0KP0P").build(), SUGGESTIONS);
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> gate.evaluate(products,
        offerTypes));
    assertEquals(REPLACED, e.getMessage());
  }

  @Test
  public void unknownItem_neverSuggestsTheRequestedIdItself() {
    String message = SUGGESTIONS.unknownItem(ItemKind.PRODUCT, "cfq7ttc0h9mp", List.of("CFQ7TTC0H9MP",
        "CFQ7TTC0H6RP"));
    assertTrue(message, message.contains("Did you mean CFQ7TTC0H6RP?"));
    assertFalse(message, message.contains("CFQ7TTC0H9MP"));
  }
}
