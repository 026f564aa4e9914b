package io.github.mscommerce.emulator.state;

import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.UserAccount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One emulated tenant: its directory objects (apps, users, managed identities) and its policy values. Only values
 * that were set are stored; every other product reads as its {@link StartingValues starting value} ({@code Enabled}
 * unless the tenant was generated), and every other offer type as {@code Enabled}. Thread-safe.
 */
public final class Tenant {

  private final String tenantId;
  private final String domain;
  private final Map<String, AppRegistration> apps = new LinkedHashMap<>();
  private final Map<String, UserAccount> users = new LinkedHashMap<>();
  private final List<ManagedIdentity> managedIdentities;
  private final Map<String, String> productValues = new ConcurrentHashMap<>();
  private final Map<String, String> offerTypeValues = new ConcurrentHashMap<>();
  private final StartingValues startingValues;
  private final boolean generated;

  Tenant(String tenantId, String domain, List<ManagedIdentity> managedIdentities) {
    this(tenantId, domain, managedIdentities, StartingValues.ALL_ENABLED, false);
  }

  Tenant(String tenantId, String domain, List<ManagedIdentity> managedIdentities, StartingValues startingValues,
         boolean generated) {
    this.tenantId = tenantId;
    this.domain = domain;
    this.managedIdentities = List.copyOf(managedIdentities);
    this.startingValues = startingValues;
    this.generated = generated;
  }

  public String tenantId() {
    return tenantId;
  }

  public String domain() {
    return domain;
  }

  /** Whether the tenant was made from {@code GeneratedTenants} rather than the state document. */
  public boolean generated() {
    return generated;
  }

  /** True when {@code segment} (a path segment or a fault's tenant) names this tenant by id or domain. */
  public boolean isNamedBy(String segment) {
    return tenantId.equalsIgnoreCase(segment) || domain.equalsIgnoreCase(segment);
  }

  public synchronized Optional<AppRegistration> app(String clientId) {
    return Optional.ofNullable(apps.get(key(clientId)));
  }

  public synchronized List<AppRegistration> apps() {
    return List.copyOf(apps.values());
  }

  /** @throws IllegalArgumentException when the client id is already registered here */
  public synchronized void addApp(AppRegistration app) {
    if (apps.containsKey(key(app.clientId()))) {
      throw new IllegalArgumentException("App '" + app.clientId() + "' is already registered in tenant " + tenantId
          + "; use another client id, or reset() first");
    }
    apps.put(key(app.clientId()), app);
  }

  /**
   * The app is no longer registered (or consented) here; token requests for it fail as for an unknown app.
   *
   * @return whether it was registered
   */
  public synchronized boolean removeApp(String clientId) {
    return apps.remove(key(clientId)) != null;
  }

  /** Keeps the app registered here but without any role of the policy service: its tokens carry no roles. */
  public synchronized boolean revokeAppRoles(String clientId) {
    AppRegistration app = apps.get(key(clientId));
    if (app == null) {
      return false;
    }
    apps.put(key(clientId), new AppRegistration(app.clientId(), app.clientSecret(), app.certificates(), List.of(),
        app.federatedCredentials(), app.publicClient()));
    return true;
  }

  /** Usernames are matched ignoring case, as Entra does. */
  public synchronized Optional<UserAccount> user(String username) {
    return Optional.ofNullable(users.get(key(username)));
  }

  public synchronized List<UserAccount> users() {
    return List.copyOf(users.values());
  }

  synchronized void addUser(UserAccount user) {
    users.put(key(user.username()), user);
  }

  public List<ManagedIdentity> managedIdentities() {
    return managedIdentities;
  }

  public String productValue(String productId) {
    String set = productValues.get(productId);
    return set != null ? set : startingValues.productValue(productId);
  }

  public void setProductValue(String productId, String value) {
    productValues.put(productId, value);
  }

  /** @param offerTypeId the canonical offer type id */
  public String offerTypeValue(String offerTypeId) {
    return offerTypeValues.getOrDefault(offerTypeId, PolicyValues.ENABLED);
  }

  public void setOfferTypeValue(String offerTypeId, String value) {
    offerTypeValues.put(offerTypeId, value);
  }

  @Override
  public String toString() {
    return "Tenant[" + tenantId + ", " + domain + "]";
  }

  private static String key(String id) {
    return id.toLowerCase(Locale.ROOT);
  }
}
