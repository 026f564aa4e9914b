package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.CommerceException;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Demo;
import io.github.mscommerce.emulator.Fault;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * MSAL4J logs through slf4j, routed here to java.util.logging (slf4j-jdk14, test scope). Every record at every level
 * and every event of ours is captured while the flows run, failures included; then nothing captured may hold the client
 * secret, a user password or an access token. It first proves it captured lines from both MSAL and us, so it cannot
 * pass by capturing nothing.
 */
public class AuthLoggingIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final String MSAL_LOGGER = "com.microsoft.aad.msal4j";

  private final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
  private final List<CommerceEvent> events = Collections.synchronizedList(new ArrayList<>());
  private final List<String> failures = new ArrayList<>();
  private final List<String> issuedTokens = new ArrayList<>();
  private final Logger msalLogger = Logger.getLogger(MSAL_LOGGER);
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level previousLevel;
  private CommerceEmulator emulator;
  private Demo demo;
  private CredentialOptions options;

  @Before
  public void captureEverything() {
    emulator = SharedEmulator.fresh();
    demo = emulator.demo();
    options = SharedEmulator.options().withEvents(events::add).withTimeSource(new FakeTime());
    previousLevel = msalLogger.getLevel();
    msalLogger.setLevel(Level.ALL);
    capture.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(capture);
  }

  @After
  public void stopCapturing() {
    Logger.getLogger("").removeHandler(capture);
    msalLogger.setLevel(previousLevel);
  }

  private void run(Supplier<AccessToken> flow) {
    try {
      issuedTokens.add(flow.get().value().reveal());
    } catch (CommerceException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      failures.add(e.getMessage() + "\n" + e + "\n" + trace);
    }
  }

  private ClientSecretCredential secretCredential(String secret) {
    return new ClientSecretCredential(SharedEmulator.authority(), demo.clientId(), SecretValue.of(secret, "a test"),
        options);
  }

  private UsernamePasswordCredential passwordCredential(String password) {
    return new UsernamePasswordCredential(SharedEmulator.authority(), PublicClients.MSCOMMERCE_MODULE,
        demo.adminUser(), SecretValue.of(password, "a test"), options);
  }

  @Test
  public void signIn_everyFlowAtEveryLevel_logsNoSecretPasswordOrToken() {
    String wrongSecret = "wrong-" + demo.clientSecret();
    String wrongPassword = "wrong-" + demo.userPassword();

    ClientSecretCredential secret = secretCredential(demo.clientSecret());
    run(() -> secret.token(false));
    run(() -> secret.token(false));
    run(() -> secret.token(true));
    run(() -> secretCredential(wrongSecret).token(false));
    emulator.admin().injectFault(Fault.on("POST", "/*/oauth2/v2.0/token").thenStatus(503).thenPass());
    SharedTokens.clear(); // a cold cache, so this sign-in meets the 503 (the JVM's tokens would serve it otherwise)
    run(() -> secretCredential(demo.clientSecret()).token(false));

    UsernamePasswordCredential password = passwordCredential(demo.userPassword());
    run(() -> password.token(false));
    run(() -> password.token(true));
    run(() -> passwordCredential(wrongPassword).token(false));

    emulator.admin().autoApproveDeviceCodes(0, demo.adminUser());
    DeviceCodeCredential deviceCode = new DeviceCodeCredential(SharedEmulator.authority(),
        PublicClients.MSCOMMERCE_MODULE, message -> {}, options);
    run(() -> deviceCode.token(false));
    run(() -> deviceCode.token(true));

    assertTrue("MSAL4J's lines were captured", records.stream()
        .anyMatch(record -> record.getLoggerName() != null && record.getLoggerName().startsWith(MSAL_LOGGER)));
    assertTrue("MSAL4J's debug lines were captured", records.stream()
        .anyMatch(record -> record.getLoggerName() != null && record.getLoggerName().startsWith(MSAL_LOGGER)
            && record.getLevel().intValue() < Level.INFO.intValue()));
    assertTrue("MSAL4J's warnings about the failures were captured", records.stream()
        .anyMatch(record -> record.getLevel().intValue() >= Level.WARNING.intValue()));
    assertTrue("our events were captured", events.stream().anyMatch(e -> e.level() == CommerceEvent.Level.DEBUG));
    assertTrue("our retry and legacy-flow lines were captured", events.stream()
        .anyMatch(e -> e.level() == CommerceEvent.Level.LIFECYCLE)
        && events.stream().anyMatch(e -> e.level() == CommerceEvent.Level.WARN));
    assertTrue("the failures happened", failures.size() >= 2);
    assertTrue("the tokens were issued", issuedTokens.size() >= 7);

    List<String> captured = new ArrayList<>();
    SimpleFormatter formatter = new SimpleFormatter();
    synchronized (records) {
      records.forEach(record -> captured.add(formatter.format(record)));
    }
    events.forEach(event -> captured.add(event.message()));
    captured.addAll(failures);
    List<String> secrets = new ArrayList<>(List.of(demo.clientSecret(), wrongSecret, demo.userPassword(),
        wrongPassword));
    secrets.addAll(issuedTokens);
    for (String text : captured) {
      for (String hidden : secrets) {
        assertFalse("a secret, password or token was logged: " + text, text.contains(hidden));
      }
    }
  }
}
