package io.github.mscommerce.emulator.entra;

import io.github.mscommerce.emulator.tokens.PolicyApi;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code scope} of a v2.0 token request, reduced to the one resource it names and the permissions asked of it.
 * The OIDC scopes {@code openid profile offline_access email} (which MSAL adds to every request) are set aside. A
 * scope without a resource prefix (e.g. {@code User.Read}) is Microsoft Graph's, as in Entra.
 *
 * @param resource the resource as requested, e.g. {@code aeb86249-…} or {@code https://graph.microsoft.com}; it
 *     becomes the token's {@code aud}
 * @param permissions what was asked of it, e.g. {@code .default}
 * @param requested the resource scopes exactly as requested, echoed in user-flow responses
 * @param oidcScopes the OIDC scopes that were requested
 */
record RequestedScope(String resource, List<String> permissions, List<String> requested, List<String> oidcScopes) {

  private static final Set<String> OIDC = Set.of("openid", "profile", "offline_access", "email");
  private static final String GRAPH = "https://graph.microsoft.com";

  static RequestedScope parse(String scope) {
    if (scope == null || scope.isBlank()) {
      throw OAuthErrors.missingParameter("scope");
    }
    String resource = null;
    List<String> permissions = new ArrayList<>();
    List<String> requested = new ArrayList<>();
    Set<String> oidc = new LinkedHashSet<>();
    for (String item : scope.trim().split("\\s+")) {
      if (OIDC.contains(item.toLowerCase(Locale.ROOT))) {
        oidc.add(item.toLowerCase(Locale.ROOT));
        continue;
      }
      int slash = item.lastIndexOf('/');
      String itemResource = slash > 0 ? item.substring(0, slash) : GRAPH;
      String permission = slash > 0 ? item.substring(slash + 1) : item;
      if (resource != null && !resource.equalsIgnoreCase(itemResource)) {
        throw OAuthErrors.invalidScope(28000, "Provided value for the input parameter scope is not valid because it "
            + "contains more than one resource (" + resource + ", " + itemResource + "). Request one resource at a "
            + "time.");
      }
      resource = itemResource;
      permissions.add(permission);
      requested.add(item);
    }
    if (resource == null) {
      throw OAuthErrors.invalidScope(70011, "The provided value for the input parameter 'scope' is not valid: it "
          + "names no resource. Request " + PolicyApi.APP_ID + "/.default for the policy service.");
    }
    return new RequestedScope(resource, permissions, requested, List.copyOf(oidc));
  }

  boolean isPolicyApi() {
    return PolicyApi.isPolicyAudience(resource);
  }

  /** App-only flows take only {@code <resource>/.default}, as in Entra. */
  void requireDefaultOnly() {
    if (!permissions.stream().allMatch(".default"::equals)) {
      throw OAuthErrors.invalidScope(1002012, "The provided value for scope " + String.join(" ", requested)
          + " is not valid. Client credential flows must have a scope value with /.default suffixed to the "
          + "resource identifier (application ID URI).");
    }
  }

  /** The delegated permissions a user token carries in {@code scp}. */
  String delegatedScopes() {
    if (!isPolicyApi()) {
      return permissions.contains(".default") ? "User.Read" : String.join(" ", permissions);
    }
    for (String permission : permissions) {
      if (!permission.equals(".default") && !permission.equals(PolicyApi.USER_SCOPE)) {
        throw OAuthErrors.invalidScope(65005, "The application asked for scope '" + permission + "' that doesn't "
            + "exist on the resource " + resource + ". It exposes " + PolicyApi.USER_SCOPE + ".");
      }
    }
    return PolicyApi.USER_SCOPE;
  }

  /**
   * The {@code scope} of a user-flow response: the resource scopes as requested plus the OIDC scopes. Echoing the
   * request lets MSAL find the token in its cache under the scopes it asks with.
   */
  String responseScope() {
    List<String> all = new ArrayList<>(requested);
    all.addAll(oidcScopes);
    return String.join(" ", all);
  }
}
