package io.github.mscommerce.emulator.tokens;

import io.github.mscommerce.emulator.crypto.RandomSecrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Pending device code sign-ins (RFC 8628): created by the devicecode endpoint, approved by an admin (or automatically
 * after some polls), and redeemed once by the token endpoint. Thread-safe.
 */
public final class DeviceCodes {

  /** Entra's device codes live for 15 minutes. */
  public static final Duration LIFETIME = Duration.ofMinutes(15);
  public static final int POLL_INTERVAL_SECONDS = 1;

  private final Clock clock;
  private final Map<String, DeviceCode> byDeviceCode = new LinkedHashMap<>();
  private AutoApproval autoApproval;

  public DeviceCodes(Clock clock) {
    this.clock = clock;
  }

  /** @param tenantId the tenant of the authority, or null for {@code common}/{@code organizations} */
  public synchronized DeviceCode create(String clientId, String tenantId, String scope) {
    DeviceCode code = new DeviceCode(RandomSecrets.userCode(), RandomSecrets.opaqueToken(48), clientId, tenantId,
        scope, clock.instant().plus(LIFETIME));
    byDeviceCode.put(code.deviceCode, code);
    return code;
  }

  /**
   * One poll of the token endpoint; counts towards auto-approval while the code is pending. A code polled by another
   * client than the one it was issued to reads as unknown and stays untouched.
   */
  public synchronized Poll poll(String deviceCode, String clientId) {
    DeviceCode code = deviceCode == null ? null : byDeviceCode.get(deviceCode);
    if (code == null || !code.clientId.equalsIgnoreCase(clientId)) {
      return new Poll(PollState.UNKNOWN, null);
    }
    if (!clock.instant().isBefore(code.expiresAt)) {
      return new Poll(PollState.EXPIRED, code);
    }
    if (code.approvedBy == null && autoApproval != null && code.pendingPolls >= autoApproval.afterPolls()) {
      code.approvedBy = autoApproval.username();
    }
    if (code.approvedBy == null) {
      code.pendingPolls++;
      return new Poll(PollState.PENDING, code);
    }
    byDeviceCode.remove(deviceCode);
    return new Poll(PollState.APPROVED, code);
  }

  /** @throws IllegalArgumentException when no pending code has this user code */
  public synchronized DeviceCode approve(String userCode, String username) {
    DeviceCode code = pending(userCode);
    code.approvedBy = username;
    return code;
  }

  /** @throws IllegalArgumentException when no pending code has this user code */
  public synchronized void expire(String userCode) {
    pending(userCode).expiresAt = clock.instant();
  }

  public synchronized void autoApprove(int afterPolls, String username) {
    if (afterPolls < 0) {
      throw new IllegalArgumentException("afterPolls must be 0 (approve on the first poll) or more, got " + afterPolls);
    }
    autoApproval = new AutoApproval(afterPolls, username);
  }

  /** Codes waiting for approval and not expired, oldest first. */
  public synchronized List<DeviceCode> pendingCodes() {
    Instant now = clock.instant();
    List<DeviceCode> pending = new ArrayList<>();
    for (DeviceCode code : byDeviceCode.values()) {
      if (code.approvedBy == null && now.isBefore(code.expiresAt)) {
        pending.add(code);
      }
    }
    pending.sort(Comparator.comparing(code -> code.expiresAt));
    return pending;
  }

  /** @return the pending code with this user code (case-insensitive: users retype them) */
  public synchronized Optional<DeviceCode> findPending(String userCode) {
    return pendingCodes().stream()
        .filter(code -> code.userCode.equals(userCode.trim().toUpperCase(Locale.ROOT))).findFirst();
  }

  public synchronized void clear() {
    byDeviceCode.clear();
    autoApproval = null;
  }

  private DeviceCode pending(String userCode) {
    return findPending(userCode).orElseThrow(() -> new IllegalArgumentException("No pending device code has the user "
        + "code '" + userCode + "'; it may be mistyped, expired or already used (pending: "
        + pendingCodes().stream().map(DeviceCode::userCode).toList() + ")"));
  }

  private record AutoApproval(int afterPolls, String username) {}

  /** Outcome of one poll. */
  public enum PollState { UNKNOWN, PENDING, EXPIRED, APPROVED }

  /** A poll's state and the code it concerned (null when unknown). */
  public record Poll(PollState state, DeviceCode code) {}

  /** One device code sign-in. Mutable only under the store's lock. */
  public static final class DeviceCode {
    private final String userCode;
    private final String deviceCode;
    private final String clientId;
    private final String tenantId;
    private final String scope;
    private Instant expiresAt;
    private int pendingPolls;
    private volatile String approvedBy;

    private DeviceCode(String userCode, String deviceCode, String clientId, String tenantId, String scope,
                       Instant expiresAt) {
      this.userCode = userCode;
      this.deviceCode = deviceCode;
      this.clientId = clientId;
      this.tenantId = tenantId;
      this.scope = scope;
      this.expiresAt = expiresAt;
    }

    public String userCode() {
      return userCode;
    }

    public String deviceCode() {
      return deviceCode;
    }

    public String clientId() {
      return clientId;
    }

    /** @return the authority's tenant, or null when the flow started at {@code common}/{@code organizations} */
    public String tenantId() {
      return tenantId;
    }

    public String scope() {
      return scope;
    }

    public String approvedBy() {
      return approvedBy;
    }

    /** The device code is a credential: only the user code is shown. */
    @Override
    public String toString() {
      return "DeviceCode[userCode=" + userCode + ", clientId=" + clientId + "]";
    }
  }
}
