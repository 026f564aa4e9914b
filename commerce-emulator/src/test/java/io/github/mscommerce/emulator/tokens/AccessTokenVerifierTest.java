package io.github.mscommerce.emulator.tokens;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.emulator.MutableClock;
import io.github.mscommerce.emulator.UserAccount;
import io.github.mscommerce.emulator.crypto.SelfSignedCertificates;
import io.github.mscommerce.emulator.jwt.SigningKey;
import io.github.mscommerce.emulator.state.Catalogue;
import io.github.mscommerce.emulator.state.DemoTenant;
import io.github.mscommerce.emulator.state.EmulatorState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class AccessTokenVerifierTest {

  private static final SigningKey KEY = new SigningKey(SelfSignedCertificates.rsa2048());
  private static final String TENANT = DemoTenant.TENANT_ID;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final TokenLedger ledger = new TokenLedger(clock);
  private final TokenLifetime lifetime = new TokenLifetime();
  private final EmulatorState state = new EmulatorState(Catalogue.builtIn(),
      DemoTenant.create("https://127.0.0.1:1").document());
  private final AccessTokenIssuer issuer = new AccessTokenIssuer(KEY, ledger, lifetime, clock);
  private final AccessTokenVerifier verifier = new AccessTokenVerifier(KEY, ledger, state::directory, clock);

  @Test
  public void verify_appToken_givesTenantAppAndRoles() throws Exception {
    String token = appToken(PolicyApi.APP_ID);

    VerifiedToken verified = verifier.verify("Bearer " + token);

    assertEquals(TENANT, verified.tenant().tenantId());
    assertEquals("app", verified.appId());
    assertEquals(List.of("Policy.Read.AllowSelfServicePurchase"), verified.roles());
    assertTrue(!verified.isUser());
  }

  @Test
  public void verify_userToken_givesScopesAndDirectoryRoles() throws Exception {
    UserAccount user = new UserAccount("a@contoso.onmicrosoft.com", null, null,
        List.of(UserAccount.GLOBAL_READER));
    String token = issuer.forUser(TENANT, user, "client", PolicyApi.APP_ID, PolicyApi.USER_SCOPE).accessToken();

    VerifiedToken verified = verifier.verify("bearer " + token);

    assertEquals(List.of(PolicyApi.USER_SCOPE), verified.scopes());
    assertTrue(verified.directoryRoles().contains(UserAccount.GLOBAL_READER));
    assertTrue(verified.isUser());
  }

  @Test
  public void verify_atExactlyExp_isExpiredBecauseThereIsNoSkew() {
    lifetime.set(Duration.ofSeconds(60));
    String token = appToken(PolicyApi.APP_ID);

    clock.advance(Duration.ofSeconds(59));
    assertAccepted(token);
    clock.advance(Duration.ofSeconds(1));
    assertRefused(token, "expired");
  }

  @Test
  public void verify_afterLedgerExpiresAll_isExpired() {
    String token = appToken(PolicyApi.APP_ID);

    ledger.expireAll();

    assertRefused(token, "expired");
  }

  @Test
  public void verify_afterLedgerForgetsAll_isNoLongerValid() {
    String token = appToken(PolicyApi.APP_ID);

    ledger.forgetAll();

    assertRefused(token, "issued before the emulator was reset");
  }

  @Test
  public void verify_otherAudience_namesTheScopeToRequest() {
    assertRefused(appToken("https://graph.microsoft.com"), "/.default");
  }

  @Test
  public void verify_tokenOfAnotherEmulatorKey_isRefused() {
    SigningKey otherKey = new SigningKey(SelfSignedCertificates.rsa2048());
    String foreign = new AccessTokenIssuer(otherKey, ledger, lifetime, clock)
        .forApp(TENANT, "app", "oid", List.of(), PolicyApi.APP_ID).accessToken();

    assertRefused(foreign, "signature is invalid");
  }

  @Test
  public void verify_notBearer_isRefused() {
    assertThrows(InvalidTokenException.class, () -> verifier.verify("Basic dXNlcjpwYXNz"));
  }

  private String appToken(String audience) {
    return issuer.forApp(TENANT, "app", "oid", List.of("Policy.Read.AllowSelfServicePurchase"), audience)
        .accessToken();
  }

  private void assertAccepted(String token) {
    try {
      verifier.verify("Bearer " + token);
    } catch (InvalidTokenException e) {
      throw new AssertionError("refused: " + e.getMessage(), e);
    }
  }

  private void assertRefused(String token, String reasonPart) {
    InvalidTokenException error = assertThrows(InvalidTokenException.class, () -> verifier.verify("Bearer " + token));
    assertTrue(error.getMessage(), error.getMessage().contains(reasonPart));
  }
}
