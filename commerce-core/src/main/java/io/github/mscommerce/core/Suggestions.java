package io.github.mscommerce.core;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every "what failed, and what to do" sentence of the library, in one place, so tests compare with the same method instead
 * of repeating text. A front end passes its own setting names through {@link Terms}, so a Maven user reads
 * {@code commerce.tenantId} where a Jenkins user reads the credentials id.
 */
public class Suggestions {

  /**
   * How the front end names what a suggestion points at: its settings, the place credentials come from, and the goal
   * that lists the products.
   */
  public record Terms(String credentials, String tenantId, String endpoint, String trustCertificate, String timeout,
      String retries, String listProducts, String reportDirectory) {

    public Terms {
      Objects.requireNonNull(credentials, "credentials");
      Objects.requireNonNull(tenantId, "tenantId");
      Objects.requireNonNull(endpoint, "endpoint");
      Objects.requireNonNull(trustCertificate, "trustCertificate");
      Objects.requireNonNull(timeout, "timeout");
      Objects.requireNonNull(retries, "retries");
      Objects.requireNonNull(listProducts, "listProducts");
      Objects.requireNonNull(reportDirectory, "reportDirectory");
    }

    /** Plain words, for library users who configure the builders directly. */
    public static Terms generic() {
      return new Terms("the client credentials", "the tenant id", "the service endpoint", "the trust certificate",
          "the timeout", "the retry count", "the products goal or step", "the report directory");
    }
  }

  public static final String ROLE_READ = "Policy.Read.AllowSelfServicePurchase";
  public static final String ROLE_READ_WRITE = "Policy.ReadWrite.AllowSelfServicePurchase";

  /** README anchors of the Troubleshooting sections that messages point to; a test checks that each exists. */
  public static final String ANCHOR_SIGN_IN = "authentication-failed-401";
  public static final String ANCHOR_PERMISSION = "permission-denied-403";
  public static final String ANCHOR_NOT_FOUND = "not-found-404";
  public static final String ANCHOR_TLS = "tls-handshake-failed";
  public static final String ANCHOR_RETRIES = "timeouts-and-retries";
  public static final String ANCHOR_SETTINGS = "settings-and-files";
  public static final String ANCHOR_CANCELLED = "cancelled-runs";
  public static final String ANCHOR_REPORTS = "reports-and-restore-files";
  public static final String ANCHOR_PROXY = "proxies";

  private final Terms terms;

  /** "See README.md#not-found-404.": where the Troubleshooting section on this says more. */
  public static String see(String anchor) {
    return "See README.md#" + anchor + ".";
  }

  public Terms terms() {
    return terms;
  }

  public Suggestions(Terms terms) {
    this.terms = Objects.requireNonNull(terms, "terms");
  }

  public static Suggestions generic() {
    return new Suggestions(Terms.generic());
  }

  /** Entra ID refused to issue a token. {@code serviceSays} is Entra's own description, e.g. "AADSTS7000215: …". */
  public String tokenRefused(String credentialDescription, String serviceSays) {
    return "Entra ID refused a token for " + credentialDescription + ": " + serviceSays
        + ". Check " + terms.credentials() + " and " + terms.tenantId()
        + " (a secret may have expired or been rotated). " + see(ANCHOR_SIGN_IN);
  }

  /**
   * The environment holds no complete set of Azure variables. {@code whatIsThere} says which are set and which missing:
   * "AZURE_TENANT_ID is set, AZURE_CLIENT_ID is missing, and none of … is set".
   */
  public String environmentIncomplete(String whatIsThere) {
    return "No credentials in the environment: " + whatIsThere + ". Set AZURE_TENANT_ID, AZURE_CLIENT_ID and one of "
        + "AZURE_CLIENT_SECRET, AZURE_CLIENT_CERTIFICATE_PATH (with AZURE_CLIENT_CERTIFICATE_PASSWORD if it has one) or "
        + "AZURE_FEDERATED_TOKEN_FILE, or configure " + terms.credentials() + " explicitly. " + see(ANCHOR_SIGN_IN);
  }

  /** Nobody completed the device code sign-in before the code expired. */
  public String deviceCodeExpired(String credentialDescription) {
    return "Nobody completed the " + credentialDescription + " before the code expired. Run again and enter the code "
        + "shown at the address shown, within its lifetime (usually 15 minutes). " + see(ANCHOR_SIGN_IN);
  }

  /** Logged once when the username/password (ROPC) flow is configured. */
  public String passwordFlowIsLegacy(String credentialDescription) {
    return "Signing in with a username and password (" + credentialDescription + ") is a legacy flow: it fails for "
        + "accounts with multi-factor authentication or conditional access, and Microsoft is retiring it. Prefer device "
        + "code sign-in, or an app registration with " + terms.credentials() + ".";
  }

  /** MSAL could not get a token for a reason that is neither a refusal by Entra ID nor a network failure. */
  public String tokenRequestFailed(String credentialDescription, String detail) {
    return "Could not get a token for " + credentialDescription + ": " + detail + ". Check " + terms.credentials()
        + ". " + see(ANCHOR_SIGN_IN);
  }

  /** The policy service answered 401 to a token we had. */
  public String tokenRejected(String operation, String serviceSays, boolean canRefresh) {
    return operation + " was refused: the access token was not accepted (" + serviceSays + "). "
        + (canRefresh
            ? "A fresh token was refused too: check that " + terms.tenantId() + " is the tenant that holds the policy."
            : "The supplied access token may have expired: get a new one for the resource "
                + "aeb86249-8ea3-49e2-900b-54cc8e308f85.")
        + " " + see(ANCHOR_SIGN_IN);
  }

  /** 403: the caller lacks the role for a read or a write. */
  public String permissionDenied(String operation, boolean write, String serviceSays) {
    String needs = write
        ? "writes need the Global Administrator or Billing Administrator role (user), or the app role " + ROLE_READ_WRITE
        : "reads need the Global Reader, Global Administrator or Billing Administrator role (user), or the app role "
            + ROLE_READ + " or " + ROLE_READ_WRITE;
    return operation + " was refused: " + serviceSays.replaceAll("\\.+$", "") + ". The signed-in identity lacks a role: "
        + needs
        + ", granted with admin consent in the tenant. " + see(ANCHOR_PERMISSION);
  }

  /** 404 (or an id the selection does not know), with the closest known ids. */
  public String unknownItem(ItemKind kind, String id, List<String> closestIds) {
    if (kind == ItemKind.PRODUCT) {
      Optional<LegacyProductIds.Replacement> replaced = LegacyProductIds.replacementOf(id);
      if (replaced.isPresent()) {
        return replacedProductId(replaced.get());
      }
    }
    // The id itself is no suggestion, whatever its casing: the service has just said it does not know it.
    closestIds = closestIds.stream().filter(closest -> !closest.equalsIgnoreCase(id)).collect(Collectors.toList());
    String message = "No " + kind.label() + " '" + id + "' in this tenant's " + Policy.ALLOW_SELF_SERVICE_PURCHASE
        + " policy.";
    if (closestIds.isEmpty()) {
      return message + " List the known ids with " + terms.listProducts() + ". " + see(ANCHOR_NOT_FOUND);
    }
    return message + " Did you mean " + String.join(", ", closestIds) + "? " + see(ANCHOR_NOT_FOUND);
  }

  /** An id Microsoft replaced, which this tenant no longer lists. */
  public String replacedProductId(LegacyProductIds.Replacement replaced) {
    return replaced.oldId() + " was replaced by " + replaced.newId() + " (" + replaced.productName() + ") in "
        + replaced.year() + ": use " + replaced.newId() + ". " + see(ANCHOR_NOT_FOUND);
  }

  /** A product-name pattern of a selection that matches no product, with the closest product names. */
  public String unmatchedNamePattern(String pattern, List<String> closestNames) {
    String message = "No product name matches '" + pattern + "' (patterns match the whole name, ignoring case; * stands "
        + "for any text, ? for one character).";
    if (closestNames.isEmpty()) {
      return message + " List the product names with " + terms.listProducts() + ".";
    }
    return message + " Did you mean " + String.join(", ", closestNames) + "?";
  }

  /** A selection that names nothing. */
  public String emptySelection() {
    return "Nothing is selected: set product ids (such as CFQ7TTC0LH2H), product name patterns (such as 'Power BI*'), "
        + "all products, or offer types (such as SaaS).";
  }

  /** The service rejects OnlyTrialsWithoutPaymentMethod for third-party offer types. */
  public String trialsOnlyForOfferType(String offerType) {
    return "Offer type '" + offerType + "' cannot be " + PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD
        + ": offer types take only Enabled or Disabled.";
  }

  /** A desired state written for another policy than the one the client acts on. */
  public String policyIdMismatch(String desiredPolicyId, String clientPolicyId) {
    return "The desired state is for policy '" + desiredPolicyId + "' but the client acts on '" + clientPolicyId
        + "': set \"policyId\" to \"" + clientPolicyId + "\" or leave it out.";
  }

  /** Apply refuses a plan with invalid items before sending anything. */
  public String planHasInvalidItems(List<String> problems) {
    return "Nothing was applied: the plan has " + problems.size()
        + (problems.size() == 1 ? " invalid item" : " invalid items") + ". " + String.join(" ", problems)
        + " Correct the desired state or selection and run again.";
  }

  public String concurrencyOutOfRange(int concurrency, int max, int defaultValue) {
    return "Concurrency " + concurrency + " is out of range: use 1 to " + max + " parallel updates (default "
        + defaultValue + ").";
  }

  /** A gate without rules would pass anything. */
  public String noGateRules() {
    return "No rules are configured, so the gate would pass anything: add a rule (such as forbidding Enabled), or leave "
        + "the rules unset to use the default rule 'no product may be Enabled'.";
  }

  public String unknownPolicy(String policyId) {
    return "No policy '" + policyId + "': the service knows " + Policy.ALLOW_SELF_SERVICE_PURCHASE
        + ". Leave the policy id unset to use it.";
  }

  public String tlsHandshakeFailed(URI endpoint, String detail) {
    return "The TLS handshake with " + endpoint.getHost() + " failed (" + detail + "). The service requires TLS 1.2 or "
        + "newer; if a proxy inspects TLS, or this is the emulator, add its CA certificate with "
        + terms.trustCertificate() + ". " + see(ANCHOR_TLS);
  }

  public String timedOut(String operation, Duration timeout) {
    return operation + " timed out after " + seconds(timeout) + ". Check the network or proxy, or raise "
        + terms.timeout() + ". " + see(ANCHOR_RETRIES);
  }

  public String connectFailed(URI endpoint, String detail) {
    return "Could not connect to " + endpoint.getHost() + (endpoint.getPort() > 0 ? ":" + endpoint.getPort() : "")
        + " (" + detail + "). Check " + terms.endpoint() + " and the proxy settings. " + see(ANCHOR_RETRIES);
  }

  public String retriesExhausted(String operation, int attempts, String lastOutcome) {
    return operation + " failed after " + attempts + (attempts == 1 ? " attempt" : " attempts") + "; the last one got "
        + lastOutcome + ". The service is throttling or unavailable: try again later, or raise " + terms.retries()
        + ". " + see(ANCHOR_RETRIES);
  }

  public String unreadableResponse(String operation, String detail) {
    return operation + " got an answer this client cannot read (" + detail + "). If " + terms.endpoint()
        + " points at a proxy or a different service, correct it.";
  }

  /** An update whose thread was interrupted after the request went out. */
  public String abandonedUpdate(ItemKind kind, String id, PolicyValue wanted) {
    return "Setting " + kind.label() + " '" + id + "' to " + wanted + " was abandoned when the run was cancelled; it may "
        + "or may not have been applied: read it again to see.";
  }

  public String updateDidNotFinish(ItemKind kind, String id, PolicyValue wanted) {
    return "Setting " + kind.label() + " '" + id + "' to " + wanted + " did not finish; read its value again to see "
        + "whether it changed.";
  }

  public String updateFailedUnexpectedly(ItemKind kind, String id, PolicyValue wanted, String detail) {
    return "Setting " + kind.label() + " '" + id + "' to " + wanted + " failed unexpectedly: " + detail;
  }

  /** The service's answer to a PUT names another value than the one sent. */
  public String answeredOtherValue(String itemLabel, PolicyValue answered, PolicyValue wanted) {
    return itemLabel + ": the service answered " + answered + " to a request for " + wanted + ".";
  }

  /** An item whose request was in flight when the run was cancelled. */
  public String outcomeUnknown(PolicyValue wanted) {
    return "sent, outcome unknown: the run was cancelled before the service answered the request for " + wanted
        + ". Read the item again to see its value.";
  }

  /** The summary line of a cancelled run. */
  public String runCancelled(int notSent) {
    return "Cancelled: " + notSent + (notSent == 1 ? " change was" : " changes were")
        + " not attempted; nothing more is sent.";
  }

  public String stoppedAfterSystemicFailure(String status, int notAttempted) {
    return "Stopped after " + status + ": every further request would fail alike. " + notAttempted
        + (notAttempted == 1 ? " change was" : " changes were") + " not attempted.";
  }

  public String unknownListingScope(String setting, String scope) {
    return setting + ": '" + scope + "' is not a scope: use product (the default) or OfferType.";
  }

  public String nameExactlyOneItem(String productIdSetting, String offerTypeSetting, boolean both) {
    return "Name exactly one item: set " + productIdSetting + " (such as CFQ7TTC0LH2H) or " + offerTypeSetting
        + " (such as SaaS)" + (both ? ", not both." : ".");
  }

  /** {@code all=true} with ids or name patterns: the user meant one of them, and guessing could change every product. */
  public String conflictingSelectors(String allSetting, String otherSetting) {
    return allSetting + "=true selects every product, so " + otherSetting + " would add nothing: keep "
        + otherSetting + " to act on those products only, or keep " + allSetting + "=true (and unset "
        + otherSetting + ") to act on every product.";
  }

  public String selectWhatToChange(String productIds, String productNames, String offerTypes, String all) {
    return "Select what to change: set " + productIds + " (ids such as CFQ7TTC0LH2H), " + productNames
        + " (patterns such as 'Power BI*'), " + offerTypes + " (such as SaaS), or " + all + "=true.";
  }

  public String sayWhichValue(String valueSetting, String enabledSetting, boolean both) {
    return "Say which value to set: " + valueSetting + " (" + PolicyValue.allowedValues() + ") or " + enabledSetting
        + " (true/false)" + (both ? ", not both." : ".");
  }

  public String outputLeavesDirectory(String setting, String path, String example) {
    return setting + ": '" + path + "' is not a file path inside the project: give a relative path of plain names "
        + "(letters, digits, '.', '_', '-'; no ..), such as " + example + ".";
  }

  /** After a change: the way back. */
  public String restoreWith(String beforeFile) {
    return "The previous values are in " + beforeFile + "; apply that file to restore them.";
  }

  public String restoreChangedWith(String beforeFile) {
    return "Apply " + beforeFile + " to restore the values changed. " + see(ANCHOR_REPORTS);
  }

  /** The before-state could not be written, so nothing was sent. */
  public String beforeStateNotWritten(String fileName, String reason) {
    return "Nothing was changed: the before-state " + fileName + " (the way back) could not be written (" + reason
        + "). Check " + terms.reportDirectory() + " and the disk. " + see(ANCHOR_REPORTS);
  }

  public String reportDirectoryUnusable(String setting, String reason) {
    return setting + ": the report directory cannot be written (" + reason + "); nothing was sent. Choose a "
        + "writable directory. " + see(ANCHOR_REPORTS);
  }

  /** The task ran (and may have changed the tenant), but its reports could not be written. */
  public String reportsNotWritten(String fileName, String reason, String setting, String outcome) {
    return "Could not write " + fileName + " (" + reason + "). Check " + setting + " and the disk. What the run did: "
        + outcome + " " + see(ANCHOR_REPORTS);
  }

  public String cancelledAfterChanges(String outcome) {
    return outcome + " The log and the report list each item: changed, cancelled (not sent), or sent with outcome "
        + "unknown. " + see(ANCHOR_CANCELLED);
  }

  public String cancelledBeforeChanges() {
    return "Cancelled before any change was sent. " + see(ANCHOR_CANCELLED);
  }

  /** A gate rule made without values, such as {@code commerce.forbid=,}. */
  public String ruleNeedsValues(String rule, String purpose) {
    return "A rule " + rule + " needs at least one value " + purpose + ": name one or more of "
        + PolicyValue.allowedValues() + ", separated by commas.";
  }

  public String requireValueNeedsIds(PolicyValue value) {
    return "A rule requiring a value needs at least one product id, such as CFQ7TTC0MM8R: list the products that must "
        + "be " + (value == null ? "Disabled" : value) + ".";
  }

  public String requireValueNeedsValue(java.util.Collection<String> ids) {
    return "A rule requiring a value for " + String.join(", ", ids) + " needs the value: use "
        + PolicyValue.allowedValues() + ".";
  }

  /**
   * Logged once per JVM when the front end has credentials for the proxy: they are never handed to this library, and
   * Java turns off Basic authentication for HTTPS tunnels by default.
   */
  public String proxyCredentialsNotUsed(String proxy) {
    return "The proxy " + proxy + " has a user name and password configured, but they are not used: Java turns off "
        + "Basic authentication for HTTPS tunnels through a proxy (jdk.http.auth.tunneling.disabledSchemes), a setting "
        + "of the whole JVM that is left as it is, and a proxy login cannot be combined with the bearer token each "
        + "request carries. If requests fail with HTTP 407, let the proxy pass the Entra ID and policy service hosts "
        + "without authentication. " + see(ANCHOR_PROXY);
  }

  // Reliability: retries, unknown outcomes, transport limits, tokens given as settings.

  /** Every attempt went unanswered at least once (timeouts, lost responses): the network or the timeout is the fix. */
  public String retriesExhaustedWithoutAnswer(String operation, int attempts, String lastOutcome) {
    return operation + " failed after " + attempts + (attempts == 1 ? " attempt" : " attempts") + "; the last one got "
        + lastOutcome + ". No answer came back: check the network and the proxy, or raise "
        + terms.timeout() + " or " + terms.retries() + ". " + see(ANCHOR_RETRIES);
  }

  /** A server asked, with Retry-After, for a longer wait than the call's time budget has left. */
  public String retryAfterCapped(String operation, Duration asked, Duration waited) {
    return operation + ": the service asked to wait " + seconds(asked) + " (Retry-After) before trying again; waiting "
        + seconds(waited) + " instead (what is left of the time one request may take, retries included), then trying "
        + "once more.";
  }

  /** An answer far larger than any the service gives, refused before it was read whole. */
  public String responseTooLarge(String operation, long limitBytes) {
    String limit = limitBytes % 1024 == 0 ? limitBytes / 1024 + " KiB" : limitBytes + " bytes";
    return operation + " got an answer larger than " + limit + ", which the service never sends; it "
        + "was not read. If " + terms.endpoint() + " points at a proxy or a different service, correct it.";
  }

  /** The service (or something in front of it) redirected; the bearer token must not follow. */
  public String redirectRefused(String operation, int status, String location) {
    return operation + " was redirected (HTTP " + status + ") to " + (location.isBlank() ? "another address"
        : location) + "; redirects are not followed, since the access token would go with them. Check "
        + terms.endpoint() + ": it should be the service's host root, such as https://licensing.m365.microsoft.com.";
  }

  /** The reason to show when the answer is a proxy's or gateway's HTML page. */
  public String htmlErrorPage() {
    return "an HTML error page, not the service's JSON: a proxy or gateway in between answered";
  }

  /** An update whose answer never came, or could not be read; the item is read back to learn what happened. */
  public String updateOutcomeUnknown(ItemKind kind, String id, PolicyValue wanted, String reason) {
    return "Setting " + kind.label() + " '" + id + "' to " + wanted + " got no readable answer (" + reason
        + "); the service may or may not have applied it.";
  }

  /** Reading back after an unknown outcome showed the wanted value. */
  public String confirmedByReadingBack(String reason) {
    return "confirmed by reading it back (" + reason + ")";
  }

  /** Reading back after an unknown outcome showed the old value: the update did not happen. */
  public String notChangedByReadingBack(PolicyValue wanted, PolicyValue held, String reason) {
    return "not set to " + wanted + ": " + reason + "; reading it back shows " + held + ", so it was not changed.";
  }

  /** An item whose update got no readable answer, and whose read-back failed too. */
  public String outcomeStillUnknown(PolicyValue wanted, String reason, String readBackFailure) {
    return "sent, outcome unknown: the request for " + wanted + " got no readable answer (" + reason
        + ") and reading it back failed too (" + readBackFailure + "). Read the item again to see its value.";
  }

  /** The service's answer to a PUT names another value; the read-back decides. */
  public String answeredOtherValueThenHeld(PolicyValue answered, PolicyValue wanted, PolicyValue held) {
    return "not set to " + wanted + ": the service answered " + answered + " to the request, and reading it back "
        + "shows " + held + ".";
  }

  /**
   * After changes: the report shows what this run set and when it read the tenant; another run, or an administrator,
   * may have changed the tenant meanwhile or since.
   */
  public String othersMayHaveChanged() {
    return "The values above are what this run set, planned from a listing read before its changes; another run or an "
        + "administrator may have changed the tenant since. Read it again with " + terms.listProducts()
        + " to see its current values.";
  }

  /** A caller-supplied token whose expiry has passed: refused before any request. */
  public String accessTokenExpired(String origin, java.time.Instant expiredAt) {
    return "The access token from " + origin + " expired at " + expiredAt + ": get a new one for the resource "
        + "aeb86249-8ea3-49e2-900b-54cc8e308f85 (for example with az account get-access-token --resource "
        + "aeb86249-8ea3-49e2-900b-54cc8e308f85) and run again. " + see(ANCHOR_SIGN_IN);
  }

  /** A caller-supplied token issued for another tenant than the one configured: refused before any request. */
  public String accessTokenForOtherTenant(String origin, String tokenTenant, String tenantSetting, String tenant) {
    return "The access token from " + origin + " is for tenant " + tokenTenant + ", but " + tenantSetting + " is "
        + tenant + ": get a token for " + tenant + ", or correct " + tenantSetting + ". " + see(ANCHOR_SIGN_IN);
  }

  /** A caller-supplied token that is not a token at all (not a JWT, not an opaque token of token characters). */
  public String accessTokenNotAToken(String origin) {
    return "The access token from " + origin + " is not an access token: give the token alone, as az account "
        + "get-access-token prints it (three dot-separated parts starting with eyJ). " + see(ANCHOR_SIGN_IN);
  }

  /** "1.5 s", "30 s": a duration in messages, milliseconds kept when there are any. */
  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  // Runs over many tenants (commerce.tenants)

  public static final String ANCHOR_TENANTS = "thousands-of-tenants";

  public String noTenantListed(String setting) {
    return setting + " names no tenant: give tenant GUIDs or domains such as contoso.onmicrosoft.com, separated by "
        + "commas, or @file for a file with one tenant a line. " + see(ANCHOR_TENANTS);
  }

  public String tenantFileNotNamed(String setting) {
    return setting + ": '@' names no file: write @ and the file's path, such as @tenants.txt.";
  }

  public String tenantFileEmpty(String file) {
    return file + " lists no tenant, only comments and blank lines: write one tenant GUID or domain a line.";
  }

  /** {@code where} is the file and line. */
  public String oneTenantALine(String where, String line) {
    return where + ": '" + line + "' is more than one word: write one tenant GUID or domain a line ('#' starts a "
        + "comment).";
  }

  /** @param firstSource where the first spelling is listed, when it is in a file */
  public String tenantListedTwice(String tenant, Optional<String> firstSource) {
    return "'" + tenant + "' is listed twice" + firstSource.map(first -> " (first at " + first + ")").orElse("")
        + ": list each tenant once.";
  }

  /** A domain's sign-in showed that it is a tenant listed before under its GUID (or another domain). */
  public String sameTenantListedTwice(String source, String tenant, String tenantGuid, String firstSource,
      String firstTenant) {
    return source + ": " + tenant + " is the tenant " + tenantGuid + ", which " + firstSource + " lists already as "
        + firstTenant + ": list each tenant once. Nothing was sent to it under this name.";
  }

  public String tenantIdAndTenants(String tenantIdSetting, String tenantsSetting) {
    return tenantIdSetting + " and " + tenantsSetting + " are both set: keep " + tenantsSetting + " to run every "
        + "tenant it lists (add the tenant of " + tenantIdSetting + " to the list if it is one of them), or keep "
        + tenantIdSetting + " alone to run that one tenant. " + see(ANCHOR_TENANTS);
  }

  /** The tenant that came with the credential or the environment does not limit a run over a list. */
  public String tenantsOverrideHomeTenant(String tenantsSetting, String homeTenant, String from, int count) {
    return tenantsSetting + " overrides the tenant " + homeTenant + " of " + from + ": signing in to each of the "
        + count + " tenants listed instead.";
  }

  public String tenantsNeedAnApp(String tenantsSetting, String mode, String tenantIdSetting) {
    return tenantsSetting + " signs in to each tenant it lists, which the sign-in mode " + mode + " cannot: it has "
        + "the tokens of one tenant only. Use an app registration's client secret, certificate or federated token (a "
        + "multi-tenant app, or a partner's app with access to each tenant), or run one tenant with " + tenantIdSetting
        + ". " + see(ANCHOR_TENANTS);
  }

  /** A desired state's exceptions for a tenant the run did not cover. */
  public String exceptionsForNoTenantOfTheRun(String location, String tenant) {
    return location + ": the exceptions for tenant " + tenant + " applied to no tenant of this run: check the name "
        + "(a domain matches only where the run lists the same domain; a GUID also where a listed domain signs in to "
        + "it), or remove them.";
  }

  public String tenantNothingChanged() {
    return "Nothing was changed there.";
  }

  public String restoreTenantWith(String beforeFile, String tenantIdSetting, String tenant) {
    return "Apply " + beforeFile + " with " + tenantIdSetting + "=" + tenant + " to restore the values changed there. "
        + see(ANCHOR_REPORTS);
  }

  /** {@code counts} such as "1 ok, 1 violations, 1 failed". */
  public String tenantsNotAllOk(String goal, int notOk, int tenants, String counts) {
    return goal + " did not succeed in " + notOk + " of " + tenants + " tenants (" + counts + "):";
  }

  public String tenantsCancelled(int finished, int running, int notStarted) {
    return "Cancelled: " + finished + " tenants finished, " + running + " were stopped while running, " + notStarted
        + " never started.";
  }

  public String tenantNotStarted() {
    return "not started: the run was cancelled first";
  }

  public String tenantStillRunning() {
    return "still running when the run was cancelled: see the log for what was sent";
  }

  public String tenantFailedUnexpectedly(String detail) {
    return "failed unexpectedly (" + detail + "); the other tenants were not affected. Please report this.";
  }

  /** After a run over many tenants that changed some: where each one's way back is. */
  public String tenantsBeforeStates(int tenants, String firstFile, String tenantIdSetting) {
    return "The previous values of " + tenants + (tenants == 1 ? " tenant are" : " tenants are") + " in one "
        + "before-state file each, such as " + firstFile + "; apply a tenant's file with " + tenantIdSetting
        + "=<that tenant> to restore it.";
  }
}
