package io.github.mscommerce.core;

import java.util.List;

/** The service does not know the policy, product or offer type (HTTP 404); carries the closest known ids, if any. */
public class NotFoundException extends CommerceException {

  private final List<String> closestIds;

  public NotFoundException(String message, ResponseFacts facts, List<String> closestIds) {
    super(message, facts, null);
    this.closestIds = List.copyOf(closestIds);
  }

  public List<String> closestIds() {
    return closestIds;
  }
}
