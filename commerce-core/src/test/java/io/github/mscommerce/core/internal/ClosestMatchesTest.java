package io.github.mscommerce.core.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class ClosestMatchesTest {

  private static final List<String> KNOWN = List.of("CFQ7TTC0LH2H", "CFQ7TTC0LH3L", "CFQ7TTC0H9MP", "CFQ7TTC0MM8R");

  @Test
  public void to_oneTypoFindsTheIntendedIdFirst() {
    assertEquals("CFQ7TTC0H9MP", ClosestMatches.to("CFQ7TTC0H9MQ", KNOWN).get(0));
  }

  @Test
  public void to_ignoresCase() {
    assertEquals("CFQ7TTC0LH2H", ClosestMatches.to("cfq7ttc0lh2h", KNOWN).get(0));
  }

  @Test
  public void to_returnsAtMostThreeNearestFirst() {
    List<String> closest = ClosestMatches.to("CFQ7TTC0LH2L", KNOWN);
    assertEquals(List.of("CFQ7TTC0LH2H", "CFQ7TTC0LH3L", "CFQ7TTC0H9MP"), closest);
  }

  @Test
  public void to_suggestsNothingForUnrelatedInput() {
    assertEquals(List.of(), ClosestMatches.to("SaaS", KNOWN));
  }

  @Test
  public void distance_countsEdits() {
    assertEquals(0, ClosestMatches.distance("ABC", "ABC"));
    assertEquals(1, ClosestMatches.distance("ABC", "ABD"));
    assertEquals(3, ClosestMatches.distance("", "ABC"));
    assertEquals(3, ClosestMatches.distance("KITTEN", "SITTING"));
  }
}
