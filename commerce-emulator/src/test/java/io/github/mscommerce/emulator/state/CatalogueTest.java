package io.github.mscommerce.emulator.state;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class CatalogueTest {

  private final Catalogue catalogue = Catalogue.builtIn();

  @Test
  public void builtIn_hasTheCurrentGenerationProductsAndTheFourOfferTypes() {
    List<String> ids = catalogue.products().stream().map(Product::productId).toList();

    assertEquals(24, ids.size());
    assertEquals(ids.size(), ids.stream().distinct().count());
    assertTrue(ids.stream().allMatch(id -> id.startsWith("CFQ7TTC0")));
    assertEquals("Planner Plan 1", catalogue.product("CFQ7TTC0HDB1").orElseThrow().productName());
    assertEquals(List.of("SaaS", "POWERBIVISUALS", "DYNAMICSCE", "DYNAMICSBC"),
        catalogue.offerTypes().stream().map(OfferType::id).toList());
  }

  @Test
  public void builtIn_leavesOutRowsDroppedFromLaterDocsAndOfferTypeIds() {
    for (String absent : List.of("CFQ7TTC0HVZG", "CFQ7TTC0LHWM", "DYNAMICSBC", "DYNAMICSCE", "CFQ7TTC0KP0P")) {
      assertTrue(absent, catalogue.product(absent).isEmpty());
    }
  }

  @Test
  public void release_appendsAndRejectsAnIdTwice() {
    catalogue.release(new Product("CFQ7TTC0NEW1", "New"));

    assertEquals("CFQ7TTC0NEW1", catalogue.products().get(24).productId());
    assertThrows(IllegalArgumentException.class, () -> catalogue.release(new Product("CFQ7TTC0NEW1", "Again")));
    assertThrows(IllegalArgumentException.class, () -> catalogue.release(new Product("CFQ7TTC0LH2H", "Built in")));
  }

  @Test
  public void offerType_isFoundIgnoringCaseWithItsCanonicalId() {
    assertEquals("POWERBIVISUALS", catalogue.offerType("PowerBIVisuals").orElseThrow().id());
  }
}
