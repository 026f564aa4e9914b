package io.github.mscommerce.emulator.state;

import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.InvalidStateException;
import io.github.mscommerce.emulator.UserAccount;
import io.github.mscommerce.emulator.crypto.Pem;
import io.github.mscommerce.emulator.json.Json;
import io.github.mscommerce.emulator.json.JsonFields;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a state document (see the module README) strictly: unknown keys, wrong types, bad values and duplicates are
 * errors that name the document, the JSON path and the fix. Values never appear in messages when they are secrets.
 */
public final class StateParser {

  private final Catalogue catalogue;

  public StateParser(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * @param source how to name the document in errors, e.g. {@code State file /tmp/state.json}
   * @throws InvalidStateException for any problem
   */
  public StateDocument parse(String json, String source) {
    try {
      return read(JsonFields.of(Json.parse(json), "").allowOnly("products", "tenants"));
    } catch (Json.MalformedJsonException e) {
      throw new InvalidStateException(source + ": not valid JSON: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new InvalidStateException(source + ": " + e.getMessage());
    }
  }

  /** One app in the state-file shape (the admin API's {@code POST /_emulator/apps} body). */
  public AppRegistration app(String json, String source) {
    try {
      return readApp(JsonFields.of(Json.parse(json), ""));
    } catch (Json.MalformedJsonException e) {
      throw new InvalidStateException(source + ": not valid JSON: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new InvalidStateException(source + ": " + e.getMessage());
    }
  }

  /** One user in the state-file shape (the admin API's {@code POST /_emulator/users} body). */
  public UserAccount user(String json, String source) {
    try {
      return readUser(JsonFields.of(Json.parse(json), ""));
    } catch (Json.MalformedJsonException e) {
      throw new InvalidStateException(source + ": not valid JSON: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new InvalidStateException(source + ": " + e.getMessage());
    }
  }

  private StateDocument read(JsonFields root) {
    List<Product> products = readProducts(root);
    List<JsonFields> tenantObjects = root.objects("tenants");
    if (tenantObjects.isEmpty()) {
      throw new IllegalArgumentException("tenants: at least one tenant is required; add {\"tenantId\": \"<GUID>\", "
          + "\"domain\": \"<name>.onmicrosoft.com\"}");
    }
    Set<String> tenantIds = new HashSet<>();
    Set<String> domains = new HashSet<>();
    Set<String> usernames = new HashSet<>();
    Set<String> identityIds = new HashSet<>();
    List<StateDocument.TenantSpec> tenants = new ArrayList<>();
    for (JsonFields tenant : tenantObjects) {
      StateDocument.TenantSpec spec = readTenant(tenant, products);
      requireUnique(tenantIds, spec.tenantId(), tenant.child("tenantId"), "tenant id");
      requireUnique(domains, spec.domain(), tenant.child("domain"), "domain");
      for (int i = 0; i < spec.users().size(); i++) {
        requireUnique(usernames, spec.users().get(i).username(), tenant.child("users") + "[" + i + "].username",
            "username (usernames are unique across tenants)");
      }
      for (int i = 0; i < spec.managedIdentities().size(); i++) {
        requireUnique(identityIds, spec.managedIdentities().get(i).clientId(),
            tenant.child("managedIdentities") + "[" + i + "].clientId",
            "managed identity client id (they are unique across tenants)");
      }
      tenants.add(spec);
    }
    return new StateDocument(products, tenants);
  }

  private List<Product> readProducts(JsonFields root) {
    List<Product> products = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonFields product : root.objects("products")) {
      product.allowOnly("productId", "productName");
      String id = product.requiredString("productId");
      String name = product.requiredString("productName");
      RegistrationRules.checkProduct(product.path(), id, name);
      if (catalogue.isBuiltIn(id)) {
        throw new IllegalArgumentException(product.child("productId") + ": '" + id
            + "' is in the built-in catalogue already; list only new products under \"products\"");
      }
      if (!ids.add(id)) {
        throw new IllegalArgumentException(product.child("productId") + ": '" + id + "' is listed twice; keep one");
      }
      products.add(new Product(id, name));
    }
    return products;
  }

  private StateDocument.TenantSpec readTenant(JsonFields tenant, List<Product> documentProducts) {
    tenant.allowOnly("tenantId", "domain", "apps", "users", "managedIdentities", "productValues", "offerTypeValues");
    String tenantId = tenant.requiredString("tenantId");
    RegistrationRules.checkGuid(tenant.path(), "tenantId", tenantId);
    String domain = tenant.requiredString("domain");
    RegistrationRules.checkDomain(tenant.path(), domain);

    List<AppRegistration> apps = new ArrayList<>();
    Set<String> clientIds = new HashSet<>();
    for (JsonFields app : tenant.objects("apps")) {
      AppRegistration registration = readApp(app);
      requireUnique(clientIds, registration.clientId(), app.child("clientId"), "client id in this tenant");
      apps.add(registration);
    }
    List<UserAccount> users = new ArrayList<>();
    for (JsonFields user : tenant.objects("users")) {
      users.add(readUser(user));
    }
    List<ManagedIdentity> identities = new ArrayList<>();
    for (JsonFields identity : tenant.objects("managedIdentities")) {
      identity.allowOnly("clientId", "roles");
      String clientId = identity.requiredString("clientId");
      RegistrationRules.checkGuid(identity.path(), "clientId", clientId);
      List<String> roles = identity.strings("roles");
      RegistrationRules.checkAppRoles(identity.child("roles"), roles);
      identities.add(new ManagedIdentity(clientId, roles));
    }
    return new StateDocument.TenantSpec(tenantId, domain, apps, users, identities,
        readProductValues(tenant, documentProducts), readOfferTypeValues(tenant));
  }

  private AppRegistration readApp(JsonFields app) {
    app.allowOnly("clientId", "clientSecret", "certificates", "roles", "federatedCredentials", "publicClient");
    List<X509Certificate> certificates = new ArrayList<>();
    List<String> pems = app.strings("certificates");
    for (int i = 0; i < pems.size(); i++) {
      try {
        certificates.addAll(Pem.parseCertificates(pems.get(i)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(app.child("certificates") + "[" + i + "]: " + e.getMessage()
            + "; paste the certificate's PEM text (\\n for line breaks)");
      }
    }
    List<AppRegistration.FederatedCredential> federated = new ArrayList<>();
    for (JsonFields credential : app.objects("federatedCredentials")) {
      credential.allowOnly("issuer", "subject", "audience");
      federated.add(new AppRegistration.FederatedCredential(credential.requiredString("issuer"),
          credential.requiredString("subject"),
          credential.optionalString("audience").orElse(AppRegistration.FEDERATION_AUDIENCE)));
    }
    AppRegistration registration = new AppRegistration(app.requiredString("clientId"),
        app.optionalString("clientSecret").orElse(null), certificates, app.strings("roles"), federated,
        app.optionalBoolean("publicClient").orElse(false));
    RegistrationRules.checkApp(app.path(), registration);
    return registration;
  }

  private UserAccount readUser(JsonFields user) {
    user.allowOnly("username", "password", "objectId", "roles");
    UserAccount account = new UserAccount(user.requiredString("username"), user.optionalString("password").orElse(null),
        user.optionalString("objectId").orElse(null), user.strings("roles"));
    RegistrationRules.checkUser(user.path(), account);
    return account;
  }

  private Map<String, String> readProductValues(JsonFields tenant, List<Product> documentProducts) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : tenant.stringMap("productValues").entrySet()) {
      String where = tenant.child("productValues") + "." + entry.getKey();
      boolean known = catalogue.product(entry.getKey()).isPresent()
          || documentProducts.stream().anyMatch(product -> product.productId().equals(entry.getKey()));
      if (!known) {
        throw new IllegalArgumentException(where + ": unknown product id (ids are case-sensitive); use an id of "
            + "the catalogue, or add the product under \"products\" first");
      }
      PolicyValues.problemForProduct(entry.getValue()).ifPresent(problem -> {
        throw new IllegalArgumentException(where + ": " + problem);
      });
      values.put(entry.getKey(), entry.getValue());
    }
    return values;
  }

  private Map<String, String> readOfferTypeValues(JsonFields tenant) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : tenant.stringMap("offerTypeValues").entrySet()) {
      String where = tenant.child("offerTypeValues") + "." + entry.getKey();
      Optional<OfferType> offerType = catalogue.offerType(entry.getKey());
      if (offerType.isEmpty()) {
        throw new IllegalArgumentException(where + ": unknown offer type; use one of "
            + String.join(", ", catalogue.offerTypes().stream().map(OfferType::id).toList()));
      }
      PolicyValues.problemForOfferType(entry.getValue()).ifPresent(problem -> {
        throw new IllegalArgumentException(where + ": " + problem);
      });
      values.put(offerType.get().id(), entry.getValue());
    }
    return values;
  }

  private static void requireUnique(Set<String> seen, String value, String where, String what) {
    if (!seen.add(value.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(where + ": duplicate " + what + " '" + value + "'; each must appear once");
    }
  }
}
