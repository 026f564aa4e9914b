package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.internal.ClosestMatches;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.OfferTypePolicy;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.ProductPolicy;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.client.CommerceClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares the tenant's values with the wanted ones and decides, per item, unchanged / change / invalid. Planning sends
 * no write; {@link #plan(CommerceClient, DesiredState)} reads the product listing, and the offer-type listing only when
 * the desired state has offer types.
 */
public final class Planner {

  private static final Suggestions SUGGESTIONS = Suggestions.generic();

  private Planner() {}

  /**
   * Reads what the plan needs and plans.
   *
   * @throws InvalidSettingsException before any request when the desired state is for another policy
   */
  public static Plan plan(CommerceClient client, DesiredState desired) {
    return plan(client, desired, SUGGESTIONS);
  }

  /** The same, worded in the front end's terms. */
  public static Plan plan(CommerceClient client, DesiredState desired, Suggestions suggestions) {
    return plan(client, new DesiredStateDocument(desired, Map.of()), suggestions);
  }

  /** A desired state read from a file: an id the tenant does not have is reported at its line and column. */
  public static Plan plan(CommerceClient client, DesiredStateDocument document, Suggestions suggestions) {
    DesiredState desired = document.state();
    requireSamePolicy(desired.policyId(), client.policyId(), suggestions);
    boolean needsProducts = desired.defaultValue().isPresent() || !desired.products().isEmpty();
    TenantItems tenant = TenantItems.read(client, needsProducts, !desired.offerTypes().isEmpty());
    return plan(document, tenant.products(), tenant.offerTypes(), suggestions);
  }

  /**
   * Listed items get their value; products not listed get the {@code default}, if there is one (this is how products
   * released after the document was written are caught); offer types have no default. Ids the tenant does not have,
   * and {@code OnlyTrialsWithoutPaymentMethod} for an offer type, are INVALID. Ids match ignoring case.
   *
   * @param products the tenant's products, in the service's order
   * @param offerTypes the tenant's offer types; may be empty when the desired state lists none
   */
  public static Plan plan(DesiredState desired, List<ProductPolicy> products, List<OfferTypePolicy> offerTypes) {
    return plan(desired, products, offerTypes, SUGGESTIONS);
  }

  /** The same, worded in the front end's terms. */
  public static Plan plan(DesiredState desired, List<ProductPolicy> products, List<OfferTypePolicy> offerTypes,
      Suggestions suggestions) {
    return plan(new DesiredStateDocument(desired, Map.of()), products, offerTypes, suggestions);
  }

  /** A desired state read from a file, planned against listings already read. */
  public static Plan plan(DesiredStateDocument document, List<ProductPolicy> products,
      List<OfferTypePolicy> offerTypes, Suggestions suggestions) {
    DesiredState desired = document.state();
    String policyId = desired.policyId();
    if (!products.isEmpty() || !offerTypes.isEmpty()) {
      policyId = PolicyItems.policyIdOf(products.isEmpty() ? offerTypes : products);
      requireSamePolicy(desired.policyId(), policyId, suggestions);
    }
    List<PlanItem> items = new ArrayList<>();
    items.addAll(planKind(ItemKind.PRODUCT, desired.products(), products, desired.defaultValue(), document,
        suggestions));
    items.addAll(planKind(ItemKind.OFFER_TYPE, desired.offerTypes(), offerTypes, Optional.empty(), document,
        suggestions));
    return new Plan(policyId, items);
  }

  /** The update goal: one value for every selected item, by the same rules. */
  public static Plan plan(List<? extends PolicyItem> selectedItems, PolicyValue value) {
    return plan(selectedItems, value, SUGGESTIONS);
  }

  /** The same, worded in the front end's terms. */
  public static Plan plan(List<? extends PolicyItem> selectedItems, PolicyValue value, Suggestions suggestions) {
    List<PlanItem> items = selectedItems.stream().map(item -> planItem(item, value, suggestions))
        .collect(Collectors.toList());
    return new Plan(PolicyItems.policyIdOf(selectedItems), items);
  }

  private static List<PlanItem> planKind(ItemKind kind, Map<String, PolicyValue> listed,
      List<? extends PolicyItem> tenantItems, Optional<PolicyValue> defaultValue, DesiredStateDocument document,
      Suggestions suggestions) {
    Map<String, Map.Entry<String, PolicyValue>> unmatched = new LinkedHashMap<>();
    listed.entrySet().forEach(entry -> unmatched.put(upperCase(entry.getKey()), entry));
    List<PlanItem> items = new ArrayList<>();
    for (PolicyItem item : tenantItems) {
      Map.Entry<String, PolicyValue> entry = unmatched.remove(upperCase(item.id()));
      Optional<PolicyValue> wanted = entry != null ? Optional.of(entry.getValue()) : defaultValue;
      wanted.ifPresent(value -> items.add(planItem(item, value, suggestions)));
    }
    List<String> knownIds = tenantItems.stream().map(PolicyItem::id).collect(Collectors.toList());
    for (Map.Entry<String, PolicyValue> entry : unmatched.values()) {
      String id = entry.getKey();
      String problem = suggestions.unknownItem(kind, id, ClosestMatches.to(id, knownIds));
      items.add(PlanItem.invalid(kind, id, "", Optional.empty(), entry.getValue(),
          document.location(kind, id).map(where -> where + ": " + problem).orElse(problem)));
    }
    return items;
  }

  private static PlanItem planItem(PolicyItem item, PolicyValue desired, Suggestions suggestions) {
    if (item.kind() == ItemKind.OFFER_TYPE && desired == PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD) {
      return PlanItem.invalid(item.kind(), item.id(), item.name(), Optional.of(item.policyValue()), desired,
          suggestions.trialsOnlyForOfferType(item.id()));
    }
    return PlanItem.of(item, desired);
  }

  private static void requireSamePolicy(String desiredPolicyId, String clientPolicyId, Suggestions suggestions) {
    if (!desiredPolicyId.equalsIgnoreCase(clientPolicyId)) {
      throw new InvalidSettingsException(suggestions.policyIdMismatch(desiredPolicyId, clientPolicyId));
    }
  }

  private static String upperCase(String id) {
    return id.toUpperCase(Locale.ROOT);
  }
}
