package io.github.mscommerce.emulator.state;

import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.Demo;
import io.github.mscommerce.emulator.UserAccount;
import io.github.mscommerce.emulator.crypto.RandomSecrets;
import java.util.List;
import java.util.Map;

/**
 * The built-in demo tenant: fixed ids (so scripts and docs can name them) and secrets that are random per start (so
 * nothing that works against one emulator run works against another).
 */
public final class DemoTenant {

  public static final String TENANT_ID = "7c5d2b8e-4f1a-4e3b-9d6c-0a1b2c3d4e5f";
  public static final String DOMAIN = "contoso.onmicrosoft.com";
  public static final String READ_WRITE_CLIENT_ID = "1f0e2d3c-4b5a-4697-8877-a1b2c3d4e5f6";
  public static final String READ_ONLY_CLIENT_ID = "2a1b3c4d-5e6f-4a7b-8c9d-b2c3d4e5f6a7";
  public static final String NO_ROLE_CLIENT_ID = "3b2c4d5e-6f7a-4b8c-9dae-c3d4e5f6a7b8";
  public static final String MANAGED_IDENTITY_CLIENT_ID = "4c3d5e6f-7a8b-4c9d-8ebf-d4e5f6a7b8c9";
  public static final String FEDERATED_SUBJECT = "repo:contoso/pipelines:ref:refs/heads/main";

  private final Demo demo;
  private final StateDocument document;

  private DemoTenant(Demo demo, StateDocument document) {
    this.demo = demo;
    this.document = document;
  }

  /** @param baseUrl the emulator's base URL; the demo's federation issuer lives under it */
  public static DemoTenant create(String baseUrl) {
    Demo demo = new Demo(TENANT_ID, DOMAIN,
        READ_WRITE_CLIENT_ID, RandomSecrets.clientSecret(),
        READ_ONLY_CLIENT_ID, RandomSecrets.clientSecret(),
        NO_ROLE_CLIENT_ID, RandomSecrets.clientSecret(),
        "admin@" + DOMAIN, "billing@" + DOMAIN, "reader@" + DOMAIN, "user@" + DOMAIN,
        RandomSecrets.password(),
        RegistrationRules.MSCOMMERCE_PUBLIC_CLIENT_ID,
        RandomSecrets.opaqueToken(24),
        MANAGED_IDENTITY_CLIENT_ID,
        baseUrl + "/federation",
        FEDERATED_SUBJECT);
    return new DemoTenant(demo, document(demo));
  }

  public Demo demo() {
    return demo;
  }

  /**
   * The demo's ReadWrite app as generated tenants register it: the same client id and secret, consented with the
   * ReadWrite role, as a multi-tenant app's service principal would be.
   */
  public AppRegistration appForGeneratedTenants() {
    return AppRegistration.builder(demo.clientId()).secret(demo.clientSecret()).role(AppRegistration.ROLE_READ_WRITE)
        .build();
  }

  /** The demo tenant as a state document, which is how it is loaded and reset. */
  public StateDocument document() {
    return document;
  }

  private static StateDocument document(Demo demo) {
    List<AppRegistration> apps = List.of(
        AppRegistration.builder(demo.clientId()).secret(demo.clientSecret()).role(AppRegistration.ROLE_READ_WRITE)
            .federated(demo.federationIssuer(), demo.federatedSubject(), AppRegistration.FEDERATION_AUDIENCE).build(),
        AppRegistration.builder(demo.readOnlyClientId()).secret(demo.readOnlyClientSecret())
            .role(AppRegistration.ROLE_READ).build(),
        AppRegistration.builder(demo.noRoleClientId()).secret(demo.noRoleClientSecret()).build());
    List<UserAccount> users = List.of(
        new UserAccount(demo.adminUser(), demo.userPassword(), null, List.of(UserAccount.GLOBAL_ADMINISTRATOR)),
        new UserAccount(demo.billingAdminUser(), demo.userPassword(), null, List.of(UserAccount.BILLING_ADMINISTRATOR)),
        new UserAccount(demo.readerUser(), demo.userPassword(), null, List.of(UserAccount.GLOBAL_READER)),
        new UserAccount(demo.plainUser(), demo.userPassword(), null, List.of()));
    List<ManagedIdentity> identities =
        List.of(new ManagedIdentity(demo.managedIdentityClientId(), List.of(AppRegistration.ROLE_READ_WRITE)));
    return new StateDocument(List.of(), List.of(new StateDocument.TenantSpec(
        demo.tenantId(), demo.domain(), apps, users, identities, Map.of(), Map.of())));
  }
}
