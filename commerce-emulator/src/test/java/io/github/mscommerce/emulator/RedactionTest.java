package io.github.mscommerce.emulator;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/** Secrets, passwords, keys and header values never appear in toString(). */
public class RedactionTest {

  @Test
  public void demo_toString_redactsEverySecret() {
    Demo demo = new Demo("t", "d", "c", "SECRET-1", "r", "SECRET-2", "n", "SECRET-3", "a", "b", "rd", "p",
        "PASSWORD-4", "pc", "HEADER-5", "mi", "iss", "sub");

    String text = demo.toString();

    for (String secret : List.of("SECRET-1", "SECRET-2", "SECRET-3", "PASSWORD-4", "HEADER-5")) {
      assertFalse(text, text.contains(secret));
    }
    assertTrue(text, text.contains("tenantId=t"));
  }

  @Test
  public void appRegistration_toString_redactsTheSecret() {
    AppRegistration app = AppRegistration.builder("client").secret("SECRET-6").role("r").build();

    assertFalse(app.toString().contains("SECRET-6"));
    assertTrue(app.toString().contains("clientId=client"));
  }

  @Test
  public void userAccount_toString_redactsThePassword() {
    UserAccount user = new UserAccount("u@contoso.onmicrosoft.com", "PASSWORD-7", null, List.of());

    assertFalse(user.toString().contains("PASSWORD-7"));
    assertTrue(user.toString().contains("u@contoso.onmicrosoft.com"));
  }

  @Test
  public void emulatorOptions_toString_doesNotPrintStateJson() {
    String text = EmulatorOptions.builder().stateJson("{\"clientSecret\":\"SECRET-8\"}").build().toString();

    assertFalse(text, text.contains("SECRET-8"));
  }

  @Test
  public void clientCertificate_toString_showsSubjectAndThumbprintOnly() {
    ClientCertificate certificate = ClientCertificate.generate("pipeline");

    String text = certificate.toString();

    assertTrue(text, text.contains("CN=pipeline") && text.contains("x5t#S256="));
    assertFalse(text, text.contains("PRIVATE"));
  }

  @Test
  public void userAccount_withoutObjectId_getsAStableOneFromTheUsername() {
    assertTrue(new UserAccount("U@x.com", null, null, null).objectId()
        .equals(new UserAccount("u@x.com", null, null, null).objectId()));
  }
}
