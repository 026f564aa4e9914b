package io.github.mscommerce.core.frontend;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every {@code commerce.*} setting that core reads, once. Maven uses them as user properties; a Jenkins step's field is
 * the part after {@code commerce.} ({@link SettingNames#PIPELINE}); messages quote them in the front end's spelling.
 * Settings only one front end has (Maven's {@code commerce.skip}, {@code commerce.serverId}) live in that front end.
 */
public final class PropertyNames {

  private PropertyNames() {}

  /** Every name above, for front ends that map their own fields onto them by name. */
  public static Set<String> all() {
    Set<String> names = new LinkedHashSet<>();
    for (Field field : PropertyNames.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          names.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return names;
  }

  // connection and sign-in
  public static final String TENANT_ID = "commerce.tenantId";
  public static final String CLIENT_ID = "commerce.clientId";
  public static final String CLIENT_SECRET = "commerce.clientSecret";
  public static final String CERTIFICATE_PATH = "commerce.certificatePath";
  public static final String CERTIFICATE_PASSWORD = "commerce.certificatePassword";
  public static final String FEDERATED_TOKEN_FILE = "commerce.federatedTokenFile";
  public static final String AUTH = "commerce.auth";
  public static final String ACCESS_TOKEN = "commerce.accessToken";
  public static final String USERNAME = "commerce.username";
  public static final String PUBLIC_CLIENT_ID = "commerce.publicClientId";
  public static final String ENDPOINT = "commerce.endpoint";
  public static final String AUTHORITY_HOST = "commerce.authorityHost";
  public static final String TRUST_CERTIFICATE = "commerce.trustCertificate";
  public static final String API_VERSION = "commerce.apiVersion";
  public static final String TIMEOUT = "commerce.timeout";
  public static final String RETRIES = "commerce.retries";
  public static final String CONCURRENCY = "commerce.concurrency";
  public static final String POLICY_ID = "commerce.policyId";

  // many tenants in one run
  /** Tenant GUIDs or domains, comma-separated, or {@code @file} with one a line; instead of {@link #TENANT_ID}. */
  public static final String TENANTS = "commerce.tenants";
  /** Tenants run in parallel (1–64, default 8); products within a tenant follow {@link #CONCURRENCY}. */
  public static final String TENANT_CONCURRENCY = "commerce.tenantConcurrency";
  /** Requests in flight at once across the whole run, token requests included (default 32). */
  public static final String MAX_REQUESTS = "commerce.maxRequests";

  // what to read or change
  public static final String PRODUCT_ID = "commerce.productId";
  public static final String OFFER_TYPE = "commerce.offerType";
  public static final String PRODUCT_IDS = "commerce.productIds";
  public static final String PRODUCT_NAMES = "commerce.productNames";
  public static final String OFFER_TYPES = "commerce.offerTypes";
  public static final String ALL = "commerce.all";
  public static final String SCOPE = "commerce.scope";
  public static final String VALUE = "commerce.value";
  public static final String ENABLED = "commerce.enabled";
  public static final String DRY_RUN = "commerce.dryRun";

  // gate, desired state, reports
  public static final String FORBID = "commerce.forbid";
  public static final String ALLOW = "commerce.allow";
  public static final String FAIL_ON_VIOLATION = "commerce.failOnViolation";
  public static final String DESIRED_STATE = "commerce.desiredState";
  public static final String OUTPUT = "commerce.output";
  public static final String INCLUDE_OFFER_TYPES = "commerce.includeOfferTypes";
  public static final String REPORT_DIRECTORY = "commerce.reportDirectory";
}
