package io.jenkins.plugins.mscommerce.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.ProxyConfiguration;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.frontend.CertificateContents;
import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.core.frontend.RawSettings;
import io.github.mscommerce.core.http.ProxySettings;
import java.util.Optional;
import jenkins.model.Jenkins;

/**
 * The settings that Jenkins holds on the controller, the same for a Pipeline step and for the credential form's "Test
 * connection": how the app signs in (from {@link EntraAppCredentials}, which outranks the {@code AZURE_*} environment as
 * design.md's precedence says), a trust anchor's PEM text (a secret file, or the form), and Jenkins' HTTP proxy. A
 * subclass supplies the plain settings and the environment.
 */
public abstract class ControllerSettings implements RawSettings {

  /**
   * A trust anchor's PEM text as Jenkins holds it (a secret file, the form's field), and how core's messages name it:
   * {@code secret file 'corp-ca' (trustCertificateId)}, not the {@code trustCertificate} path setting it outranks.
   */
  public record TrustCertificateText(String pem, String source) {

    /** Where it came from; the certificates themselves are no secret, only long. */
    @Override
    public String toString() {
      return "TrustCertificateText[" + source + "]";
    }
  }

  private final Optional<EntraAppSignIn> signIn;
  private final Optional<TrustCertificateText> trustCertificate;
  private final Optional<ProxySettings> proxy;

  /**
   * @param trustCertificate a trust anchor Jenkins holds; core prefers it to a trust certificate file and never needs
   *     it written anywhere
   */
  protected ControllerSettings(Optional<EntraAppSignIn> signIn, Optional<TrustCertificateText> trustCertificate,
      Optional<ProxySettings> proxy) {
    this.signIn = signIn;
    this.trustCertificate = trustCertificate;
    this.proxy = proxy;
  }

  /**
   * Jenkins' proxy (Manage Jenkins, Plugins, Advanced), in core's terms; empty when none is set or outside a controller.
   * Its password is never passed on; that it has a user name is, so that core warns once that the credentials are not
   * sent (see the README's Proxies section).
   */
  public static Optional<ProxySettings> jenkinsProxy() {
    Jenkins jenkins = Jenkins.getInstanceOrNull();
    return proxyOf(jenkins == null ? null : jenkins.proxy);
  }

  /**
   * Its no-proxy hosts, one per line or separated by blanks, commas or bars, as core parses them for Maven too.
   * Known core bug (reported): with {@code hasCredentials}, core's HTTP client gets an {@link java.net.Authenticator},
   * and the JDK client then drops every request's own {@code Authorization} header, so the service answers 401.
   */
  static Optional<ProxySettings> proxyOf(@CheckForNull ProxyConfiguration configuration) {
    if (configuration == null || configuration.getName() == null || configuration.getName().isBlank()) {
      return Optional.empty();
    }
    String userName = configuration.getUserName();
    return Optional.of(new ProxySettings(configuration.getName().trim(), configuration.getPort(),
        ProxySettings.parseNonProxyHosts(configuration.getNoProxyHost()), userName != null && !userName.isBlank()));
  }

  /**
   * The credential's tenant is the one that comes with it, not the user's explicit choice: a one-tenant run signs in
   * there, and a step's {@code tenants} list overrides it (the log says so) instead of conflicting with it.
   * {@link #tenantId()} stays the plain setting, which no step has a field for.
   */
  @Override
  public Optional<String> homeTenantId() {
    return signIn.map(EntraAppSignIn::tenantId);
  }

  @Override
  public Optional<String> clientId() {
    return signIn.map(EntraAppSignIn::clientId).or(RawSettings.super::clientId);
  }

  @Override
  public Optional<SecretValue> clientSecret() {
    return signIn.flatMap(EntraAppSignIn::clientSecret);
  }

  @Override
  public Optional<CertificateContents> certificate() {
    return signIn.flatMap(EntraAppSignIn::certificate);
  }

  @Override
  public Optional<SecretValue> certificatePassword() {
    return signIn.flatMap(EntraAppSignIn::certificatePassword);
  }

  /** An explicit setting first, then the credentials' host; the environment's comes last, in core. */
  @Override
  public Optional<String> authorityHost() {
    return value(PropertyNames.AUTHORITY_HOST).or(() -> signIn.flatMap(EntraAppSignIn::authorityHost));
  }

  @Override
  public Optional<String> trustCertificatePem() {
    return trustCertificate.map(TrustCertificateText::pem);
  }

  @Override
  public Optional<String> trustCertificateSource() {
    return trustCertificate.map(TrustCertificateText::source);
  }

  @Override
  public Optional<ProxySettings> proxy() {
    return proxy;
  }

  /** How the app signs in and whether a trust anchor and a proxy are set; never a secret. */
  protected String controllerPart() {
    return "signIn=" + signIn.map(Object::toString).orElse("environment")
        + trustCertificate.map(t -> ", trustCertificate=" + t.source()).orElse("")
        + proxy.map(p -> ", proxy=" + p).orElse("");
  }
}
