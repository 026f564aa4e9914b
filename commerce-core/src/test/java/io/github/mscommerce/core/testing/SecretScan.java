package io.github.mscommerce.core.testing;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.Demo;
import io.github.mscommerce.emulator.JournalEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * Fails a test whose output holds a secret. It plants canaries — the emulator's client secrets, the demo users'
 * password, every access and refresh token the emulator issued during the test (its admin API knows them), and
 * whatever the test adds with {@link #plant} (a certificate password, a wrong secret it tried) — and afterwards looks
 * for each of them, and for anything shaped like a JWT, in:
 * <ul>
 *   <li>every log record of MSAL4J and of this project at every level, stack traces included (MSAL logs through
 *       slf4j to java.util.logging in tests);
 *   <li>every {@link MemoryOutput} (events at every level, files, failure messages) and {@link RecordingEvents} made
 *       during the test, and whatever the test hands to {@link #scan} (exceptions: message, {@code toString()} and
 *       stack trace);
 *   <li>every file under {@code target/} written during the test, build output aside.
 * </ul>
 * It also proves it is not blind: when the emulator answered token requests, the issued tokens must be among its
 * canaries. The message of a failure names the canary and where it was found, never its value.
 *
 * <pre>{@code
 * @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();
 * }</pre>
 */
public final class SecretScan implements TestRule {

  /** Header and payload of a JWT: base64url of '{"'. */
  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.eyJ[A-Za-z0-9_-]{4,}");
  private static final Set<String> BUILD_OUTPUT = Set.of("classes", "test-classes", "generated-sources",
      "generated-test-sources", "maven-status", "surefire-reports", "failsafe-reports", "maven-archiver", "site",
      "it", "local-repo", "invoker-reports");
  private static final long MAX_FILE_BYTES = 4 * 1024 * 1024;
  private static final String[] LOGGERS = {"com.microsoft.aad.msal4j", "io.github.mscommerce"};

  private static volatile SecretScan current;

  private final Supplier<CommerceEmulator> emulator;
  private final Map<String, String> planted = Collections.synchronizedMap(new LinkedHashMap<>());
  private final List<Object> outputs = Collections.synchronizedList(new ArrayList<>());
  private final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
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
  private int plantedCount;

  private SecretScan(Supplier<CommerceEmulator> emulator) {
    this.emulator = emulator;
  }

  /** Canaries from the emulator most tests share ({@link SharedEmulator}). */
  public static SecretScan ofSharedEmulator() {
    return new SecretScan(SharedEmulator::get);
  }

  /** Canaries from an emulator of the test's own, looked up when the test ends. */
  public static SecretScan of(Supplier<CommerceEmulator> emulator) {
    return new SecretScan(emulator);
  }

  /** More canaries: values the test used that must never be shown (a certificate password, a wrong secret). */
  public SecretScan plant(String... secrets) {
    for (String secret : secrets) {
      planted.put("planted secret #" + ++plantedCount, secret);
    }
    return this;
  }

  /**
   * The secrets and issued tokens of another emulator the test started, taken now (call it before closing that
   * emulator).
   */
  public SecretScan plantSecretsOf(CommerceEmulator other) {
    Demo demo = other.demo();
    plant(demo.clientSecret(), demo.readOnlyClientSecret(), demo.noRoleClientSecret(), demo.userPassword());
    other.admin().issuedTokens().forEach(this::plant);
    return this;
  }

  /**
   * More places to look: strings, exceptions, events, outputs, files (paths), or collections of them. Read when the
   * test ends, so an output may still grow.
   */
  public SecretScan scan(Object... more) {
    Collections.addAll(outputs, more);
    return this;
  }

  /** Called by {@link MemoryOutput} and {@link RecordingEvents} when made: scanned if a test's scan is running. */
  static void watch(Object output) {
    SecretScan scan = current;
    if (scan != null) {
      scan.outputs.add(output);
    }
  }

  @Override
  public Statement apply(Statement base, Description description) {
    return new Statement() {
      @Override
      public void evaluate() throws Throwable {
        Instant started = Instant.now().minusSeconds(1);
        List<Level> previous = startCapturing();
        Throwable failure = null;
        try {
          base.evaluate();
        } catch (Throwable t) {
          failure = t;
        } finally {
          stopCapturing(previous);
        }
        List<String> problems = check(started);
        if (failure != null) {
          if (!problems.isEmpty()) {
            failure.addSuppressed(new AssertionError(String.join("\n", problems)));
          }
          throw failure;
        }
        if (!problems.isEmpty()) {
          throw new AssertionError("Secret scan of " + description.getDisplayName() + ":\n"
              + String.join("\n", problems));
        }
      }
    };
  }

  private List<Level> startCapturing() {
    current = this;
    List<Level> previous = new ArrayList<>();
    for (String name : LOGGERS) {
      Logger logger = Logger.getLogger(name);
      previous.add(logger.getLevel());
      logger.setLevel(Level.ALL);
    }
    capture.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(capture);
    return previous;
  }

  private void stopCapturing(List<Level> previous) {
    Logger.getLogger("").removeHandler(capture);
    for (int i = 0; i < LOGGERS.length; i++) {
      Logger.getLogger(LOGGERS[i]).setLevel(previous.get(i));
    }
    current = null;
  }

  private List<String> check(Instant started) {
    List<String> problems = new ArrayList<>();
    Map<String, String> canaries = canaries(problems);
    Map<String, String> texts = texts(started);
    for (Map.Entry<String, String> text : texts.entrySet()) {
      for (Map.Entry<String, String> canary : canaries.entrySet()) {
        int at = text.getValue().indexOf(canary.getValue());
        if (at >= 0) {
          problems.add(canary.getKey() + " appears in " + text.getKey() + ": …"
              + context(text.getValue(), at, canary.getValue()) + "…");
        }
      }
      Matcher jwt = JWT.matcher(text.getValue());
      if (jwt.find()) {
        problems.add("a JWT appears in " + text.getKey() + ": …" + context(text.getValue(), jwt.start(),
            jwt.group()) + "…");
      }
    }
    return problems;
  }

  /** The emulator's secrets and issued tokens, and the planted ones; a blind scan is itself a problem. */
  private Map<String, String> canaries(List<String> problems) {
    Map<String, String> canaries = new LinkedHashMap<>();
    CommerceEmulator running = emulator.get();
    if (running != null) {
      Demo demo = running.demo();
      canaries.put("the demo app's client secret", demo.clientSecret());
      canaries.put("the read-only app's client secret", demo.readOnlyClientSecret());
      canaries.put("the app without role's client secret", demo.noRoleClientSecret());
      canaries.put("the demo users' password", demo.userPassword());
      canaries.put("the managed identity header", demo.identityHeader());
      List<String> issued = running.admin().issuedTokens();
      for (int i = 0; i < issued.size(); i++) {
        canaries.put("issued token #" + (i + 1), issued.get(i));
      }
      long answered = running.admin().journal().stream().filter(SecretScan::issuedAToken).count();
      if (issued.size() < answered) {
        problems.add("the scan is blind: the emulator answered " + answered + " token requests but reports only "
            + issued.size() + " issued tokens");
      }
    }
    planted.forEach((name, value) -> {
      if (value == null || value.isBlank()) {
        problems.add(name + " is blank: a blank canary proves nothing");
      } else {
        canaries.put(name, value);
      }
    });
    // Very short values would match by chance; no secret of the emulator's or a test's is that short.
    canaries.values().removeIf(value -> value == null || value.length() < 8);
    return canaries;
  }

  private static boolean issuedAToken(JournalEntry entry) {
    return entry.status() == 200 && entry.grantType() != null;
  }

  /** Where each text was found → the text. */
  private Map<String, String> texts(Instant started) {
    Map<String, String> texts = new LinkedHashMap<>();
    SimpleFormatter formatter = new SimpleFormatter();
    List<LogRecord> logged;
    synchronized (records) {
      logged = new ArrayList<>(records);
    }
    for (int i = 0; i < logged.size(); i++) {
      LogRecord record = logged.get(i);
      texts.put("log record " + (i + 1) + " (" + record.getLoggerName() + ", " + record.getLevel() + ")",
          formatter.format(record));
    }
    List<Object> handed;
    synchronized (outputs) {
      handed = new ArrayList<>(outputs);
    }
    for (int i = 0; i < handed.size(); i++) {
      collect("output " + (i + 1), handed.get(i), texts);
    }
    for (Path file : filesUnderTarget(started)) {
      try {
        texts.put("file " + file, Files.readString(file, StandardCharsets.ISO_8859_1));
      } catch (IOException e) {
        // gone or unreadable meanwhile: nothing to leak
      }
    }
    return texts;
  }

  private static void collect(String where, Object output, Map<String, String> texts) {
    if (output == null) {
      return;
    }
    if (output instanceof MemoryOutput) {
      MemoryOutput memory = (MemoryOutput) output;
      texts.put(where + " (log)", memory.log());
      memory.files().forEach((name, content) -> texts.put(where + " (file " + name + ")", content));
      texts.put(where + " (failures)", String.join("\n", memory.failures()));
    } else if (output instanceof RecordingEvents) {
      ((RecordingEvents) output).all().forEach(event -> texts.merge(where + " (events)",
          event.level() + " " + event.message() + "\n", String::concat));
    } else if (output instanceof CommerceEvent) {
      texts.put(where, ((CommerceEvent) output).message());
    } else if (output instanceof Throwable) {
      Throwable failure = (Throwable) output;
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      texts.put(where + " (exception)", failure.getMessage() + "\n" + failure + "\n" + trace);
    } else if (output instanceof Path) {
      try {
        texts.put(where + " (" + output + ")", Files.readString((Path) output, StandardCharsets.ISO_8859_1));
      } catch (IOException e) {
        // not there: nothing to leak
      }
    } else if (output instanceof Collection) {
      int n = 0;
      for (Object element : (Collection<?>) output) {
        collect(where + "[" + n++ + "]", element, texts);
      }
    } else if (output instanceof Map) {
      ((Map<?, ?>) output).forEach((key, value) -> collect(where + "[" + key + "]", value, texts));
    } else {
      texts.put(where, String.valueOf(output));
    }
  }

  private static List<Path> filesUnderTarget(Instant started) {
    Path target = Path.of("target");
    if (!Files.isDirectory(target)) {
      return List.of();
    }
    FileTime since = FileTime.from(started);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> top = Files.list(target)) {
      for (Path entry : (Iterable<Path>) top::iterator) {
        String name = entry.getFileName().toString();
        if (BUILD_OUTPUT.contains(name) || name.endsWith(".jar")) {
          continue;
        }
        try (Stream<Path> walk = Files.walk(entry)) {
          walk.filter(Files::isRegularFile).filter(file -> written(file, since)).forEach(files::add);
        }
      }
    } catch (IOException e) {
      // a directory vanished while walking: the rest is still scanned next time
    }
    return files;
  }

  private static boolean written(Path file, FileTime since) {
    try {
      return Files.getLastModifiedTime(file).compareTo(since) >= 0 && Files.size(file) <= MAX_FILE_BYTES
          && !file.toString().endsWith(".class");
    } catch (IOException e) {
      return false;
    }
  }

  /** Up to 30 characters around the find, the secret itself masked. */
  private static String context(String text, int at, String found) {
    String before = text.substring(Math.max(0, at - 30), at);
    String after = text.substring(Math.min(text.length(), at + found.length()),
        Math.min(text.length(), at + found.length() + 30));
    return (before + "[" + found.length() + " characters hidden]" + after).replaceAll("\\s+", " ");
  }
}
