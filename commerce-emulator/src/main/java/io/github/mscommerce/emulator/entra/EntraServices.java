package io.github.mscommerce.emulator.entra;

import io.github.mscommerce.emulator.state.Directory;
import io.github.mscommerce.emulator.tokens.AccessTokenIssuer;
import io.github.mscommerce.emulator.tokens.DeviceCodes;
import io.github.mscommerce.emulator.tokens.FederationIssuer;
import io.github.mscommerce.emulator.tokens.RefreshTokens;
import java.net.URI;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What the Entra endpoints share.
 *
 * @param directory the current tenants (replaced when state is loaded, hence a supplier)
 * @param baseUrl the emulator's base URL; client assertions must be addressed to its token endpoints
 * @param identityHeader the secret the managed identity endpoint expects in {@code X-IDENTITY-HEADER}
 */
public record EntraServices(Supplier<Directory> directory, AccessTokenIssuer issuer, RefreshTokens refreshTokens,
                            DeviceCodes deviceCodes, FederationIssuer federation, AssertionReplay replay,
                            Clock clock, URI baseUrl, String identityHeader) {

  /** Never prints the identity header. */
  @Override
  public String toString() {
    return "EntraServices[" + baseUrl + "]";
  }
}
