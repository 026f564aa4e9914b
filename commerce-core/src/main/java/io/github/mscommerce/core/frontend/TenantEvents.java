package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.CommerceEvent;
import java.util.function.Consumer;

/**
 * One tenant's events in a run over many: each line names its tenant, and everything below a warning (sign-in, each
 * product's change, retries) goes to DEBUG, so a thousand tenants print progress, not a line per product per tenant,
 * unless the build is verbose. Warnings and errors stay what they are.
 */
final class TenantEvents implements Consumer<CommerceEvent> {

  private final String prefix;
  private final Consumer<CommerceEvent> events;

  TenantEvents(String tenant, Consumer<CommerceEvent> events) {
    this.prefix = "[" + tenant + "] ";
    this.events = events;
  }

  @Override
  public void accept(CommerceEvent event) {
    switch (event.level()) {
      case ERROR:
      case WARN:
        events.accept(new CommerceEvent(event.level(), prefix + event.message()));
        break;
      default:
        events.accept(CommerceEvent.debug(prefix + event.message()));
    }
  }
}
