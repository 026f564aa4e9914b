package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.client.CommerceClient;
import java.util.function.Consumer;

/**
 * The goals of both front ends, on one configured client. {@link #task(String)} reads and checks the goal's own settings
 * (before any request) and returns the task that makes the requests.
 */
public final class CommerceTasks {

  private final TaskEnvironment environment;

  CommerceTasks(CommerceClient client, int concurrency, TaskSettings settings, FrontEnd frontEnd,
      Consumer<CommerceEvent> events, TenantScope scope) {
    this.environment = new TaskEnvironment(client, concurrency, settings, frontEnd, events, scope);
  }

  public CommerceClient client() {
    return environment.client();
  }

  /**
   * @param goal one of {@link Goals}
   * @throws io.github.mscommerce.core.InvalidSettingsException when a setting of the goal is wrong
   */
  public CommerceTask task(String goal) {
    switch (goal) {
      case Goals.POLICIES:
        return new PoliciesTask(environment);
      case Goals.POLICY:
        return new PolicyTask(environment);
      case Goals.PRODUCTS:
        return new ProductsTask(environment);
      case Goals.PRODUCT:
        return new ProductTask(environment);
      case Goals.UPDATE_POLICY:
        return new UpdatePolicyTask(environment);
      case Goals.VERIFY_POLICY:
        return new VerifyPolicyTask(environment);
      case Goals.APPLY:
        return new ApplyTask(environment);
      case Goals.EXPORT:
        return new ExportTask(environment);
      default:
        throw new IllegalArgumentException("no goal '" + goal + "': use one of " + Goals.all());
    }
  }
}
