package io.github.mscommerce.emulator;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An Entra ID app registration in an emulated tenant: how the app may authenticate (secret, certificates, federated
 * credentials, or as a public client) and which app roles of the policy service it was granted.
 *
 * @param clientId the application (client) id, a GUID
 * @param clientSecret the client secret value, or null when the app has none
 * @param certificates public certificates registered for the certificate credential flow
 * @param roles granted app roles, e.g. {@code Policy.ReadWrite.AllowSelfServicePurchase}
 * @param federatedCredentials trusted external identities for workload identity federation
 * @param publicClient whether user flows (device code, username/password) may use this client id
 */
public record AppRegistration(String clientId, String clientSecret, List<X509Certificate> certificates,
                              List<String> roles, List<FederatedCredential> federatedCredentials,
                              boolean publicClient) {

  public static final String ROLE_READ = "Policy.Read.AllowSelfServicePurchase";
  public static final String ROLE_READ_WRITE = "Policy.ReadWrite.AllowSelfServicePurchase";
  /** The audience Entra expects in federated assertions. */
  public static final String FEDERATION_AUDIENCE = "api://AzureADTokenExchange";

  public AppRegistration {
    Objects.requireNonNull(clientId, "clientId");
    certificates = List.copyOf(certificates == null ? List.of() : certificates);
    roles = List.copyOf(roles == null ? List.of() : roles);
    federatedCredentials = List.copyOf(federatedCredentials == null ? List.of() : federatedCredentials);
  }

  public static Builder builder(String clientId) {
    return new Builder(clientId);
  }

  /** Redacts the secret: app registrations end up in test failure messages. */
  @Override
  public String toString() {
    return "AppRegistration[clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : "***")
        + ", certificates=" + certificates.size() + ", roles=" + roles + ", federatedCredentials="
        + federatedCredentials + ", publicClient=" + publicClient + "]";
  }

  /**
   * A trusted external identity: an assertion whose {@code iss}, {@code sub} and {@code aud} equal these values may
   * be exchanged for a token of the app.
   */
  public record FederatedCredential(String issuer, String subject, String audience) {
    public FederatedCredential {
      Objects.requireNonNull(issuer, "issuer");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(audience, "audience");
    }
  }

  /** Fluent construction; {@link #build()} validates nothing beyond non-null: the emulator validates on register. */
  public static final class Builder {
    private final String clientId;
    private String clientSecret;
    private final List<X509Certificate> certificates = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();
    private final List<FederatedCredential> federatedCredentials = new ArrayList<>();
    private boolean publicClient;

    private Builder(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
    }

    public Builder secret(String secret) {
      this.clientSecret = Objects.requireNonNull(secret, "secret");
      return this;
    }

    public Builder certificate(X509Certificate certificate) {
      certificates.add(Objects.requireNonNull(certificate, "certificate"));
      return this;
    }

    public Builder role(String role) {
      roles.add(Objects.requireNonNull(role, "role"));
      return this;
    }

    public Builder federated(String issuer, String subject, String audience) {
      federatedCredentials.add(new FederatedCredential(issuer, subject, audience));
      return this;
    }

    public Builder publicClient() {
      this.publicClient = true;
      return this;
    }

    public AppRegistration build() {
      return new AppRegistration(clientId, clientSecret, certificates, roles, federatedCredentials, publicClient);
    }

    @Override
    public String toString() {
      return "AppRegistration.Builder[clientId=" + clientId + "]";
    }
  }
}
