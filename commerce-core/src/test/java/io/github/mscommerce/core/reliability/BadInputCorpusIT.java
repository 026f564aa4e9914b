package io.github.mscommerce.core.reliability;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.LocalPaths;
import io.github.mscommerce.core.PathResolver;
import io.github.mscommerce.core.frontend.FrontEnd;
import io.github.mscommerce.core.frontend.SettingNames;
import io.github.mscommerce.core.frontend.TaskFailure;
import io.github.mscommerce.core.frontend.TaskFailure.Kind;
import io.github.mscommerce.core.frontend.TaskRunner;
import io.github.mscommerce.core.testing.DemoSettings;
import io.github.mscommerce.core.testing.MapRawSettings;
import io.github.mscommerce.core.testing.MemoryOutput;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.JournalEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad input, case by case, through the settings layer both front ends share (TaskRunner with an in-memory output, Maven's
 * spelling of the settings): every setting with a wrong type, out of range or conflicting; unknown ids and patterns
 * that match nothing; endpoints; files; certificates; federated token files; access tokens; the report location. Each
 * case asserts the failure's kind, one line naming the value, where it came from and the fix, no stack trace or class
 * name, and the requests the emulator saw — never a PUT. Cases marked as passing prove what is not an error: blank is
 * unset, and a value's case does not matter.
 */
@RunWith(Parameterized.class)
public class BadInputCorpusIT {

  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final Pattern CLASS_NAME = Pattern.compile("\\b[A-Z][A-Za-z]*Exception\\b|\\b(?:java|javax|sun|com"
      + "|org)\\.[a-z]+\\.");

  /** What a case sets up before it runs. */
  static final class Setup {
    CommerceEmulator emulator;
    MapRawSettings settings;
    MemoryOutput output = new MemoryOutput();
    PathResolver files = LocalPaths.workingDirectory();
    Path directory;
    SecretScan secrets;

    Path file(String name, String content) throws IOException {
      return Files.writeString(directory.resolve(name), content);
    }

    Path file(String name, byte[] content) throws IOException {
      return Files.write(directory.resolve(name), content);
    }

    /** Settings of another sign-in mode: the demo app's secret is removed, so it cannot be inferred. */
    MapRawSettings signInWith(String mode) {
      return settings.set(io.github.mscommerce.core.frontend.PropertyNames.CLIENT_SECRET, null)
          .set(io.github.mscommerce.core.frontend.PropertyNames.AUTH, mode);
    }
  }

  /** Something a setup step may throw: writing a file. */
  @FunctionalInterface
  interface Step {
    void accept(Setup setup) throws Exception;
  }

  /** One bad (or, when {@code kind} is null, surprisingly fine) input. */
  static final class Case {
    final String goal;
    final String name;
    Step setup = setup -> {};
    Kind kind;
    final List<String> parts = new ArrayList<>();
    int requests;
    boolean multiLine;

    Case(String goal, String name) {
      this.goal = goal;
      this.name = name;
    }

    Case with(Step step) {
      Step before = setup;
      setup = s -> {
        before.accept(s);
        step.accept(s);
      };
      return this;
    }

    Case set(String property, Object value) {
      return with(s -> s.settings.set(property, value));
    }

    /** Fails as {@code kind}, the message holding each of {@code parts}, before any request. */
    Case fails(Kind kind, String... parts) {
      this.kind = kind;
      this.parts.addAll(Arrays.asList(parts));
      return this;
    }

    /** Fails only after this many requests (a token and a listing, say), still without a PUT. */
    Case after(int requests) {
      this.requests = requests;
      return this;
    }

    /** Not an error. */
    Case passes(int requests) {
      this.kind = null;
      this.requests = requests;
      return this;
    }

    /** A message that lists several items, one per line (an invalid plan). */
    Case lines() {
      this.multiLine = true;
      return this;
    }

    @Override
    public String toString() {
      return goal + ": " + name;
    }
  }

  @Parameters(name = "{0}")
  public static List<Object[]> cases() {
    return BadInputs.all().stream().map(c -> new Object[] {c}).collect(Collectors.toList());
  }

  private final Case input;

  public BadInputCorpusIT(Case input) {
    this.input = input;
  }

  @Test
  public void badInput() throws Exception {
    Setup setup = new Setup();
    setup.emulator = SharedEmulator.fresh();
    setup.settings = DemoSettings.of(setup.emulator);
    setup.directory = Files.createDirectories(Path.of("target", "bad-inputs", input.goal + "-"
        + Integer.toHexString(input.name.hashCode())));
    setup.secrets = secrets;
    input.setup.accept(setup);
    FrontEnd frontEnd = FrontEnd.of(SettingNames.MAVEN, "commerce.clientSecret", setup.files);

    TaskFailure failure = null;
    try {
      new TaskRunner(frontEnd).run(input.goal, setup.settings, setup.output);
    } catch (MemoryOutput.Failed e) {
      failure = e.failure();
    }
    List<JournalEntry> journal = setup.emulator.admin().journal();

    String requests = journal.stream().map(e -> e.method() + " " + e.path() + " " + e.status())
        .collect(Collectors.joining(", "));
    assertEquals("requests: " + requests, 0, journal.stream().filter(e -> e.method().equals("PUT")).count());
    if (input.kind == null) {
      assertNull("not an error: " + failure, failure);
      assertEquals("requests: " + requests, input.requests, journal.size());
      return;
    }
    assertNotNull("expected " + input.kind + "; the run passed", failure);
    String message = failure.message();
    assertEquals(message, input.kind, failure.kind());
    assertEquals("requests: " + requests + " for " + message, input.requests, journal.size());
    assertTrue("one line: " + message, input.multiLine || !message.contains("\n"));
    assertFalse(message, message.contains("\tat "));
    assertFalse("a class name in: " + message, CLASS_NAME.matcher(message).find());
    for (String part : input.parts) {
      assertTrue("the message lacks\n  " + part + "\nit is\n  " + message, message.contains(part));
    }
  }
}
