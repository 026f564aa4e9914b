package io.github.mscommerce.emulator;

/**
 * Credentials of the built-in demo tenant. Ids are fixed; secrets, the password and the identity header are random per
 * start. The record stays available after a state file or {@code loadState} replaced the demo tenant (its tenant and
 * client ids then no longer authenticate), and {@code publicClientId}, {@code identityHeader} and
 * {@code federationIssuer} keep working in any state.
 *
 * @param tenantId the demo tenant id
 * @param domain the demo tenant's domain; the demo users' UPNs end with it
 * @param clientId app holding {@code Policy.ReadWrite.AllowSelfServicePurchase}
 * @param clientSecret its secret
 * @param readOnlyClientId app holding {@code Policy.Read.AllowSelfServicePurchase}
 * @param readOnlyClientSecret its secret
 * @param noRoleClientId app without any role of the policy service (the policy API answers 403)
 * @param noRoleClientSecret its secret
 * @param adminUser a Global Administrator
 * @param billingAdminUser a Billing Administrator
 * @param readerUser a Global Reader
 * @param plainUser a user without directory roles
 * @param userPassword the password of all four demo users
 * @param publicClientId the MSCommerce PowerShell module's public client, accepted for user flows in every tenant
 * @param identityHeader the value MSAL must send as {@code X-IDENTITY-HEADER} to the managed identity endpoint
 * @param managedIdentityClientId the demo tenant's system-assigned managed identity (ReadWrite role)
 * @param federationIssuer the emulator's own external OIDC issuer ({@code baseUrl + "/federation"})
 * @param federatedSubject the subject registered as a federated credential on the ReadWrite app
 */
public record Demo(String tenantId, String domain,
                   String clientId, String clientSecret,
                   String readOnlyClientId, String readOnlyClientSecret,
                   String noRoleClientId, String noRoleClientSecret,
                   String adminUser, String billingAdminUser, String readerUser, String plainUser,
                   String userPassword,
                   String publicClientId,
                   String identityHeader,
                   String managedIdentityClientId,
                   String federationIssuer,
                   String federatedSubject) {

  /** Redacts every secret, the password and the identity header value. */
  @Override
  public String toString() {
    return "Demo[tenantId=" + tenantId + ", domain=" + domain
        + ", clientId=" + clientId + ", clientSecret=***"
        + ", readOnlyClientId=" + readOnlyClientId + ", readOnlyClientSecret=***"
        + ", noRoleClientId=" + noRoleClientId + ", noRoleClientSecret=***"
        + ", adminUser=" + adminUser + ", billingAdminUser=" + billingAdminUser + ", readerUser=" + readerUser
        + ", plainUser=" + plainUser + ", userPassword=***, publicClientId=" + publicClientId
        + ", identityHeader=***, managedIdentityClientId=" + managedIdentityClientId
        + ", federationIssuer=" + federationIssuer + ", federatedSubject=" + federatedSubject + "]";
  }
}
