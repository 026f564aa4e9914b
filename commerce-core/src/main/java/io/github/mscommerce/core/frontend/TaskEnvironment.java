package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.client.CommerceClient;
import java.time.Instant;
import java.util.function.Consumer;

/** What every goal's task runs with: the client, the front end, where events go, and which tenant it is for. */
record TaskEnvironment(CommerceClient client, int concurrency, TaskSettings settings, FrontEnd frontEnd,
    Consumer<CommerceEvent> events, TenantScope scope) {

  Suggestions suggestions() {
    return frontEnd.suggestions();
  }

  String name(String property) {
    return frontEnd.name(property);
  }

  Instant now() {
    return frontEnd.clock().instant();
  }
}
