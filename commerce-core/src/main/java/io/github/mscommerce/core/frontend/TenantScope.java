package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.plan.DesiredStateDocument;
import java.util.Objects;
import java.util.Optional;

/**
 * Which tenant a goal's task runs for, as far as the settings tell, and what a run over many tenants decided for it
 * before it started.
 *
 * @param tenant the tenant as configured or listed; empty when a user sign-in leaves it to the user's own tenant
 * @param desiredState one of many tenants: its desired state, the file's baseline with its exceptions, read once for
 *     the whole run
 * @param oneOfMany names the task's own files after the tenant ({@code <tenant>.json} for an export)
 */
record TenantScope(Optional<String> tenant, Optional<DesiredStateDocument> desiredState, boolean oneOfMany) {

  TenantScope {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(desiredState, "desiredState");
  }

  static TenantScope single(Optional<String> tenant) {
    return new TenantScope(tenant, Optional.empty(), false);
  }

  static TenantScope oneOf(String tenant, Optional<DesiredStateDocument> desiredState) {
    return new TenantScope(Optional.of(tenant), desiredState, true);
  }
}
