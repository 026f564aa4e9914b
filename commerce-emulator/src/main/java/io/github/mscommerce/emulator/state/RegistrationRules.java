package io.github.mscommerce.emulator.state;

import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.UserAccount;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes an app, user, managed identity or product acceptable. Shared by the state parser and the admin API so a
 * registration is judged the same way whichever door it comes through. Each check throws
 * {@link IllegalArgumentException} whose message starts with {@code where} and ends with the fix.
 */
public final class RegistrationRules {

  /** The MSCommerce PowerShell module's public client; it exists in every tenant and cannot be registered. */
  public static final String MSCOMMERCE_PUBLIC_CLIENT_ID = "3d5cffa9-04da-4657-8cab-c7f074657cad";
  public static final List<String> APP_ROLES = List.of(AppRegistration.ROLE_READ, AppRegistration.ROLE_READ_WRITE);

  private static final Pattern GUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern PRODUCT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private RegistrationRules() {}

  public static boolean isGuid(String value) {
    return value != null && GUID.matcher(value).matches();
  }

  public static void checkGuid(String where, String what, String value) {
    if (!isGuid(value)) {
      throw new IllegalArgumentException(where + ": " + what + " '" + value
          + "' is not a GUID; use the id exactly as Entra shows it (e.g. 00000000-0000-0000-0000-000000000000)");
    }
  }

  public static void checkDomain(String where, String domain) {
    if (domain == null || domain.isBlank() || domain.contains("/") || domain.contains(" ") || !domain.contains(".")) {
      throw new IllegalArgumentException(where + ": domain '" + domain
          + "' is not a DNS name; use the tenant's domain, e.g. contoso.onmicrosoft.com");
    }
  }

  public static void checkApp(String where, AppRegistration app) {
    checkGuid(where, "clientId", app.clientId());
    if (app.clientId().equalsIgnoreCase(MSCOMMERCE_PUBLIC_CLIENT_ID)) {
      throw new IllegalArgumentException(where + ": clientId " + MSCOMMERCE_PUBLIC_CLIENT_ID
          + " is the MSCommerce public client, which exists in every tenant already; remove this app");
    }
    if (app.clientSecret() != null && app.clientSecret().isBlank()) {
      throw new IllegalArgumentException(where + ": clientSecret is blank; give a secret or leave the key out");
    }
    checkAppRoles(where, app.roles());
    for (int i = 0; i < app.certificates().size(); i++) {
      X509Certificate certificate = app.certificates().get(i);
      if (!(certificate.getPublicKey() instanceof RSAPublicKey)) {
        throw new IllegalArgumentException(where + ": certificates[" + i + "] has a "
            + certificate.getPublicKey().getAlgorithm() + " key; client assertions are signed with RSA keys "
            + "(MSAL4J cannot sign with EC), so register an RSA certificate");
      }
    }
    for (int i = 0; i < app.federatedCredentials().size(); i++) {
      AppRegistration.FederatedCredential credential = app.federatedCredentials().get(i);
      if (credential.issuer().isBlank() || credential.subject().isBlank() || credential.audience().isBlank()) {
        throw new IllegalArgumentException(where + ": federatedCredentials[" + i
            + "] needs a non-blank issuer, subject and audience (usually " + AppRegistration.FEDERATION_AUDIENCE + ")");
      }
    }
  }

  public static void checkAppRoles(String where, List<String> roles) {
    for (String role : roles) {
      if (!APP_ROLES.contains(role)) {
        throw new IllegalArgumentException(where + ": role '" + role + "' is not an app role of the policy service; "
            + "use " + String.join(" or ", APP_ROLES));
      }
    }
  }

  public static void checkUser(String where, UserAccount user) {
    String username = user.username();
    int at = username.indexOf('@');
    if (at <= 0 || at != username.lastIndexOf('@') || at == username.length() - 1 || username.contains(" ")) {
      throw new IllegalArgumentException(where + ": username '" + username
          + "' is not a user principal name; use name@domain, e.g. admin@contoso.onmicrosoft.com");
    }
    checkGuid(where, "objectId", user.objectId());
    for (String role : user.directoryRoleTemplateIds()) {
      checkGuid(where, "directory role template id", role);
    }
  }

  public static void checkProduct(String where, String productId, String productName) {
    if (productId == null || !PRODUCT_ID.matcher(productId).matches()) {
      throw new IllegalArgumentException(where + ": productId '" + productId
          + "' must be 1-64 letters, digits, '.', '_' or '-' (e.g. CFQ7TTC0ABCD)");
    }
    if (productName == null || productName.isBlank()) {
      throw new IllegalArgumentException(where + ": productName of '" + productId + "' is blank; give its display name");
    }
  }
}
