package io.github.mscommerce.emulator.state;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** A managed identity of a tenant and the app roles of the policy service it holds. */
public record ManagedIdentity(String clientId, List<String> roles) {

  public ManagedIdentity {
    roles = List.copyOf(roles);
  }

  /** Its service principal's object id, stable across restarts. */
  public String objectId() {
    return UUID.nameUUIDFromBytes(("mi:" + clientId.toLowerCase()).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
