package io.github.mscommerce.emulator.admin;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.mscommerce.emulator.Demo;
import io.github.mscommerce.emulator.Fault;
import io.github.mscommerce.emulator.GeneratedTenants;
import io.github.mscommerce.emulator.JournalEntry;
import io.github.mscommerce.emulator.RandomFaults;
import io.github.mscommerce.emulator.TenantInfo;
import io.github.mscommerce.emulator.json.Json;
import io.github.mscommerce.emulator.json.JsonFields;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JSON of the admin API: fault and tenant generation bodies in; journal, faults, tenants and demo out. */
final class AdminJson {

  private AdminJson() {}

  static JsonFields body(String text) {
    return JsonFields.of(Json.parse(text), "");
  }

  /**
   * {@code {"method","path","tenantId","steps":[…],"latencyMs"}}; each step has exactly one of {@code status} (with
   * an optional {@code retryAfter}), {@code html} (a status), {@code redirect} (a status, with {@code location}),
   * {@code slowMs}, or one of the flags {@code drop}, {@code malformed}, {@code pass}, {@code dropAfterApply},
   * {@code truncated}, {@code empty}, {@code wrongValue} set to true; and optionally {@code times}.
   */
  static Fault fault(JsonFields body) {
    body.allowOnly("method", "path", "tenantId", "steps", "latencyMs");
    Fault fault = Fault.on(body.optionalString("method").orElse(null), body.requiredString("path"));
    if (body.has("tenantId")) {
      fault = fault.forTenant(body.requiredString("tenantId"));
    }
    for (JsonFields step : body.objects("steps")) {
      fault = withStep(fault, step);
      if (step.has("times")) {
        fault = fault.times(Math.toIntExact(step.requiredWholeNumber("times")));
      }
    }
    long latencyMs = body.optionalWholeNumber("latencyMs").orElse(0L);
    return latencyMs == 0 ? fault : fault.withLatency(Duration.ofMillis(latencyMs));
  }

  private static final List<String> STEP_KEYS = List.of("status", "html", "redirect", "slowMs", "drop", "malformed",
      "pass", "dropAfterApply", "truncated", "empty", "wrongValue");

  private static Fault withStep(Fault fault, JsonFields step) {
    step.allowOnly("status", "retryAfter", "html", "redirect", "location", "slowMs", "drop", "malformed", "pass",
        "dropAfterApply", "truncated", "empty", "wrongValue", "times");
    List<String> given = STEP_KEYS.stream().filter(step::has).toList();
    if (given.size() != 1) {
      throw new IllegalArgumentException(step.path() + ": give exactly one of " + String.join(", ", STEP_KEYS)
          + (given.isEmpty() ? "" : " (found " + String.join(", ", given) + ")"));
    }
    String key = given.get(0);
    switch (key) {
      case "status" -> {
        int status = Math.toIntExact(step.requiredWholeNumber("status"));
        return step.has("retryAfter") ? fault.thenStatus(status, step.requiredString("retryAfter"))
            : fault.thenStatus(status);
      }
      case "html" -> {
        return fault.thenHtml(Math.toIntExact(step.requiredWholeNumber("html")));
      }
      case "redirect" -> {
        return fault.thenRedirect(Math.toIntExact(step.requiredWholeNumber("redirect")),
            step.requiredString("location"));
      }
      case "slowMs" -> {
        return fault.thenSlow(Duration.ofMillis(step.requiredWholeNumber("slowMs")));
      }
      default -> {
        if (!step.optionalBoolean(key).orElse(false)) {
          throw new IllegalArgumentException(step.child(key) + ": must be true when given");
        }
        return switch (key) {
          case "drop" -> fault.thenDrop();
          case "malformed" -> fault.thenMalformed();
          case "pass" -> fault.thenPass();
          case "dropAfterApply" -> fault.thenDropAfterApply();
          case "truncated" -> fault.thenTruncated();
          case "empty" -> fault.thenEmpty();
          default -> fault.thenWrongValue();
        };
      }
    }
  }

  /** {@code {"count","seed","enabledProducts"}}; seed and enabledProducts have their defaults when left out. */
  static GeneratedTenants generatedTenants(JsonFields body) {
    body.allowOnly("count", "seed", "enabledProducts");
    return new GeneratedTenants(Math.toIntExact(body.requiredWholeNumber("count")),
        body.optionalWholeNumber("seed").orElse(GeneratedTenants.DEFAULT_SEED),
        Math.toIntExact(body.optionalWholeNumber("enabledProducts")
            .orElse((long) GeneratedTenants.DEFAULT_ENABLED_PRODUCTS)));
  }

  static JsonObject tenants(List<TenantInfo> tenants) {
    JsonArray items = new JsonArray();
    tenants.forEach(tenant -> items.add(tenant(tenant)));
    JsonObject body = new JsonObject();
    body.add("tenants", items);
    return body;
  }

  static JsonObject tenant(TenantInfo tenant) {
    JsonObject json = new JsonObject();
    json.addProperty("tenantId", tenant.tenantId());
    json.addProperty("domain", tenant.domain());
    json.addProperty("generated", tenant.generated());
    JsonObject products = new JsonObject();
    tenant.productValues().forEach(products::addProperty);
    json.add("productValues", products);
    JsonObject offerTypes = new JsonObject();
    tenant.offerTypeValues().forEach(offerTypes::addProperty);
    json.add("offerTypeValues", offerTypes);
    JsonObject apps = new JsonObject();
    tenant.apps().forEach((clientId, roles) -> {
      JsonArray array = new JsonArray();
      roles.forEach(array::add);
      apps.add(clientId, array);
    });
    json.add("apps", apps);
    return json;
  }

  /**
   * {@code {"seed","rate","kinds":["status-503",…],"retryAfter","slowMs","method","path","tenantId"}}; only seed and
   * rate are required.
   */
  static RandomFaults randomFaults(JsonFields body) {
    body.allowOnly("seed", "rate", "kinds", "retryAfter", "slowMs", "method", "path", "tenantId");
    RandomFaults faults = RandomFaults.seeded(body.requiredWholeNumber("seed"), body.requiredDecimal("rate"));
    if (body.has("kinds")) {
      faults = faults.kinds(body.strings("kinds").stream().map(RandomFaults.Kind::fromLabel).toList());
    }
    if (body.has("retryAfter")) {
      faults = faults.retryAfter(body.requiredString("retryAfter"));
    }
    if (body.has("slowMs")) {
      faults = faults.slowBy(Duration.ofMillis(body.requiredWholeNumber("slowMs")));
    }
    if (body.has("method") || body.has("path")) {
      faults = faults.on(body.optionalString("method").orElse(null), body.optionalString("path").orElse("/**"));
    }
    if (body.has("tenantId")) {
      faults = faults.forTenant(body.requiredString("tenantId"));
    }
    return faults;
  }

  static JsonObject faults(List<Fault> faults, Optional<RandomFaults> random) {
    JsonObject body = faults(faults);
    body.add("random", random.map(AdminJson::randomFaults).orElse(null));
    return body;
  }

  private static JsonObject randomFaults(RandomFaults random) {
    JsonObject json = new JsonObject();
    json.addProperty("seed", random.seed());
    json.addProperty("rate", random.rate());
    JsonArray kinds = new JsonArray();
    random.kinds().forEach(kind -> kinds.add(kind.label()));
    json.add("kinds", kinds);
    json.addProperty("retryAfter", random.retryAfter());
    json.addProperty("slowMs", random.slowBy().toMillis());
    json.addProperty("method", random.method());
    json.addProperty("path", random.pathGlob());
    json.addProperty("tenantId", random.tenantId());
    return json;
  }

  static JsonObject faults(List<Fault> faults) {
    JsonArray items = new JsonArray();
    for (Fault fault : faults) {
      JsonObject item = new JsonObject();
      item.addProperty("method", fault.method());
      item.addProperty("path", fault.pathGlob());
      item.addProperty("tenantId", fault.tenantId());
      JsonArray steps = new JsonArray();
      fault.steps().forEach(step -> steps.add(step.toString()));
      item.add("steps", steps);
      item.addProperty("latencyMs", fault.latency().toMillis());
      items.add(item);
    }
    JsonObject body = new JsonObject();
    body.add("faults", items);
    return body;
  }

  static JsonObject journal(List<JournalEntry> entries, Map<String, Integer> counts, Map<String, Integer> faultCounts) {
    JsonArray items = new JsonArray();
    for (JournalEntry entry : entries) {
      JsonObject item = new JsonObject();
      item.addProperty("time", entry.time().toString());
      item.addProperty("method", entry.method());
      item.addProperty("path", entry.path());
      item.addProperty("route", entry.route());
      item.addProperty("status", entry.status());
      item.addProperty("tenantId", entry.tenantId());
      item.addProperty("grantType", entry.grantType());
      item.addProperty("clientId", entry.clientId());
      item.addProperty("correlationId", entry.correlationId());
      item.addProperty("tokenTenantId", entry.tokenTenantId());
      item.addProperty("pathTenant", entry.pathTenant());
      item.addProperty("fault", entry.fault());
      item.addProperty("attempt", entry.attempt());
      items.add(item);
    }
    JsonObject body = new JsonObject();
    body.add("entries", items);
    body.add("counts", counts(counts));
    body.add("faultCounts", counts(faultCounts));
    return body;
  }

  static JsonObject faultCounts(Map<String, Integer> faultCounts) {
    JsonObject body = new JsonObject();
    body.add("faultCounts", counts(faultCounts));
    return body;
  }

  private static JsonObject counts(Map<String, Integer> counts) {
    JsonObject json = new JsonObject();
    counts.forEach(json::addProperty);
    return json;
  }

  /** The demo credentials, secrets included: how a process that did not start the emulator gets them. */
  static JsonObject demo(Demo demo) {
    JsonObject body = new JsonObject();
    body.addProperty("tenantId", demo.tenantId());
    body.addProperty("domain", demo.domain());
    body.addProperty("clientId", demo.clientId());
    body.addProperty("clientSecret", demo.clientSecret());
    body.addProperty("readOnlyClientId", demo.readOnlyClientId());
    body.addProperty("readOnlyClientSecret", demo.readOnlyClientSecret());
    body.addProperty("noRoleClientId", demo.noRoleClientId());
    body.addProperty("noRoleClientSecret", demo.noRoleClientSecret());
    body.addProperty("adminUser", demo.adminUser());
    body.addProperty("billingAdminUser", demo.billingAdminUser());
    body.addProperty("readerUser", demo.readerUser());
    body.addProperty("plainUser", demo.plainUser());
    body.addProperty("userPassword", demo.userPassword());
    body.addProperty("publicClientId", demo.publicClientId());
    body.addProperty("identityHeader", demo.identityHeader());
    body.addProperty("managedIdentityClientId", demo.managedIdentityClientId());
    body.addProperty("federationIssuer", demo.federationIssuer());
    body.addProperty("federatedSubject", demo.federatedSubject());
    return body;
  }

  static JsonObject ok() {
    JsonObject body = new JsonObject();
    body.addProperty("ok", true);
    return body;
  }
}
