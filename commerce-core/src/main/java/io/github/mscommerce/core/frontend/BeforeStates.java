package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.plan.DesiredState;

/** Keeps a change's way back before the change is made. */
@FunctionalInterface
public interface BeforeStates {

  /**
   * Stores the before-state for good (never replacing another), before the first change request is sent.
   *
   * @return how the log names it, for "apply that file to restore them"
   * @throws io.github.mscommerce.core.CommerceException when it cannot be kept: then nothing is changed
   */
  String save(String goal, DesiredState before);
}
