package io.github.mscommerce.emulator.policy;

import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.UserAccount;
import io.github.mscommerce.emulator.tokens.AccessTokenVerifier;
import io.github.mscommerce.emulator.tokens.InvalidTokenException;
import io.github.mscommerce.emulator.tokens.PolicyApi;
import io.github.mscommerce.emulator.tokens.VerifiedToken;
import java.util.List;

/**
 * Who may read and who may write (service-spec §2.3): apps by app role, users by delegated scope plus directory role.
 * Reads: {@code Policy.Read…} or {@code Policy.ReadWrite…}, or a Global Administrator, Billing Administrator or
 * Global Reader. Writes: {@code Policy.ReadWrite…}, or a Global or Billing Administrator.
 */
final class PolicyAuthorizer {

  private static final List<String> READ_ROLES = List.of(AppRegistration.ROLE_READ, AppRegistration.ROLE_READ_WRITE);
  private static final List<String> WRITE_ROLES = List.of(AppRegistration.ROLE_READ_WRITE);
  private static final List<String> READ_DIRECTORY_ROLES = List.of(UserAccount.GLOBAL_ADMINISTRATOR,
      UserAccount.BILLING_ADMINISTRATOR, UserAccount.GLOBAL_READER);
  private static final List<String> WRITE_DIRECTORY_ROLES =
      List.of(UserAccount.GLOBAL_ADMINISTRATOR, UserAccount.BILLING_ADMINISTRATOR);

  private final AccessTokenVerifier verifier;

  PolicyAuthorizer(AccessTokenVerifier verifier) {
    this.verifier = verifier;
  }

  VerifiedToken forRead(String authorization) {
    VerifiedToken token = authenticate(authorization);
    if (!allowed(token, READ_ROLES, READ_DIRECTORY_ROLES)) {
      throw PolicyError.forbidden("Reading the self-service purchase policy needs the app role "
          + AppRegistration.ROLE_READ + " or " + AppRegistration.ROLE_READ_WRITE + ", or a user with the "
          + "Global Administrator, Billing Administrator or Global Reader role.");
    }
    return token;
  }

  VerifiedToken forWrite(String authorization) {
    VerifiedToken token = authenticate(authorization);
    if (!allowed(token, WRITE_ROLES, WRITE_DIRECTORY_ROLES)) {
      throw PolicyError.forbidden("Changing the self-service purchase policy needs the app role "
          + AppRegistration.ROLE_READ_WRITE + ", or a user with the Global Administrator or Billing Administrator "
          + "role.");
    }
    return token;
  }

  private VerifiedToken authenticate(String authorization) {
    try {
      return verifier.verify(authorization);
    } catch (InvalidTokenException e) {
      throw PolicyError.unauthorized(e.getMessage());
    }
  }

  private static boolean allowed(VerifiedToken token, List<String> appRoles, List<String> directoryRoles) {
    if (token.isUser()) {
      return token.scopes().contains(PolicyApi.USER_SCOPE)
          && token.directoryRoles().stream().anyMatch(directoryRoles::contains);
    }
    return token.roles().stream().anyMatch(appRoles::contains);
  }
}
