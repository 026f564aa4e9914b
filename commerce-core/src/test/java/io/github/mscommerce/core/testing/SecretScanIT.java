package io.github.mscommerce.core.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.emulator.CommerceEmulator;
import java.util.logging.Logger;
import org.junit.Test;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * The scan every core IT runs under must be able to fail: a canary or a JWT in any place it looks fails the test, its
 * message never shows the secret, and a scan that would be blind to issued tokens says so.
 */
public class SecretScanIT {

  private static void run(SecretScan scan, Statement test) throws Throwable {
    scan.apply(test, Description.createTestDescription(SecretScanIT.class, "planted")).evaluate();
  }

  @Test
  public void anIssuedTokenInAnEventFailsTheTest_withoutShowingIt() {
    CommerceEmulator emulator = SharedEmulator.fresh();
    SecretScan scan = SecretScan.ofSharedEmulator();
    AssertionError failure = assertThrows(AssertionError.class, () -> run(scan, new Statement() {
      @Override
      public void evaluate() {
        // A real token, issued through the token endpoint and then leaked into a log line.
        RecordingEvents events = new RecordingEvents();
        SharedEmulator.readWriteClient(events).updateProductPolicy("CFQ7TTC0LH2H", PolicyValue.DISABLED);
        String token = emulator.admin().issuedTokens().get(0);
        events.accept(CommerceEvent.debug("Authorization: Bearer " + token));
      }
    }));
    assertTrue(failure.getMessage(), failure.getMessage().contains("issued token #1 appears in output 1 (events)"));
    assertTrue(failure.getMessage(), failure.getMessage().contains("a JWT appears in output 1 (events)"));
    assertFalse(failure.getMessage(), failure.getMessage().contains(emulator.admin().issuedTokens().get(0)));
  }

  @Test
  public void aPlantedSecretInAnMsalLogRecordOrAnExceptionFailsTheTest() {
    SharedEmulator.fresh();
    SecretScan scan = SecretScan.ofSharedEmulator().plant("certificate-password-7f3e");
    AssertionError failure = assertThrows(AssertionError.class, () -> run(scan, new Statement() {
      @Override
      public void evaluate() {
        Logger.getLogger("com.microsoft.aad.msal4j.Test").finest("password=certificate-password-7f3e");
        scan.scan(new IllegalStateException("secret " + SharedEmulator.demo().clientSecret()));
      }
    }));
    assertTrue(failure.getMessage(), failure.getMessage().contains("planted secret #1 appears in log record"));
    assertTrue(failure.getMessage(),
        failure.getMessage().contains("the demo app's client secret appears in output 1 (exception)"));
  }

  @Test
  public void cleanOutput_passes_andTheTestsOwnFailureComesFirst() throws Throwable {
    SharedEmulator.fresh();
    run(SecretScan.ofSharedEmulator(), new Statement() {
      @Override
      public void evaluate() {
        SharedEmulator.readWriteClient(new RecordingEvents()).productPolicies();
      }
    });
    AssertionError own = new AssertionError("the test's own failure");
    assertEquals(own, assertThrows(AssertionError.class, () -> run(SecretScan.ofSharedEmulator(), new Statement() {
      @Override
      public void evaluate() {
        throw own;
      }
    })));
  }
}
