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
 * that were set are stored; every other catalogue entry reads as {@code Enabled}, which is how a newly released
 * product appears in every tenant. Thread-safe.
 */
public final class Tenant {

  private final String tenantId;
  private final String domain;
  private final Map<String, AppRegistration> apps = new LinkedHashMap<>();
  private final Map<String, UserAccount> users = new LinkedHashMap<>();
  private final List<ManagedIdentity> managedIdentities;
  private final Map<String, String> productValues = new ConcurrentHashMap<>();
  private final Map<String, String> offerTypeValues = new ConcurrentHashMap<>();

  Tenant(String tenantId, String domain, List<ManagedIdentity> managedIdentities) {
    this.tenantId = tenantId;
    this.domain = domain;
    this.managedIdentities = List.copyOf(managedIdentities);
  }

  public String tenantId() {
    return tenantId;
  }

  public String domain() {
    return domain;
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
    return productValues.getOrDefault(productId, PolicyValues.ENABLED);
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
