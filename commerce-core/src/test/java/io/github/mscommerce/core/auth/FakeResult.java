package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.TokenCredential;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.ITenantProfile;
import java.time.Instant;
import java.util.Date;

/** What an MSAL acquisition returns, for tests of the code around it. */
final class FakeResult implements IAuthenticationResult {

  private static final long serialVersionUID = 1L;

  private final String accessToken;
  private final Instant expiresOn;

  FakeResult(String accessToken, Instant expiresOn) {
    this.accessToken = accessToken;
    this.expiresOn = expiresOn;
  }

  @Override
  public String accessToken() {
    return accessToken;
  }

  @Override
  public String idToken() {
    return null;
  }

  @Override
  public IAccount account() {
    return null;
  }

  @Override
  public ITenantProfile tenantProfile() {
    return null;
  }

  @Override
  public String environment() {
    return "127.0.0.1";
  }

  @Override
  public String scopes() {
    return TokenCredential.SCOPE;
  }

  @Override
  public Date expiresOnDate() {
    return Date.from(expiresOn);
  }
}
