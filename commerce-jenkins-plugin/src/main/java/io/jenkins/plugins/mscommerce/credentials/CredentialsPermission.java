package io.jenkins.plugins.mscommerce.credentials;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.security.AccessControlled;
import jenkins.model.Jenkins;

/**
 * Who may use the credential form's checks and lists: whoever may create or update credentials where the form is, that
 * is in the folder ({@code @AncestorInPath Item}) or, for the global store, in Jenkins.
 */
final class CredentialsPermission {

  private CredentialsPermission() {}

  /** @throws org.springframework.security.access.AccessDeniedException when the current user may not */
  static void check(@CheckForNull Item item) {
    context(item).checkAnyPermission(CredentialsProvider.CREATE, CredentialsProvider.UPDATE);
  }

  static boolean granted(@CheckForNull Item item) {
    return context(item).hasAnyPermission(CredentialsProvider.CREATE, CredentialsProvider.UPDATE);
  }

  private static AccessControlled context(@CheckForNull Item item) {
    return item != null ? item : Jenkins.get();
  }
}
