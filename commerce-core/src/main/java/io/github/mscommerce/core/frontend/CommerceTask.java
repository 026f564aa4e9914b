package io.github.mscommerce.core.frontend;

/**
 * One goal with its settings already checked: {@link #run} makes the requests. {@link TaskRunner} runs it for a front
 * end; a library user may run it directly.
 */
public interface CommerceTask {

  /**
   * @param beforeStates keeps the values before a change, called before the first request that changes the tenant
   * @throws TaskCancelledException when interrupted after it started changing the tenant, with what it did so far
   * @throws io.github.mscommerce.core.CommerceException when the service, Entra ID or the network fails
   */
  TaskResult run(BeforeStates beforeStates);
}
