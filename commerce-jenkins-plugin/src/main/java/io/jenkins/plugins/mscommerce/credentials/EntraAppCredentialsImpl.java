package io.jenkins.plugins.mscommerce.credentials;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.Util;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;
import org.springframework.security.core.Authentication;

/** This plugin's {@link EntraAppCredentials}: the ids and the secret stored in Jenkins, the certificate by reference. */
public final class EntraAppCredentialsImpl extends BaseStandardCredentials implements EntraAppCredentials {

  private static final long serialVersionUID = 1L;

  @NonNull private final String tenantId;
  @NonNull private final String clientId;
  @CheckForNull private Secret clientSecret;
  @CheckForNull private String certificateCredentialsId;
  @CheckForNull private String authorityHost;

  /** @throws Descriptor.FormException when core would refuse the tenant id, or the client id is missing */
  @DataBoundConstructor
  public EntraAppCredentialsImpl(@CheckForNull CredentialsScope scope, @CheckForNull String id,
      @CheckForNull String description, @CheckForNull String tenantId, @CheckForNull String clientId)
      throws Descriptor.FormException {
    super(scope, id, description);
    reject(EntraAppChecks.tenantId(tenantId), "tenantId");
    reject(EntraAppChecks.clientId(clientId), "clientId");
    this.tenantId = Util.fixNull(tenantId).trim();
    this.clientId = Util.fixNull(clientId).trim();
  }

  private static void reject(@CheckForNull String problem, String field) throws Descriptor.FormException {
    if (problem != null) {
      throw new Descriptor.FormException(problem, field);
    }
  }

  @NonNull
  @Override
  public String getTenantId() {
    return tenantId;
  }

  @NonNull
  @Override
  public String getClientId() {
    return clientId;
  }

  @CheckForNull
  @Override
  public Secret getClientSecret() {
    return clientSecret;
  }

  /** An empty secret (an empty password field) counts as none. */
  @DataBoundSetter
  public void setClientSecret(@CheckForNull Secret clientSecret) {
    this.clientSecret = Secret.toString(clientSecret).isEmpty() ? null : clientSecret;
  }

  @CheckForNull
  @Override
  public String getCertificateCredentialsId() {
    return certificateCredentialsId;
  }

  @DataBoundSetter
  public void setCertificateCredentialsId(@CheckForNull String certificateCredentialsId) {
    this.certificateCredentialsId = Util.fixEmptyAndTrim(certificateCredentialsId);
  }

  @CheckForNull
  @Override
  public String getAuthorityHost() {
    return authorityHost;
  }

  @DataBoundSetter
  public void setAuthorityHost(@CheckForNull String authorityHost) {
    this.authorityHost = Util.fixEmptyAndTrim(authorityHost);
  }

  /** Ids and how the app signs in; never the secret. */
  @Override
  public String toString() {
    return "EntraAppCredentialsImpl[id=" + getId() + ", tenantId=" + tenantId + ", clientId=" + clientId
        + (clientSecret != null ? ", clientSecret=****" : "")
        + (certificateCredentialsId != null ? ", certificateCredentialsId=" + certificateCredentialsId : "")
        + (authorityHost != null ? ", authorityHost=" + authorityHost : "") + "]";
  }

  /**
   * The form. Every check is {@code @POST} and first needs the permission to configure credentials where the form is
   * ({@link CredentialsPermission}); the checks themselves are core's rules ({@link EntraAppChecks}).
   */
  @Extension
  @Symbol("entraIdApp")
  public static final class DescriptorImpl extends BaseStandardCredentialsDescriptor {

    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.EntraAppCredentialsImpl_displayName();
    }

    @POST
    public FormValidation doCheckTenantId(@AncestorInPath Item item, @QueryParameter String value) {
      CredentialsPermission.check(item);
      return EntraAppChecks.validation(EntraAppChecks.tenantId(value));
    }

    @POST
    public FormValidation doCheckClientId(@AncestorInPath Item item, @QueryParameter String value) {
      CredentialsPermission.check(item);
      return EntraAppChecks.validation(EntraAppChecks.clientId(value));
    }

    @POST
    public FormValidation doCheckClientSecret(@AncestorInPath Item item, @QueryParameter String value,
        @QueryParameter String certificateCredentialsId) {
      CredentialsPermission.check(item);
      return EntraAppChecks.validation(EntraAppChecks.signIn(value, certificateCredentialsId));
    }

    @POST
    public FormValidation doCheckCertificateCredentialsId(@AncestorInPath Item item, @QueryParameter String value,
        @QueryParameter String clientSecret) {
      CredentialsPermission.check(item);
      return EntraAppChecks.validation(EntraAppChecks.signIn(clientSecret, value));
    }

    @POST
    public FormValidation doCheckAuthorityHost(@AncestorInPath Item item, @QueryParameter String value) {
      CredentialsPermission.check(item);
      return EntraAppChecks.validation(EntraAppChecks.authorityHost(value));
    }

    /**
     * "Test connection": signs in with the form's values (as saved or not) and lists the products through core, at
     * {@code testEndpoint} (default Microsoft's) trusting {@code testTrustCertificate} (a PEM, for the emulator or a
     * TLS-inspecting proxy); reports the number of products or core's message. It sends requests with a secret, so it
     * is POST only and needs the permission to configure credentials here, like every check of this form.
     */
    @POST
    public FormValidation doTestConnection(@AncestorInPath Item item, @QueryParameter String tenantId,
        @QueryParameter String clientId, @QueryParameter String clientSecret,
        @QueryParameter String certificateCredentialsId, @QueryParameter String authorityHost,
        @QueryParameter String testEndpoint, @QueryParameter String testTrustCertificate) {
      CredentialsPermission.check(item);
      EntraAppSignIn signIn;
      try {
        EntraAppCredentialsImpl form = new EntraAppCredentialsImpl(null, null, null, tenantId, clientId);
        // An unchanged secret comes back encrypted; Secret.fromString decrypts it.
        form.setClientSecret(Secret.fromString(Util.fixNull(clientSecret)));
        form.setCertificateCredentialsId(certificateCredentialsId);
        form.setAuthorityHost(authorityHost);
        signIn = EntraAppSignIn.of(Messages.EntraAppSignIn_formOrigin(), form, certificate(item, form));
      } catch (Descriptor.FormException | AbortException e) {
        return FormValidation.error(e.getMessage());
      }
      return ConnectionCheck.run(signIn, testEndpoint, testTrustCertificate, ControllerSettings.jenkinsProxy());
    }

    /** The certificate credentials the form names, as this folder sees them; null when it names none or none exist. */
    @CheckForNull
    private static StandardCertificateCredentials certificate(@CheckForNull Item item, EntraAppCredentials form) {
      String id = form.getCertificateCredentialsId();
      return id == null ? null : CredentialsMatchers.firstOrNull(CredentialsProvider.lookupCredentialsInItem(
          StandardCertificateCredentials.class, item, ACL.SYSTEM2), CredentialsMatchers.withId(id));
    }

    /** Certificate credentials for those who may configure credentials here; for anyone else, only the current one. */
    public ListBoxModel doFillCertificateCredentialsIdItems(@AncestorInPath Item item,
        @QueryParameter String certificateCredentialsId) {
      StandardListBoxModel model = new StandardListBoxModel();
      model.includeEmptyValue();
      if (CredentialsPermission.granted(item)) {
        for (Authentication as : List.of(Jenkins.getAuthentication2(), ACL.SYSTEM2)) {
          model.includeMatchingAs(as, item, StandardCertificateCredentials.class, List.of(),
              CredentialsMatchers.always());
        }
      }
      model.includeCurrentValue(Util.fixNull(certificateCredentialsId));
      return model;
    }
  }
}
