package io.github.mscommerce.core.plan;

import static io.github.mscommerce.core.PolicyValue.ENABLED;
import static io.github.mscommerce.core.testing.TestItems.COPILOT;
import static io.github.mscommerce.core.testing.TestItems.POWER_APPS;
import static io.github.mscommerce.core.testing.TestItems.POWER_BI_PREMIUM;
import static io.github.mscommerce.core.testing.TestItems.POWER_BI_PRO;
import static io.github.mscommerce.core.testing.TestItems.VISIO_PLAN_1;
import static io.github.mscommerce.core.testing.TestItems.VISIO_PLAN_2;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.internal.ClosestMatches;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.OfferTypePolicy;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.ProductPolicy;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.testing.TestItems;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

public class SelectionTest {

  private final List<ProductPolicy> products = TestItems.products(ENABLED);
  private final List<OfferTypePolicy> offerTypes = TestItems.offerTypes(ENABLED);

  @Test
  public void build_nothingSelected_throwsSayingWhatToSet() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> Selection.builder().build());

    assertEquals(Suggestions.generic().emptySelection(), e.getMessage());
  }

  @Test
  public void build_malformedProductId_throwsNamingIt() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> Selection.builder().productIds("CFQ7TTC0/../x").build());

    assertThat(e.getMessage(), containsString("'CFQ7TTC0/../x' is not a valid product id"));
  }

  @Test
  public void build_patternOfOnlyWildcards_throws() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> Selection.builder().productNames("*").build());

    assertThat(e.getMessage(), containsString("select all products instead"));
  }

  @Test
  public void resolve_globWithStar_matchesWholeNameIgnoringCase() {
    Selection selection = Selection.builder().productNames("power bi*").build();

    assertEquals(List.of(POWER_BI_PREMIUM, POWER_BI_PRO), ids(selection.resolve(products, List.of())));
  }

  @Test
  public void resolve_globWithoutStar_doesNotMatchPartOfAName() {
    Selection selection = Selection.builder().productNames("Power BI").build();

    assertThrows(InvalidSettingsException.class, () -> selection.resolve(products, List.of()));
  }

  @Test
  public void resolve_questionMark_matchesExactlyOneCharacter() {
    Selection selection = Selection.builder().productNames("Visio Plan ?").build();

    assertEquals(List.of(VISIO_PLAN_1, VISIO_PLAN_2), ids(selection.resolve(products, List.of())));
  }

  @Test
  public void resolve_patternWithRegexCharacters_treatsThemLiterally() {
    Selection selection = Selection.builder().productNames("Power BI Premium (standalone)").build();

    assertEquals(List.of(POWER_BI_PREMIUM), ids(selection.resolve(products, List.of())));
  }

  @Test
  public void resolve_idsInAnyCase_returnCanonicalItemsInServiceOrder() {
    Selection selection = Selection.builder().productIds(COPILOT.toLowerCase(), POWER_APPS.toLowerCase()).build();

    List<PolicyItem> resolved = selection.resolve(products, List.of());

    assertEquals(List.of(POWER_APPS, COPILOT), ids(resolved));
    assertSame(products.get(0), resolved.get(0));
  }

  @Test
  public void resolve_idAndPatternNamingSameProduct_selectItOnce() {
    Selection selection = Selection.builder().productIds(POWER_BI_PRO).productNames("Power BI Pro").build();

    assertEquals(List.of(POWER_BI_PRO), ids(selection.resolve(products, List.of())));
  }

  @Test
  public void resolve_allProducts_selectsEveryProductAndNoOfferType() {
    List<PolicyItem> resolved = Selection.everyProduct().resolve(products, offerTypes);

    assertEquals(products, resolved);
  }

  @Test
  public void resolve_offerTypesInAnyCase_comeAfterProducts() {
    Selection selection = Selection.builder().offerTypes("saas").productIds(POWER_APPS).build();

    List<PolicyItem> resolved = selection.resolve(products, offerTypes);

    assertEquals(List.of(POWER_APPS, "SaaS"), ids(resolved));
    assertEquals(ItemKind.OFFER_TYPE, resolved.get(1).kind());
  }

  @Test
  public void resolve_unknownId_namesItAndTheClosestKnownIds() {
    Selection selection = Selection.builder().productIds("CFQ7TTC0LH2X").build();

    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> selection.resolve(products, List.of()));

    List<String> closest = ClosestMatches.to("CFQ7TTC0LH2X", ids(products));
    assertEquals(POWER_APPS, closest.get(0));
    assertEquals(Suggestions.generic().unknownItem(ItemKind.PRODUCT, "CFQ7TTC0LH2X", closest), e.getMessage());
  }

  @Test
  public void resolve_patternMatchingNothing_namesTheClosestNames() {
    Selection selection = Selection.builder().productNames("Powr BI Pr*").build();

    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> selection.resolve(products, List.of()));

    assertThat(e.getMessage(), containsString("No product name matches 'Powr BI Pr*'"));
    assertThat(e.getMessage(), containsString("Did you mean Power BI Premium (standalone), Power BI Pro"));
  }

  @Test
  public void resolve_severalProblems_reportsEveryOneAtOnce() {
    Selection selection = Selection.builder().productIds("CFQ7TTC0AAAA").productNames("Nothing*")
        .offerTypes("SAAAS").build();

    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> selection.resolve(products, offerTypes));

    assertThat(e.getMessage(), containsString("'CFQ7TTC0AAAA'"));
    assertThat(e.getMessage(), containsString("'Nothing*'"));
    assertThat(e.getMessage(), containsString("No offer type 'SAAAS'"));
    assertThat(e.getMessage(), containsString("Did you mean SaaS?"));
  }

  @Test
  public void needsOfferTypes_onlyWhenOfferTypesAreSelected() {
    assertFalse(Selection.everyProduct().needsOfferTypes());
    assertTrue(Selection.builder().offerTypes("SaaS").build().needsOfferTypes());
    assertFalse(Selection.builder().offerTypes("SaaS").build().needsProducts());
    assertTrue(Selection.builder().productNames("Visio*").build().needsProducts());
  }

  private static List<String> ids(List<? extends PolicyItem> items) {
    return items.stream().map(PolicyItem::id).collect(Collectors.toList());
  }
}
