package io.github.mscommerce.emulator.tokens;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.emulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class DeviceCodesTest {

  private static final String CLIENT = "3d5cffa9-04da-4657-8cab-c7f074657cad";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final DeviceCodes codes = new DeviceCodes(clock);

  @Test
  public void poll_pendingUntilApprovedThenApprovedOnce() {
    DeviceCodes.DeviceCode code = codes.create(CLIENT, "tenant", "scope");

    assertEquals(DeviceCodes.PollState.PENDING, codes.poll(code.deviceCode(), CLIENT).state());
    codes.approve(code.userCode().toLowerCase(), "admin@contoso.onmicrosoft.com");
    DeviceCodes.Poll approved = codes.poll(code.deviceCode(), CLIENT);

    assertEquals(DeviceCodes.PollState.APPROVED, approved.state());
    assertEquals("admin@contoso.onmicrosoft.com", approved.code().approvedBy());
    assertEquals(DeviceCodes.PollState.UNKNOWN, codes.poll(code.deviceCode(), CLIENT).state());
  }

  @Test
  public void poll_afterLifetime_isExpired() {
    DeviceCodes.DeviceCode code = codes.create(CLIENT, null, "scope");

    clock.advance(DeviceCodes.LIFETIME);

    assertEquals(DeviceCodes.PollState.EXPIRED, codes.poll(code.deviceCode(), CLIENT).state());
    assertTrue(codes.pendingCodes().isEmpty());
  }

  @Test
  public void poll_justBeforeLifetime_isStillPending() {
    DeviceCodes.DeviceCode code = codes.create(CLIENT, null, "scope");

    clock.advance(DeviceCodes.LIFETIME.minusSeconds(1));

    assertEquals(DeviceCodes.PollState.PENDING, codes.poll(code.deviceCode(), CLIENT).state());
  }

  @Test
  public void expire_makesTheNextPollExpired() {
    DeviceCodes.DeviceCode code = codes.create(CLIENT, null, "scope");

    codes.expire(code.userCode());

    assertEquals(DeviceCodes.PollState.EXPIRED, codes.poll(code.deviceCode(), CLIENT).state());
  }

  @Test
  public void autoApprove_afterTwoPolls_approvesTheThird() {
    codes.autoApprove(2, "reader@contoso.onmicrosoft.com");
    DeviceCodes.DeviceCode code = codes.create(CLIENT, null, "scope");

    List<DeviceCodes.PollState> states = List.of(codes.poll(code.deviceCode(), CLIENT).state(),
        codes.poll(code.deviceCode(), CLIENT).state(), codes.poll(code.deviceCode(), CLIENT).state());

    assertEquals(List.of(DeviceCodes.PollState.PENDING, DeviceCodes.PollState.PENDING,
        DeviceCodes.PollState.APPROVED), states);
  }

  @Test
  public void autoApprove_zero_approvesTheFirstPoll() {
    codes.autoApprove(0, "reader@contoso.onmicrosoft.com");

    assertEquals(DeviceCodes.PollState.APPROVED,
        codes.poll(codes.create(CLIENT, null, "scope").deviceCode(), CLIENT).state());
  }

  @Test
  public void poll_byAnotherClient_readsAsUnknownAndLeavesTheCode() {
    DeviceCodes.DeviceCode code = codes.create(CLIENT, null, "scope");

    assertEquals(DeviceCodes.PollState.UNKNOWN, codes.poll(code.deviceCode(), "other-client").state());
    assertEquals(List.of(code.userCode()), codes.pendingCodes().stream().map(DeviceCodes.DeviceCode::userCode)
        .toList());
  }

  @Test
  public void approve_unknownUserCode_namesThePendingCodes() {
    DeviceCodes.DeviceCode code = codes.create(CLIENT, null, "scope");

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> codes.approve("WRONGCODE", "admin@contoso.onmicrosoft.com"));

    assertTrue(error.getMessage(), error.getMessage().contains(code.userCode()));
  }

  @Test
  public void toString_showsTheUserCodeButNotTheDeviceCode() {
    DeviceCodes.DeviceCode code = codes.create(CLIENT, null, "scope");

    assertTrue(code.toString().contains(code.userCode()));
    assertTrue(!code.toString().contains(code.deviceCode()));
  }
}
