package io.github.mscommerce.core.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.util.Map;

/**
 * {@code <goal>.json} of a run over many tenants, keyed by tenant: each entry has the tenant's status, outcome, error
 * (if any) and its whole single-tenant report, exactly as {@link JsonReport} writes it for that tenant alone (the same
 * method makes both, so the two can never differ).
 */
public final class TenantJsonReport {

  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  private TenantJsonReport() {}

  public static String render(TenantsReport run) {
    JsonObject json = new JsonObject();
    json.addProperty("goal", run.goal());
    json.addProperty("title", run.title());
    json.addProperty("time", run.time().toString());
    json.addProperty("policyId", run.policyId());
    json.addProperty("success", run.success());
    json.addProperty("outcome", run.outcome());
    JsonObject summary = new JsonObject();
    for (Map.Entry<String, Integer> count : run.summary().entrySet()) {
      summary.addProperty(count.getKey(), count.getValue());
    }
    json.add("summary", summary);
    JsonObject tenants = new JsonObject();
    for (TenantReport tenant : run.tenants()) {
      JsonObject entry = new JsonObject();
      tenant.tenantId().ifPresent(id -> entry.addProperty("tenantId", id));
      entry.addProperty("status", tenant.status().words());
      entry.addProperty("outcome", tenant.outcome());
      tenant.error().ifPresent(error -> entry.addProperty("error", error));
      tenant.report().ifPresent(report -> entry.add("report", JsonReport.toJson(report)));
      tenants.add(tenant.tenant(), entry);
    }
    json.add("tenants", tenants);
    return GSON.toJson(json) + "\n";
  }
}
