package io.github.mscommerce.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import org.junit.Test;

/** The CLI's argument handling, in process (the running jar is tested by CommandLineIT). */
public class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  public void run_badPort_returns2WithErrorAndUsage() {
    int exit = run("--port", "x");

    assertEquals(2, exit);
    String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals("error: --port must be a number from 0 (any free port) to 65535, got 'x'", lines[0]);
    assertTrue(lines[1].startsWith("usage: "));
  }

  @Test
  public void run_missingStateFile_returns2WithOneLine() {
    int exit = run("--state", "/no/such/state.json");

    assertEquals(2, exit);
    assertEquals("error: the state file /no/such/state.json does not exist; check the --state path\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  public void run_help_returns0AndDescribesTheOptions() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--certificate FILE"));
  }

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), new CountDownLatch(1));
  }
}
