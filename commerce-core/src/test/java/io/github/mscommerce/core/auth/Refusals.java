package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.CommerceException;

/** Checks a failed sign-in the way a user meets it: the exception type, Entra's AADSTS code, and no secret anywhere. */
final class Refusals {

  private Refusals() {}

  static <T extends CommerceException> T assertRefused(Class<T> type, String aadstsCode, Runnable signIn,
      String... secrets) {
    try {
      signIn.run();
    } catch (CommerceException e) {
      assertEquals(e.getMessage(), type, e.getClass());
      assertTrue(e.getMessage(), e.getMessage().contains(aadstsCode));
      for (String secret : secrets) {
        assertFalse("the message shows a secret: " + e.getMessage(), e.getMessage().contains(secret));
        assertFalse("toString shows a secret", e.toString().contains(secret));
      }
      return type.cast(e);
    }
    throw new AssertionError("expected " + type.getSimpleName() + " with " + aadstsCode);
  }
}
