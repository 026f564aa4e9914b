package io.jenkins.plugins.mscommerce.credentials;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.model.Run;
import hudson.util.Secret;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.frontend.CertificateContents;
import java.util.Optional;

/**
 * How an {@link EntraAppCredentials} signs in, in core's terms: the ids, and either the client secret or the certificate
 * as a key store. Never a file: the credentials live on the controller, and the agent may be another machine. Each
 * secret's origin names the credentials, so core's "Signing in with …" line says where it came from, never what it is.
 */
public final class EntraAppSignIn {

  private final String tenantId;
  private final String clientId;
  private final Optional<String> authorityHost;
  private final Optional<SecretValue> clientSecret;
  private final Optional<CertificateContents> certificate;
  private final Optional<SecretValue> certificatePassword;

  private EntraAppSignIn(EntraAppCredentials app, Optional<SecretValue> clientSecret,
      Optional<CertificateContents> certificate, Optional<SecretValue> certificatePassword) {
    this.tenantId = app.getTenantId();
    this.clientId = app.getClientId();
    this.authorityHost = Optional.ofNullable(app.getAuthorityHost());
    this.clientSecret = clientSecret;
    this.certificate = certificate;
    this.certificatePassword = certificatePassword;
  }

  /**
   * The credentials {@code credentialsId} and the certificate credentials they name, looked up as the build and tracked
   * (so the credentials page lists where they were used), as {@code withCredentials} does.
   *
   * @throws AbortException when they do not exist for this build or are of another type, or as {@link #of} says
   */
  public static EntraAppSignIn forBuild(@NonNull String credentialsId, @NonNull Run<?, ?> run) throws AbortException {
    IdCredentials found = CredentialsProvider.findCredentialById(credentialsId, IdCredentials.class, run);
    if (found == null) {
      throw new AbortException(Messages.EntraAppSignIn_notFound(credentialsId));
    }
    if (!(found instanceof EntraAppCredentials)) {
      throw new AbortException(Messages.EntraAppSignIn_wrongType(credentialsId));
    }
    EntraAppCredentials app = (EntraAppCredentials) found;
    CredentialsProvider.track(run, app);
    StandardCertificateCredentials certificate = null;
    String certificateId = app.getCertificateCredentialsId();
    if (certificateId != null) {
      certificate = CredentialsProvider.findCredentialById(certificateId, StandardCertificateCredentials.class, run);
      if (certificate != null) {
        CredentialsProvider.track(run, certificate);
      }
    }
    return of(Messages.EntraAppSignIn_origin(credentialsId), app, certificate);
  }

  /**
   * @param origin how the sign-in line names where the secret came from: "credentials 'contoso'", "the form"
   * @param certificate the certificate credentials {@code app} names; null when it names none, or they were not found
   * @throws AbortException when {@code app} signs in with neither a secret nor a certificate, or with both, or with
   *     certificate credentials that were not found
   */
  public static EntraAppSignIn of(String origin, EntraAppCredentials app,
      @CheckForNull StandardCertificateCredentials certificate) throws AbortException {
    Secret secret = app.getClientSecret();
    String certificateId = app.getCertificateCredentialsId();
    if (secret != null && certificateId != null) {
      throw new AbortException(Messages.EntraAppSignIn_secretAndCertificate(origin));
    }
    if (secret != null) {
      return new EntraAppSignIn(app, Optional.of(SecretValue.of(secret.getPlainText(), origin)), Optional.empty(),
          Optional.empty());
    }
    if (certificateId == null) {
      throw new AbortException(Messages.EntraAppSignIn_noSecretOrCertificate(origin));
    }
    if (certificate == null) {
      throw new AbortException(Messages.EntraAppSignIn_certificateNotFound(origin, certificateId));
    }
    String certificateOrigin = Messages.EntraAppSignIn_certificateOrigin(certificate.getId(), origin);
    // Even an empty password is the key store's own: without one, core would try AZURE_CLIENT_CERTIFICATE_PASSWORD.
    return new EntraAppSignIn(app, Optional.empty(),
        Optional.of(new CertificateContents.InKeyStore(certificateOrigin, certificate.getKeyStore())),
        Optional.of(SecretValue.of(certificate.getPassword().getPlainText(), certificateOrigin)));
  }

  public String tenantId() {
    return tenantId;
  }

  public String clientId() {
    return clientId;
  }

  public Optional<String> authorityHost() {
    return authorityHost;
  }

  public Optional<SecretValue> clientSecret() {
    return clientSecret;
  }

  public Optional<CertificateContents> certificate() {
    return certificate;
  }

  public Optional<SecretValue> certificatePassword() {
    return certificatePassword;
  }

  /** The ids and how the app signs in; never a secret. */
  @Override
  public String toString() {
    return "EntraAppSignIn[tenantId=" + tenantId + ", clientId=" + clientId
        + clientSecret.map(s -> ", " + s).orElse("") + certificate.map(c -> ", " + c).orElse("")
        + authorityHost.map(h -> ", authorityHost=" + h).orElse("") + "]";
  }
}
