package io.github.mscommerce.emulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A user of an emulated tenant.
 *
 * @param username the user principal name, e.g. {@code admin@contoso.onmicrosoft.com}
 * @param password the password for the username/password flow, or null (the user can then only approve device codes)
 * @param objectId the user's object id; null derives a stable one from the username
 * @param directoryRoleTemplateIds Entra directory roles held, as role template ids (they become the {@code wids} claim)
 */
public record UserAccount(String username, String password, String objectId, List<String> directoryRoleTemplateIds) {

  public static final String GLOBAL_ADMINISTRATOR = "62e90394-69f5-4237-9190-012177145e10";
  public static final String BILLING_ADMINISTRATOR = "b0f54661-2d74-4c50-afa3-1ec803f12efe";
  public static final String GLOBAL_READER = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";

  public UserAccount {
    Objects.requireNonNull(username, "username");
    if (objectId == null) {
      // Stable across restarts, so tokens and journal entries of the same user look the same in every run.
      objectId = UUID.nameUUIDFromBytes(("user:" + username.toLowerCase()).getBytes(StandardCharsets.UTF_8)).toString();
    }
    directoryRoleTemplateIds = List.copyOf(directoryRoleTemplateIds == null ? List.of() : directoryRoleTemplateIds);
  }

  /** Redacts the password. */
  @Override
  public String toString() {
    return "UserAccount[username=" + username + ", password=" + (password == null ? "none" : "***")
        + ", objectId=" + objectId + ", directoryRoleTemplateIds=" + directoryRoleTemplateIds + "]";
  }
}
