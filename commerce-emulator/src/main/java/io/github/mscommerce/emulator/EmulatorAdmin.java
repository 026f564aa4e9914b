package io.github.mscommerce.emulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Test and demo controls of a running emulator. <strong>Not part of the real service.</strong> The same operations are
 * served over HTTP under {@code /_emulator} (see the module README). Every method is thread-safe. Invalid arguments
 * throw {@link IllegalArgumentException} with a message that says what to change.
 */
public interface EmulatorAdmin {

  /**
   * Back to the start-up state (the same demo secrets). Clears faults, the journal, the token lifetime, released
   * products, refresh tokens and device codes, and forgets every access token issued so far: those are rejected with
   * 401 afterwards, as after {@link #expireIssuedTokens()}.
   */
  void reset();

  /** Replaces tenants, apps and users with {@code json} (state-file format). Clears the journal and faults. */
  void loadState(String json);

  /** The current state in the state-file format, without secrets and passwords. */
  String dumpState();

  /** Adds a product to the catalogue; it is {@code Enabled} in every tenant, including tenants loaded later. */
  void releaseProduct(String productId, String productName);

  /** @return {@code Enabled}, {@code Disabled} or {@code OnlyTrialsWithoutPaymentMethod} */
  String productValue(String tenantId, String productId);

  void setProductValue(String tenantId, String productId, String value);

  String offerTypeValue(String tenantId, String offerType);

  void setOfferTypeValue(String tenantId, String offerType, String value);

  void registerApp(String tenantId, AppRegistration app);

  /**
   * Makes the tenant refuse the app as a tenant does where the app was never consented: token requests fail with
   * {@code unauthorized_client} AADSTS700016 ("Application … was not found in the directory"), HTTP 400. Tokens
   * issued before stay valid until they expire ({@link #expireIssuedTokens()} ends them at once).
   *
   * @param tenant a tenant id or domain
   * @throws IllegalArgumentException (404 over HTTP) when the tenant or the app there is unknown
   */
  void unregisterApp(String tenant, String clientId);

  /**
   * Keeps the app registered in the tenant but takes away its roles of the policy service: its new tokens carry no
   * {@code roles}, and the policy API answers them 403.
   *
   * @param tenant a tenant id or domain
   */
  void revokeAppRoles(String tenant, String clientId);

  /**
   * Replaces the generated tenants (none at first unless {@code EmulatorOptions.tenants(n)}) with {@code tenants}'
   * ones; a count of 0 removes them. Other tenants keep their state. {@link #reset()} returns to the start-up ones.
   *
   * @throws IllegalArgumentException when a generated id or domain is taken or the catalogue is too small
   */
  void generateTenants(GeneratedTenants tenants);

  /** Every tenant, state-document tenants first, then the generated ones, with their current values. */
  List<TenantInfo> tenants();

  /**
   * @param tenant a tenant id or domain
   * @throws IllegalArgumentException when there is no such tenant
   */
  TenantInfo tenant(String tenant);

  void registerUser(String tenantId, UserAccount user);

  void injectFault(Fault fault);

  /**
   * Turns on random faults, replacing any installed before: from now on each request they cover gets the fault
   * {@link RandomFaults#kindFor} names for its item and attempt. Attempts count from 1 in run 0 until
   * {@link #startRandomFaultRun(long)}. {@link #clearFaults()} turns them off.
   */
  void injectRandomFaults(RandomFaults faults);

  /**
   * Starts run {@code run} of the random faults: the run number enters every decision, and attempts count from 1
   * again. Call it at the start of each run of a soak test (and print the seed and run with its results).
   *
   * @throws IllegalStateException when no random faults are installed
   */
  void startRandomFaultRun(long run);

  /** Removes every scripted fault, pending steps included, and turns random faults off. */
  void clearFaults();

  /** The {@code expires_in} of tokens issued from now on (default 3599 s); at least one second. */
  void setTokenLifetime(Duration lifetime);

  /** Every access token issued so far is rejected as expired (401) by the policy API from now on. */
  void expireIssuedTokens();

  /** Signs the user in on the pending device code {@code userCode}; the next poll receives tokens. */
  void approveDeviceCode(String userCode, String username);

  /**
   * Makes the pending device code {@code userCode} expire now, so the next poll gets {@code expired_token}
   * (AADSTS70020): the way to end an unapproved device code flow without waiting for its lifetime.
   */
  void expireDeviceCode(String userCode);

  /** Approves every device code as {@code username} once it has been polled {@code afterPolls} times while pending. */
  void autoApproveDeviceCodes(int afterPolls, String username);

  /** User codes of the device codes that wait for approval, oldest first. */
  List<String> pendingDeviceCodes();

  /**
   * An assertion from the emulator's external OIDC issuer ({@code demo().federationIssuer()}), for the workload
   * identity federation flow. A negative lifetime makes it already expired.
   */
  String mintFederatedToken(String subject, String audience, Duration lifetime);

  /**
   * The value of every access token and refresh token issued since start-up or the last {@link #reset()} (the last
   * 10,000 of each kind), access tokens first: the canaries a test plants to prove that no log, report or file of the
   * client under test holds a token. Read-only; not served over HTTP, since a caller of the HTTP admin API holds the
   * tokens it asked for anyway.
   */
  List<String> issuedTokens();

  List<JournalEntry> journal();

  /** Requests per {@code "METHOD /route/template"}, e.g. {@code "GET /v1.0/policies/{policyId}/products"}. */
  Map<String, Integer> journalCounts();

  /**
   * Faults fired since the journal was last cleared, per {@link JournalEntry#fault() label}, e.g.
   * {@code {"drop":2,"status-503":5}}; scripted and random faults alike.
   */
  Map<String, Integer> faultCounts();

  /** Requests so far with this method and route template (0 when none). */
  int count(String method, String routeTemplate);

  void clearJournal();
}
