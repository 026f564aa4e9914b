package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.AuthenticationFailedException;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Demo;
import io.github.mscommerce.emulator.JournalEntry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

public class DeviceCodeCredentialIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final String DEVICE_CODE_ROUTE = "/{tenant}/oauth2/v2.0/devicecode";

  private CommerceEmulator emulator;
  private Demo demo;
  private final List<String> instructions = new CopyOnWriteArrayList<>();

  @Before
  public void freshEmulator() {
    emulator = SharedEmulator.fresh();
    demo = emulator.demo();
  }

  private DeviceCodeCredential credential() {
    return new DeviceCodeCredential(SharedEmulator.authority(), PublicClients.MSCOMMERCE_MODULE, instructions::add,
        SharedEmulator.options());
  }

  private long grants(String grantType) {
    return emulator.admin().journal().stream()
        .filter(entry -> grantType.equals(entry.grantType()))
        .map(JournalEntry::status).filter(status -> status == 200).count();
  }

  @Test
  public void token_autoApproved_showsTheInstructionOnceAndSignsTheUserIn() {
    emulator.admin().autoApproveDeviceCodes(1, demo.adminUser());
    DeviceCodeCredential credential = credential();

    CommerceClient client = CommerceClient.builder().endpoint(emulator.baseUrl()).network(SharedEmulator.network())
        .credential(credential).build();

    assertFalse(client.productPolicies().isEmpty());
    assertEquals(1, instructions.size());
    assertTrue(instructions.get(0), instructions.get(0).contains("code"));
    assertTrue(credential.description(), credential.description().endsWith("(signed in as " + demo.adminUser() + ")"));
    assertEquals(1, emulator.admin().count("POST", DEVICE_CODE_ROUTE));
  }

  @Test
  public void token_userApprovesTheCodeFromTheInstruction_signsThatUserIn() {
    DeviceCodeCredential credential = new DeviceCodeCredential(SharedEmulator.authority(),
        PublicClients.MSCOMMERCE_MODULE, message -> {
          instructions.add(message);
          // What the user does on the other device: read the code from the instruction and sign in with it.
          String userCode = emulator.admin().pendingDeviceCodes().get(0);
          if (message.contains(userCode)) {
            emulator.admin().approveDeviceCode(userCode, demo.readerUser());
          }
        }, SharedEmulator.options());

    credential.token(false);

    assertEquals(1, instructions.size());
    assertTrue(credential.description(), credential.description().endsWith("(signed in as " + demo.readerUser() + ")"));
  }

  @Test
  public void token_laterCalls_areSilentAndForceRefreshUsesTheRefreshToken() {
    emulator.admin().autoApproveDeviceCodes(0, demo.adminUser());
    DeviceCodeCredential credential = credential();
    credential.token(false);
    int tokenRequests = emulator.admin().count("POST", ClientSecretCredentialIT.TOKEN_ROUTE);

    credential.token(false);
    assertEquals("served from the cache", tokenRequests,
        emulator.admin().count("POST", ClientSecretCredentialIT.TOKEN_ROUTE));

    credential.token(true);
    assertEquals(1, grants("refresh_token"));
    assertEquals("the user is asked only once", 1, instructions.size());
    assertEquals(1, emulator.admin().count("POST", DEVICE_CODE_ROUTE));
  }

  @Test
  public void token_nobodyApproves_failsWhenTheCodeExpiresWithAadsts70020() {
    // Nobody signs in: once the instruction is out, the code runs out (as after 15 minutes, without the wait).
    DeviceCodeCredential credential = new DeviceCodeCredential(SharedEmulator.authority(),
        PublicClients.MSCOMMERCE_MODULE, message -> {
          instructions.add(message);
          emulator.admin().pendingDeviceCodes().forEach(emulator.admin()::expireDeviceCode);
        }, SharedEmulator.options());

    AuthenticationFailedException e = Refusals.assertRefused(AuthenticationFailedException.class, "AADSTS70020",
        () -> credential.token(false));

    assertEquals("expired_token", e.errorCode().orElseThrow());
    assertEquals(1, instructions.size());
    assertEquals(0, grants("device_code"));
  }
}
