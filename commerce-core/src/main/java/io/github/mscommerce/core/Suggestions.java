package io.github.mscommerce.core;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Every "what failed, and what to do" sentence of the library, in one place, so tests compare with the same method instead
 * of repeating text. A front end passes its own setting names through {@link Terms}, so a Maven user reads
 * {@code commerce.tenantId} where a Jenkins user reads the credentials id.
 */
public class Suggestions {

  /** How the front end names the settings a suggestion points at. */
  public record Terms(String credentials, String tenantId, String endpoint, String trustCertificate, String timeout,
      String retries) {

    public Terms {
      Objects.requireNonNull(credentials, "credentials");
      Objects.requireNonNull(tenantId, "tenantId");
      Objects.requireNonNull(endpoint, "endpoint");
      Objects.requireNonNull(trustCertificate, "trustCertificate");
      Objects.requireNonNull(timeout, "timeout");
      Objects.requireNonNull(retries, "retries");
    }

    /** Plain words, for library users who configure the builders directly. */
    public static Terms generic() {
      return new Terms("the client credentials", "the tenant id", "the service endpoint", "the trust certificate",
          "the timeout", "the retry count");
    }
  }

  public static final String ROLE_READ = "Policy.Read.AllowSelfServicePurchase";
  public static final String ROLE_READ_WRITE = "Policy.ReadWrite.AllowSelfServicePurchase";

  private static final String TROUBLESHOOTING = "See Troubleshooting in the README.";

  private final Terms terms;

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
        + " (a secret may have expired or been rotated). " + TROUBLESHOOTING;
  }

  /**
   * The environment holds no complete set of Azure variables. {@code whatIsThere} says which are set and which missing:
   * "AZURE_TENANT_ID is set, AZURE_CLIENT_ID is missing, and none of … is set".
   */
  public String environmentIncomplete(String whatIsThere) {
    return "No credentials in the environment: " + whatIsThere + ". Set AZURE_TENANT_ID, AZURE_CLIENT_ID and one of "
        + "AZURE_CLIENT_SECRET, AZURE_CLIENT_CERTIFICATE_PATH (with AZURE_CLIENT_CERTIFICATE_PASSWORD if it has one) or "
        + "AZURE_FEDERATED_TOKEN_FILE, or configure " + terms.credentials() + " explicitly. " + TROUBLESHOOTING;
  }

  /** Nobody completed the device code sign-in before the code expired. */
  public String deviceCodeExpired(String credentialDescription) {
    return "Nobody completed the " + credentialDescription + " before the code expired. Run again and enter the code "
        + "shown at the address shown, within its lifetime (usually 15 minutes). " + TROUBLESHOOTING;
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
        + ". " + TROUBLESHOOTING;
  }

  /** The policy service answered 401 to a token we had. */
  public String tokenRejected(String operation, String serviceSays, boolean canRefresh) {
    return operation + " was refused: the access token was not accepted (" + serviceSays + "). "
        + (canRefresh
            ? "A fresh token was refused too: check that " + terms.tenantId() + " is the tenant that holds the policy."
            : "The supplied access token may have expired: get a new one for the resource "
                + "aeb86249-8ea3-49e2-900b-54cc8e308f85.")
        + " " + TROUBLESHOOTING;
  }

  /** 403: the caller lacks the role for a read or a write. */
  public String permissionDenied(String operation, boolean write, String serviceSays) {
    String needs = write
        ? "writes need the Global Administrator or Billing Administrator role (user), or the app role " + ROLE_READ_WRITE
        : "reads need the Global Reader, Global Administrator or Billing Administrator role (user), or the app role "
            + ROLE_READ + " or " + ROLE_READ_WRITE;
    return operation + " was refused: " + serviceSays + ". The signed-in identity lacks a role: " + needs
        + ", granted with admin consent in the tenant. " + TROUBLESHOOTING;
  }

  /** 404 (or an id the selection does not know), with the closest known ids. */
  public String unknownItem(ItemKind kind, String id, List<String> closestIds) {
    String message = "No " + kind.label() + " '" + id + "' in this tenant's " + Policy.ALLOW_SELF_SERVICE_PURCHASE
        + " policy.";
    if (closestIds.isEmpty()) {
      return message + " List the known ids with the products goal or step.";
    }
    return message + " Did you mean " + String.join(", ", closestIds) + "?";
  }

  /** A product-name pattern of a selection that matches no product, with the closest product names. */
  public String unmatchedNamePattern(String pattern, List<String> closestNames) {
    String message = "No product name matches '" + pattern + "' (patterns match the whole name, ignoring case; * stands "
        + "for any text, ? for one character).";
    if (closestNames.isEmpty()) {
      return message + " List the product names with the products goal or step.";
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
        + terms.trustCertificate() + ". " + TROUBLESHOOTING;
  }

  public String timedOut(String operation, Duration timeout) {
    return operation + " timed out after " + timeout.toSeconds() + " s. Check the network or proxy, or raise "
        + terms.timeout() + ". " + TROUBLESHOOTING;
  }

  public String connectFailed(URI endpoint, String detail) {
    return "Could not connect to " + endpoint.getHost() + (endpoint.getPort() > 0 ? ":" + endpoint.getPort() : "")
        + " (" + detail + "). Check " + terms.endpoint() + " and the proxy settings. " + TROUBLESHOOTING;
  }

  public String retriesExhausted(String operation, int attempts, String lastOutcome) {
    return operation + " failed after " + attempts + (attempts == 1 ? " attempt" : " attempts") + "; the last one got "
        + lastOutcome + ". The service is throttling or unavailable: try again later, or raise " + terms.retries()
        + ". " + TROUBLESHOOTING;
  }

  public String unreadableResponse(String operation, String detail) {
    return operation + " got an answer this client cannot read (" + detail + "). If " + terms.endpoint()
        + " points at a proxy or a different service, correct it.";
  }

  /**
   * Logged once per JVM when the front end has credentials for the proxy: they are never handed to this library, and
   * Java turns off Basic authentication for HTTPS tunnels by default.
   */
  public String proxyCredentialsNotUsed(String proxy) {
    return "The proxy " + proxy + " has a user name and password configured, but this library does not use them: Java "
        + "turns off Basic authentication for HTTPS tunnels through a proxy (jdk.http.auth.tunneling.disabledSchemes), "
        + "and that is a setting of the whole JVM, which is left as it is. If requests fail with HTTP 407, let the proxy "
        + "pass the Entra ID and policy service hosts without authentication; or, if you choose to, start the JVM with "
        + "-Djdk.http.auth.tunneling.disabledSchemes= (empty) so that the JVM's proxy authenticator (Jenkins sets one "
        + "from its proxy page) may answer with Basic. " + TROUBLESHOOTING;
  }
}
