package io.github.mscommerce.core.plan;

import static io.github.mscommerce.core.PolicyValue.DISABLED;
import static io.github.mscommerce.core.PolicyValue.ENABLED;
import static io.github.mscommerce.core.PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD;
import static io.github.mscommerce.core.testing.TestItems.COPILOT;
import static io.github.mscommerce.core.testing.TestItems.POWER_APPS;
import static io.github.mscommerce.core.testing.TestItems.POWER_BI_PRO;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.internal.ClosestMatches;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.OfferTypePolicy;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.ProductPolicy;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.plan.PlanItem.Action;
import io.github.mscommerce.core.testing.TestItems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.Test;

public class PlannerTest {

  private final List<ProductPolicy> products = TestItems.products(ENABLED);
  private final List<OfferTypePolicy> offerTypes = TestItems.offerTypes(ENABLED);

  @Test
  public void plan_listedItems_getTheirValueAndUnlistedAreLeftOut() {
    DesiredState desired = state(Optional.empty(), Map.of(POWER_APPS, ENABLED, COPILOT, DISABLED), Map.of());

    Plan plan = Planner.plan(desired, products, List.of());

    assertEquals(List.of(POWER_APPS, COPILOT), ids(plan.items()));
    assertEquals(Action.UNCHANGED, plan.items().get(0).action());
    assertEquals(Action.CHANGE, plan.items().get(1).action());
    assertEquals(Optional.of(ENABLED), plan.items().get(1).current());
    assertEquals(DISABLED, plan.items().get(1).desired());
    assertEquals("CFQ7TTC0MM8R Microsoft 365 Copilot", plan.items().get(1).label());
  }

  @Test
  public void plan_default_catchesAProductReleasedAfterTheDocumentWasWritten() {
    DesiredState desired = state(Optional.of(DISABLED), Map.of(POWER_APPS, ENABLED), Map.of());
    List<ProductPolicy> tenant = new ArrayList<>(products);
    tenant.add(TestItems.product("CFQ7TTC0NEW1", "A product released later", ENABLED));

    Plan plan = Planner.plan(desired, tenant, List.of());

    PlanItem released = plan.items().get(plan.items().size() - 1);
    assertEquals("CFQ7TTC0NEW1", released.id());
    assertEquals(Action.CHANGE, released.action());
    assertEquals(DISABLED, released.desired());
    assertEquals(tenant.size(), plan.items().size());
    assertEquals(Action.UNCHANGED, plan.items().get(0).action());
  }

  @Test
  public void plan_default_doesNotApplyToOfferTypes() {
    Plan plan = Planner.plan(state(Optional.of(DISABLED), Map.of(), Map.of()), products, offerTypes);

    assertTrue(plan.items().stream().allMatch(item -> item.kind() == ItemKind.PRODUCT));
  }

  @Test
  public void plan_idsInAnotherCase_matchTheTenantsItems() {
    DesiredState desired = state(Optional.empty(), Map.of(POWER_BI_PRO.toLowerCase(), DISABLED),
        Map.of("saas", DISABLED));

    Plan plan = Planner.plan(desired, products, offerTypes);

    assertEquals(List.of(POWER_BI_PRO, "SaaS"), ids(plan.items()));
    assertTrue(plan.isValid());
  }

  @Test
  public void plan_productNotInTheTenant_isInvalidWithTheClosestIds() {
    DesiredState desired = state(Optional.empty(), Map.of("CFQ7TTC0LH2X", DISABLED), Map.of());

    Plan plan = Planner.plan(desired, products, List.of());

    PlanItem item = plan.items().get(0);
    assertEquals(Action.INVALID, item.action());
    assertEquals(Optional.empty(), item.current());
    List<String> closest = ClosestMatches.to("CFQ7TTC0LH2X", productIds());
    assertEquals(Optional.of(Suggestions.generic().unknownItem(ItemKind.PRODUCT, "CFQ7TTC0LH2X", closest)),
        item.problem());
    assertFalse(plan.isValid());
  }

  @Test
  public void plan_unknownItems_comeAfterTheKnownOnesOfTheirKind() {
    Map<String, PolicyValue> listed = new LinkedHashMap<>();
    listed.put("CFQ7TTC0ZZZZ", DISABLED);
    listed.put(COPILOT, DISABLED);
    DesiredState desired = state(Optional.empty(), listed, Map.of("NOSUCHTYPE", DISABLED, "SaaS", DISABLED));

    Plan plan = Planner.plan(desired, products, offerTypes);

    assertEquals(List.of(COPILOT, "CFQ7TTC0ZZZZ", "SaaS", "NOSUCHTYPE"), ids(plan.items()));
    assertEquals(2, plan.count(Action.INVALID));
  }

  @Test
  public void plan_trialsOnlyForAnOfferType_isInvalid() {
    DesiredState desired = state(Optional.empty(), Map.of(), Map.of("SaaS", ONLY_TRIALS_WITHOUT_PAYMENT_METHOD));

    Plan plan = Planner.plan(desired, List.of(), offerTypes);

    PlanItem item = plan.items().get(0);
    assertEquals(Action.INVALID, item.action());
    assertEquals(Optional.of(ENABLED), item.current());
    assertEquals(Optional.of(Suggestions.generic().trialsOnlyForOfferType("SaaS")), item.problem());
  }

  @Test
  public void plan_trialsOnlyForAProduct_isAChange() {
    Plan plan = Planner.plan(state(Optional.empty(), Map.of(POWER_APPS, ONLY_TRIALS_WITHOUT_PAYMENT_METHOD),
        Map.of()), products, List.of());

    assertEquals(Action.CHANGE, plan.items().get(0).action());
  }

  @Test
  public void plan_desiredStateForAnotherPolicy_throws() {
    DesiredState desired = new DesiredState("SomeOtherPolicy", Optional.of(DISABLED), Map.of(), Map.of());

    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> Planner.plan(desired, products, List.of()));

    assertEquals(Suggestions.generic().policyIdMismatch("SomeOtherPolicy", "AllowSelfServicePurchase"),
        e.getMessage());
  }

  @Test
  public void plan_policyIdInAnotherCase_isTheSamePolicy() {
    DesiredState desired = new DesiredState("allowselfservicepurchase", Optional.of(DISABLED), Map.of(), Map.of());

    assertEquals("AllowSelfServicePurchase", Planner.plan(desired, products, List.of()).policyId());
  }

  @Test
  public void planUpdate_selectedItems_followTheSameRules() {
    List<PolicyItem> selected = List.of(products.get(0), offerTypes.get(0));

    Plan plan = Planner.plan(selected, ONLY_TRIALS_WITHOUT_PAYMENT_METHOD);

    assertEquals(Action.CHANGE, plan.items().get(0).action());
    assertEquals(Action.INVALID, plan.items().get(1).action());
  }

  @Test
  public void planUpdate_itemsAlreadyAtTheValue_areUnchanged() {
    Plan plan = Planner.plan(List.copyOf(products), ENABLED);

    assertEquals(products.size(), plan.count(Action.UNCHANGED));
    assertEquals("AllowSelfServicePurchase", plan.policyId());
  }

  private static DesiredState state(Optional<PolicyValue> defaultValue, Map<String, PolicyValue> products,
      Map<String, PolicyValue> offerTypes) {
    return new DesiredState(null, defaultValue, products, offerTypes);
  }

  private static List<String> ids(List<PlanItem> items) {
    return items.stream().map(PlanItem::id).collect(Collectors.toList());
  }

  private List<String> productIds() {
    return products.stream().map(PolicyItem::id).collect(Collectors.toList());
  }
}
