package io.github.mscommerce.emulator.tokens;

import io.github.mscommerce.emulator.jwt.Jwt;
import io.github.mscommerce.emulator.jwt.SigningKey;
import io.github.mscommerce.emulator.state.Directory;
import io.github.mscommerce.emulator.state.Tenant;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks the {@code Authorization} header of a policy API request: a bearer JWT signed by the emulator, not expired
 * (no clock skew allowed), not taken back by an admin, for the policy service, and for a known tenant.
 */
public final class AccessTokenVerifier {

  private final SigningKey key;
  private final TokenLedger ledger;
  private final Supplier<Directory> directory;
  private final Clock clock;

  public AccessTokenVerifier(SigningKey key, TokenLedger ledger, Supplier<Directory> directory, Clock clock) {
    this.key = key;
    this.ledger = ledger;
    this.directory = directory;
    this.clock = clock;
  }

  public VerifiedToken verify(String authorizationHeader) throws InvalidTokenException {
    Jwt jwt = parse(bearer(authorizationHeader));
    if (jwt.isUnsigned()) {
      throw new InvalidTokenException("The token is not signed");
    }
    if (!key.signed(jwt)) {
      throw new InvalidTokenException("The token signature is invalid: it was not signed by this emulator's key");
    }
    long now = clock.instant().getEpochSecond();
    long expires = jwt.claimEpochSeconds("exp")
        .orElseThrow(() -> new InvalidTokenException("The token has no exp claim"));
    if (now >= expires) {
      throw new InvalidTokenException("The token has expired");
    }
    if (jwt.claimEpochSeconds("nbf").orElse(0L) > now) {
      throw new InvalidTokenException("The token is not valid yet (nbf is in the future)");
    }
    switch (ledger.status(jwt.claimString("jti").orElse(null))) {
      case EXPIRED -> throw new InvalidTokenException("The token has expired");
      case UNKNOWN -> throw new InvalidTokenException(
          "The token is no longer valid: it was issued before the emulator was reset");
      default -> { }
    }
    List<String> audiences = jwt.claimStrings("aud");
    if (audiences.stream().noneMatch(PolicyApi::isPolicyAudience)) {
      throw new InvalidTokenException("The token audience " + audiences + " is not the policy service; request "
          + "the scope " + PolicyApi.APP_ID + "/.default");
    }
    String tenantId = jwt.claimString("tid").orElseThrow(() -> new InvalidTokenException("The token has no tid"));
    Optional<Tenant> tenant = directory.get().tenant(tenantId);
    if (tenant.isEmpty() || !tenant.get().tenantId().equalsIgnoreCase(tenantId)) {
      throw new InvalidTokenException("The token is for the unknown tenant " + tenantId);
    }
    List<String> scopes = jwt.claimString("scp").map(scp -> Arrays.asList(scp.trim().split("\\s+")))
        .orElse(List.of());
    return new VerifiedToken(tenant.get(), jwt.claimString("appid").orElse(null), jwt.claimStrings("roles"),
        scopes, jwt.claimStrings("wids"));
  }

  private static String bearer(String header) throws InvalidTokenException {
    if (header == null || header.isBlank()) {
      throw new InvalidTokenException("The request has no Authorization header with a bearer token");
    }
    String trimmed = header.trim();
    if (!trimmed.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
      throw new InvalidTokenException("The Authorization header is not of the Bearer scheme");
    }
    return trimmed.substring("bearer ".length()).trim();
  }

  private static Jwt parse(String token) throws InvalidTokenException {
    try {
      return Jwt.parse(token);
    } catch (Jwt.MalformedJwtException e) {
      throw new InvalidTokenException("The token is malformed: " + e.getMessage());
    }
  }
}
