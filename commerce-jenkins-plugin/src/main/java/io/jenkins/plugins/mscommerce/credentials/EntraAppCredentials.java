package io.jenkins.plugins.mscommerce.credentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;

/**
 * A Microsoft Entra ID app registration that signs in to the Microsoft 365 self-service purchase policy service with a
 * client secret or with a certificate. The binding and the steps use only this interface, so other credentials
 * providers (a vault, Kubernetes secrets) can supply the type; {@link EntraAppCredentialsImpl} is this plugin's own.
 *
 * <p>Exactly one of {@link #getClientSecret()} and {@link #getCertificateCredentialsId()} is set in a usable
 * credential.
 */
public interface EntraAppCredentials extends StandardCredentials {

  /** The directory (tenant) id: a GUID, or a verified domain such as {@code contoso.onmicrosoft.com}. */
  @NonNull
  String getTenantId();

  /** The application (client) id of the app registration, a GUID. */
  @NonNull
  String getClientId();

  /** The client secret's value; null when the app signs in with a certificate. */
  @CheckForNull
  Secret getClientSecret();

  /**
   * The id of a certificate credential ({@code StandardCertificateCredentials}, a PKCS#12 keystore with the app's RSA
   * key and certificate); null when the app signs in with a client secret.
   */
  @CheckForNull
  String getCertificateCredentialsId();

  /** The Entra ID authority host, such as {@code https://login.microsoftonline.us}; null means the public cloud. */
  @CheckForNull
  String getAuthorityHost();
}
