package io.jenkins.plugins.mscommerce.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.util.FormValidation;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.auth.Authority;

/**
 * What is wrong with a value of the credential, or null when nothing is. The rules are core's, so a value the form
 * accepts is one core accepts (and so the Maven plugin); the credential's constructor and its form checks both ask here.
 * No Jenkins instance, no network.
 */
final class EntraAppChecks {

  /**
   * Any valid tenant id serves to check a host on its own: core checks the two together, and "organizations" is the
   * tenant core itself uses for user sign-in without one.
   */
  private static final String ANY_TENANT = "organizations";

  private EntraAppChecks() {}

  /** Core's reason for refusing the tenant id (missing, or neither a GUID nor a domain). */
  @CheckForNull
  static String tenantId(@CheckForNull String value) {
    try {
      Authority.of(null, Util.fixNull(value));
      return null;
    } catch (InvalidSettingsException e) {
      return e.reason();
    }
  }

  /**
   * Only presence for now: core checks that a client id is a GUID ({@code ClientIds.require}), but that check is not
   * public yet. Until it is, a malformed id is reported by core when the credential is first used.
   */
  @CheckForNull
  static String clientId(@CheckForNull String value) {
    return Util.fixEmptyAndTrim(value) == null ? Messages.EntraAppCredentialsImpl_clientIdRequired() : null;
  }

  /** A blank host means the public cloud; anything else must be an https host root, as core demands. */
  @CheckForNull
  static String authorityHost(@CheckForNull String value) {
    if (Util.fixEmptyAndTrim(value) == null) {
      return null;
    }
    try {
      Authority.of(value, ANY_TENANT);
      return null;
    } catch (InvalidSettingsException e) {
      return e.reason();
    }
  }

  /** Exactly one way to sign in: a client secret or a certificate credential. */
  @CheckForNull
  static String signIn(@CheckForNull String clientSecret, @CheckForNull String certificateCredentialsId) {
    boolean secret = Util.fixEmptyAndTrim(clientSecret) != null;
    boolean certificate = Util.fixEmptyAndTrim(certificateCredentialsId) != null;
    if (secret && certificate) {
      return Messages.EntraAppCredentialsImpl_secretAndCertificate();
    }
    return secret || certificate ? null : Messages.EntraAppCredentialsImpl_secretOrCertificate();
  }

  /** A problem as the form shows it: an error, or OK when there is none. */
  static FormValidation validation(@CheckForNull String problem) {
    return problem == null ? FormValidation.ok() : FormValidation.error(problem);
  }
}
