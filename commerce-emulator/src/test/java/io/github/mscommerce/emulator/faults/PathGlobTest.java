package io.github.mscommerce.emulator.faults;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class PathGlobTest {

  @Test
  public void star_matchesExactlyOneSegment() {
    PathGlob glob = new PathGlob("/v1.0/policies/*/products");

    assertTrue(glob.matches("/v1.0/policies/AllowSelfServicePurchase/products"));
    assertFalse(glob.matches("/v1.0/policies/products"));
    assertFalse(glob.matches("/v1.0/policies/a/b/products"));
    assertFalse(glob.matches("/v1.0/policies/AllowSelfServicePurchase/products/CFQ7TTC0LH2H"));
  }

  @Test
  public void doubleStar_matchesAnyRestIncludingNothing() {
    PathGlob glob = new PathGlob("/v1.0/**");

    assertTrue(glob.matches("/v1.0"));
    assertTrue(glob.matches("/v1.0/policies"));
    assertTrue(glob.matches("/v1.0/policies/x/products/y"));
    assertFalse(glob.matches("/v1/policies"));
  }

  @Test
  public void doubleStarInTheMiddle_matchesAnySegmentsBetween() {
    PathGlob glob = new PathGlob("/**/token");

    assertTrue(glob.matches("/tenant/oauth2/v2.0/token"));
    assertTrue(glob.matches("/msi/token"));
    assertFalse(glob.matches("/msi/token/extra"));
  }

  @Test
  public void starInsideASegment_matchesCharactersOfThatSegmentOnly() {
    PathGlob glob = new PathGlob("/v1.0/policies/*/products/CFQ7*");

    assertTrue(glob.matches("/v1.0/policies/p/products/CFQ7TTC0LH2H"));
    assertFalse(glob.matches("/v1.0/policies/p/products/DYNAMICSBC"));
  }

  @Test
  public void literalSegments_areCaseSensitiveAndRegexCharactersAreLiteral() {
    assertFalse(new PathGlob("/v1.0/policies").matches("/v1.0/Policies"));
    assertFalse(new PathGlob("/v1.0/policies").matches("/v1x0/policies"));
  }
}
