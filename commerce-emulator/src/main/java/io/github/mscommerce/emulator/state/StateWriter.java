package io.github.mscommerce.emulator.state;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.UserAccount;
import io.github.mscommerce.emulator.crypto.Pem;
import io.github.mscommerce.emulator.json.Json;
import java.util.List;

/**
 * Writes the current state in the state-document format. Secrets and passwords are left out, so a dump can be shown
 * or committed; loading it back gives the same tenants, apps (without secrets), users (without passwords) and values.
 * Every product and offer type value is listed explicitly.
 */
public final class StateWriter {

  private StateWriter() {}

  public static String write(Directory directory, Catalogue catalogue) {
    JsonObject root = new JsonObject();
    JsonArray products = new JsonArray();
    for (Product product : catalogue.addedProducts()) {
      JsonObject item = new JsonObject();
      item.addProperty("productId", product.productId());
      item.addProperty("productName", product.productName());
      products.add(item);
    }
    root.add("products", products);
    JsonArray tenants = new JsonArray();
    for (Tenant tenant : directory.tenants()) {
      tenants.add(tenant(tenant, catalogue));
    }
    root.add("tenants", tenants);
    return Json.writePretty(root);
  }

  private static JsonObject tenant(Tenant tenant, Catalogue catalogue) {
    JsonObject json = new JsonObject();
    json.addProperty("tenantId", tenant.tenantId());
    json.addProperty("domain", tenant.domain());
    JsonArray apps = new JsonArray();
    tenant.apps().forEach(app -> apps.add(app(app)));
    json.add("apps", apps);
    JsonArray users = new JsonArray();
    tenant.users().forEach(user -> users.add(user(user)));
    json.add("users", users);
    JsonArray identities = new JsonArray();
    for (ManagedIdentity identity : tenant.managedIdentities()) {
      JsonObject item = new JsonObject();
      item.addProperty("clientId", identity.clientId());
      item.add("roles", strings(identity.roles()));
      identities.add(item);
    }
    json.add("managedIdentities", identities);
    JsonObject productValues = new JsonObject();
    catalogue.products().forEach(product ->
        productValues.addProperty(product.productId(), tenant.productValue(product.productId())));
    json.add("productValues", productValues);
    JsonObject offerTypeValues = new JsonObject();
    catalogue.offerTypes().forEach(type -> offerTypeValues.addProperty(type.id(), tenant.offerTypeValue(type.id())));
    json.add("offerTypeValues", offerTypeValues);
    return json;
  }

  private static JsonObject app(AppRegistration app) {
    JsonObject json = new JsonObject();
    json.addProperty("clientId", app.clientId());
    JsonArray certificates = new JsonArray();
    app.certificates().forEach(certificate -> certificates.add(Pem.certificate(certificate)));
    json.add("certificates", certificates);
    json.add("roles", strings(app.roles()));
    JsonArray federated = new JsonArray();
    for (AppRegistration.FederatedCredential credential : app.federatedCredentials()) {
      JsonObject item = new JsonObject();
      item.addProperty("issuer", credential.issuer());
      item.addProperty("subject", credential.subject());
      item.addProperty("audience", credential.audience());
      federated.add(item);
    }
    json.add("federatedCredentials", federated);
    json.addProperty("publicClient", app.publicClient());
    return json;
  }

  private static JsonObject user(UserAccount user) {
    JsonObject json = new JsonObject();
    json.addProperty("username", user.username());
    json.addProperty("objectId", user.objectId());
    json.add("roles", strings(user.directoryRoleTemplateIds()));
    return json;
  }

  private static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }
}
