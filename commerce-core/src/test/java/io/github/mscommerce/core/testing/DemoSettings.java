package io.github.mscommerce.core.testing;

import io.github.mscommerce.core.frontend.PropertyNames;
import io.github.mscommerce.emulator.CommerceEmulator;

/** The settings a front end would pass to reach the emulator as its demo app (client secret, ReadWrite role). */
public final class DemoSettings {

  private DemoSettings() {}

  /** Endpoint, authority, trust, tenant and the demo app's id and secret; every call a fresh credential. */
  public static MapRawSettings of(CommerceEmulator emulator) {
    return new MapRawSettings()
        .set(PropertyNames.ENDPOINT, emulator.baseUrl().toString())
        .set(PropertyNames.AUTHORITY_HOST, emulator.baseUrl().toString())
        .set(PropertyNames.TRUST_CERTIFICATE, SharedEmulator.certificatePem().toString())
        .set(PropertyNames.TENANT_ID, emulator.demo().tenantId())
        .set(PropertyNames.CLIENT_ID, emulator.demo().clientId())
        .set(PropertyNames.CLIENT_SECRET, emulator.demo().clientSecret());
  }
}
