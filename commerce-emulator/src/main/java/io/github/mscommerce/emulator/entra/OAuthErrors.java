package io.github.mscommerce.emulator.entra;

/**
 * The Entra errors the emulator reproduces, each with the status, OAuth error and AADSTS code Entra uses, and a
 * description that says what to fix. Secrets and assertions are never quoted; ids and thumbprints may be.
 */
final class OAuthErrors {

  static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private OAuthErrors() {}

  static OAuthError missingParameter(String name) {
    return new OAuthError(400, "invalid_request", 900144,
        "The request body must contain the following parameter: '" + name + "'.");
  }

  static OAuthError unsupportedGrant(String grantType) {
    return new OAuthError(400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type '"
        + grantType + "'. The emulator supports client_credentials, password, device_code and refresh_token.");
  }

  static OAuthError unknownTenant(String tenant) {
    return new OAuthError(400, "invalid_request", 90002, "Tenant '" + tenant + "' not found. Check to make sure "
        + "you have the correct tenant ID and are signing into the correct cloud.");
  }

  static OAuthError tenantRequired(String segment) {
    return new OAuthError(400, "invalid_request", 50059, "No tenant-identifying information found in either the "
        + "request or implied by any provided credentials. Use the tenant id or domain instead of '" + segment
        + "' in the authority for app-only flows.");
  }

  static OAuthError unknownClient(String clientId, String tenant) {
    return new OAuthError(400, "unauthorized_client", 700016, "Application with identifier '" + clientId
        + "' was not found in the directory '" + tenant + "'. This can happen if the application has not been "
        + "installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent "
        + "your authentication request to the wrong tenant.");
  }

  static OAuthError invalidSecret(String clientId) {
    return new OAuthError(401, "invalid_client", 7000215, "Invalid client secret provided. Ensure the secret being "
        + "sent in the request is the client secret value, not the client secret ID, for a secret added to app '"
        + clientId + "'.");
  }

  static OAuthError missingClientAuthentication() {
    return new OAuthError(401, "invalid_client", 7000218, "The request body must contain the following parameter: "
        + "'client_assertion' or 'client_secret'.");
  }

  static OAuthError notPublicClient(String clientId) {
    return new OAuthError(401, "invalid_client", 7000218, "The request body must contain the following parameter: "
        + "'client_assertion' or 'client_secret'. App '" + clientId + "' is not a public client; user flows need a "
        + "public client such as 3d5cffa9-04da-4657-8cab-c7f074657cad or an app registered with publicClient=true.");
  }

  static OAuthError wrongAssertionType() {
    return new OAuthError(400, "invalid_request", 50027, "Invalid client_assertion_type; use '" + JWT_BEARER + "'.");
  }

  static OAuthError malformedAssertion(String reason) {
    return new OAuthError(400, "invalid_client", 50027, "JWT token is invalid or is malformed: " + reason + ".");
  }

  static OAuthError unregisteredCertificate(String thumbprint, String clientId) {
    return new OAuthError(401, "invalid_client", 700027, "Client assertion failed signature validation. [Reason - "
        + "The key was not found., Thumbprint of key used by client: '" + thumbprint + "'] Register the "
        + "certificate on app '" + clientId + "'.");
  }

  static OAuthError badAssertionSignature(String reason) {
    return new OAuthError(401, "invalid_client", 7000274, "Client assertion failed signature validation: " + reason
        + ".");
  }

  static OAuthError invalidAssertionClaims(String reason) {
    return new OAuthError(401, "invalid_client", 50027, "Invalid JWT token: " + reason + ".");
  }

  static OAuthError assertionOutsideValidity(String reason) {
    return new OAuthError(400, "invalid_client", 700024, "Client assertion is not within its valid time range. "
        + reason);
  }

  static OAuthError noFederatedMatch(String issuer, String subject, String audience) {
    return new OAuthError(400, "invalid_client", 70021, "No matching federated identity record found for presented "
        + "assertion. Assertion Issuer: '" + issuer + "'. Assertion Subject: '" + subject + "'. Assertion Audience: '"
        + audience + "'.");
  }

  static OAuthError unverifiableIssuer(String issuer, String ownIssuer) {
    return new OAuthError(400, "invalid_client", 50166, "Request to External OIDC endpoint failed: the emulator can "
        + "only verify assertions of its own issuer '" + ownIssuer + "', not '" + issuer + "'.");
  }

  static OAuthError invalidUserCredentials() {
    return new OAuthError(400, "invalid_grant", 50126, "Error validating credentials due to invalid username or "
        + "password.");
  }

  static OAuthError authorizationPending() {
    return new OAuthError(400, "authorization_pending", 70016, "OAuth 2.0 device flow error. Authorization is "
        + "pending. Continue polling.");
  }

  static OAuthError deviceCodeExpired() {
    return new OAuthError(400, "expired_token", 70020, "The provided value for the input parameter 'device_code' is "
        + "not valid. This device code has expired.");
  }

  static OAuthError invalidDeviceCode() {
    return new OAuthError(400, "invalid_grant", 70000, "The provided value for the input parameter 'device_code' is "
        + "not valid: it is unknown, already redeemed, or was issued to another client.");
  }

  static OAuthError invalidRefreshToken() {
    return new OAuthError(400, "invalid_grant", 9002313, "Invalid request. Request is malformed or invalid: the "
        + "refresh token is unknown, already redeemed (they rotate), or was issued to another client or tenant.");
  }

  static OAuthError userNotInTenant(String username, String tenant) {
    return new OAuthError(400, "invalid_grant", 50020, "User account '" + username + "' from identity provider does "
        + "not exist in tenant '" + tenant + "'.");
  }

  static OAuthError invalidScope(int code, String reason) {
    return new OAuthError(400, "invalid_scope", code, reason);
  }
}
