package io.github.mscommerce.emulator.tokens;

import java.util.List;

/** Identifiers of the policy service as a resource of Entra ID ("M365 License Manager"). */
public final class PolicyApi {

  public static final String APP_ID = "aeb86249-8ea3-49e2-900b-54cc8e308f85";
  public static final String APP_ID_URI = "api://" + APP_ID;
  /** The audiences the policy API accepts. */
  public static final List<String> AUDIENCES = List.of(APP_ID, APP_ID_URI);
  /** The delegated permission users' tokens carry in {@code scp}. */
  public static final String USER_SCOPE = "LicenseManager.AccessAsUser";
  /** Entra's "User" directory role, which every member user's {@code wids} contains. */
  public static final String DEFAULT_USER_ROLE = "b79fbf4d-3ef9-4689-8143-76b194e85509";

  private PolicyApi() {}

  public static boolean isPolicyAudience(String audience) {
    return AUDIENCES.stream().anyMatch(known -> known.equalsIgnoreCase(audience));
  }
}
