package io.jenkins.plugins.mscommerce.binding;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.Secret;
import io.github.mscommerce.core.auth.EnvironmentCredential;
import io.jenkins.plugins.mscommerce.credentials.EntraAppCredentials;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.credentialsbinding.BindingDescriptor;
import org.jenkinsci.plugins.credentialsbinding.MultiBinding;
import org.jenkinsci.plugins.credentialsbinding.impl.CredentialNotFoundException;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code withCredentials([entraIdApp(credentialsId: 'contoso')]) { sh 'mvn commerce:verify-policy' }}: exposes an
 * {@link EntraAppCredentials} as the Azure SDK variables that core's environment chain reads, so the Maven plugin (or
 * any Azure tool) signs in unchanged. The ids and the authority host are public (shown in the log); the secret and the
 * certificate password are masked. A certificate becomes a temporary PKCS#12 file ({@link CertificateFile}).
 */
public final class EntraAppBinding extends MultiBinding<EntraAppCredentials> {

  public static final String DEFAULT_TENANT_ID_VARIABLE = EnvironmentCredential.TENANT_ID;
  public static final String DEFAULT_CLIENT_ID_VARIABLE = EnvironmentCredential.CLIENT_ID;
  public static final String DEFAULT_CLIENT_SECRET_VARIABLE = EnvironmentCredential.CLIENT_SECRET;
  public static final String DEFAULT_CERTIFICATE_PATH_VARIABLE = EnvironmentCredential.CLIENT_CERTIFICATE_PATH;
  public static final String DEFAULT_CERTIFICATE_PASSWORD_VARIABLE = EnvironmentCredential.CLIENT_CERTIFICATE_PASSWORD;
  public static final String DEFAULT_AUTHORITY_HOST_VARIABLE = EnvironmentCredential.AUTHORITY_HOST;

  // null means the default.
  @CheckForNull private String tenantIdVariable;
  @CheckForNull private String clientIdVariable;
  @CheckForNull private String clientSecretVariable;
  @CheckForNull private String certificatePathVariable;
  @CheckForNull private String certificatePasswordVariable;
  @CheckForNull private String authorityHostVariable;

  @DataBoundConstructor
  public EntraAppBinding(String credentialsId) {
    super(credentialsId);
  }

  @Override
  protected Class<EntraAppCredentials> type() {
    return EntraAppCredentials.class;
  }

  @Override
  public MultiEnvironment bind(@NonNull Run<?, ?> build, @CheckForNull FilePath workspace,
      @CheckForNull Launcher launcher, @NonNull TaskListener listener) throws IOException, InterruptedException {
    EntraAppCredentials credentials = getCredentials(build);
    Map<String, String> publicValues = new LinkedHashMap<>();
    publicValues.put(getTenantIdVariable(), credentials.getTenantId());
    publicValues.put(getClientIdVariable(), credentials.getClientId());
    if (credentials.getAuthorityHost() != null) {
      publicValues.put(getAuthorityHostVariable(), credentials.getAuthorityHost());
    }
    Map<String, String> secretValues = new LinkedHashMap<>();
    Secret secret = credentials.getClientSecret();
    String certificateId = credentials.getCertificateCredentialsId();
    if (secret != null) {
      if (certificateId != null) {
        throw new AbortException(Messages.EntraAppBinding_secretAndCertificate(getCredentialsId()));
      }
      secretValues.put(getClientSecretVariable(), secret.getPlainText());
      return new MultiEnvironment(secretValues, publicValues);
    }
    if (certificateId == null) {
      throw new AbortException(Messages.EntraAppBinding_noSecretOrCertificate(getCredentialsId()));
    }
    if (workspace == null) {
      throw new AbortException(Messages.EntraAppBinding_certificateNeedsWorkspace(getCredentialsId()));
    }
    CertificateFile file = CertificateFile.write(workspace, certificate(certificateId, build));
    publicValues.put(getCertificatePathVariable(), file.path());
    if (!file.password().isEmpty()) {
      secretValues.put(getCertificatePasswordVariable(), file.password());
    }
    return new MultiEnvironment(secretValues, publicValues, file.unbinder());
  }

  /** The variables whose values are masked. */
  @Override
  public Set<String> variables(@NonNull Run<?, ?> build) throws CredentialNotFoundException {
    return getCredentials(build).getClientSecret() != null
        ? Set.of(getClientSecretVariable()) : Set.of(getCertificatePasswordVariable());
  }

  /** Certificate credentials are looked up as the build, like the app's own (and tracked like them). */
  private StandardCertificateCredentials certificate(String id, Run<?, ?> build) throws CredentialNotFoundException {
    StandardCertificateCredentials certificate =
        CredentialsProvider.findCredentialById(id, StandardCertificateCredentials.class, build);
    if (certificate == null) {
      throw new CredentialNotFoundException(Messages.EntraAppBinding_certificateNotFound(getCredentialsId(), id));
    }
    CredentialsProvider.track(build, certificate);
    return certificate;
  }

  public String getTenantIdVariable() {
    return orDefault(tenantIdVariable, DEFAULT_TENANT_ID_VARIABLE);
  }

  @DataBoundSetter
  public void setTenantIdVariable(String name) {
    tenantIdVariable = Util.fixEmptyAndTrim(name);
  }

  public String getClientIdVariable() {
    return orDefault(clientIdVariable, DEFAULT_CLIENT_ID_VARIABLE);
  }

  @DataBoundSetter
  public void setClientIdVariable(String name) {
    clientIdVariable = Util.fixEmptyAndTrim(name);
  }

  public String getClientSecretVariable() {
    return orDefault(clientSecretVariable, DEFAULT_CLIENT_SECRET_VARIABLE);
  }

  @DataBoundSetter
  public void setClientSecretVariable(String name) {
    clientSecretVariable = Util.fixEmptyAndTrim(name);
  }

  public String getCertificatePathVariable() {
    return orDefault(certificatePathVariable, DEFAULT_CERTIFICATE_PATH_VARIABLE);
  }

  @DataBoundSetter
  public void setCertificatePathVariable(String name) {
    certificatePathVariable = Util.fixEmptyAndTrim(name);
  }

  public String getCertificatePasswordVariable() {
    return orDefault(certificatePasswordVariable, DEFAULT_CERTIFICATE_PASSWORD_VARIABLE);
  }

  @DataBoundSetter
  public void setCertificatePasswordVariable(String name) {
    certificatePasswordVariable = Util.fixEmptyAndTrim(name);
  }

  public String getAuthorityHostVariable() {
    return orDefault(authorityHostVariable, DEFAULT_AUTHORITY_HOST_VARIABLE);
  }

  @DataBoundSetter
  public void setAuthorityHostVariable(String name) {
    authorityHostVariable = Util.fixEmptyAndTrim(name);
  }

  private static String orDefault(@CheckForNull String name, String defaultName) {
    return name != null ? name : defaultName;
  }

  @Extension
  @Symbol("entraIdApp")
  public static final class DescriptorImpl extends BindingDescriptor<EntraAppCredentials> {

    @Override
    protected Class<EntraAppCredentials> type() {
      return EntraAppCredentials.class;
    }

    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.EntraAppBinding_displayName();
    }

    /** A client secret needs no workspace; a certificate does, and says so when there is none. */
    @Override
    public boolean requiresWorkspace() {
      return false;
    }

    /** For config-variables.jelly: the default of each variable-name field, keyed by the field. */
    public Map<String, String> getDefaultVariables() {
      return Map.of("tenantIdVariable", DEFAULT_TENANT_ID_VARIABLE, "clientIdVariable", DEFAULT_CLIENT_ID_VARIABLE,
          "clientSecretVariable", DEFAULT_CLIENT_SECRET_VARIABLE,
          "certificatePathVariable", DEFAULT_CERTIFICATE_PATH_VARIABLE,
          "certificatePasswordVariable", DEFAULT_CERTIFICATE_PASSWORD_VARIABLE,
          "authorityHostVariable", DEFAULT_AUTHORITY_HOST_VARIABLE);
    }
  }
}
