package io.github.mscommerce.emulator.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import org.junit.Test;

public class CommandLineTest {

  @Test
  public void parse_noArguments_meansEphemeralPortAndDemoState() {
    CommandLine commandLine = CommandLine.parse();

    assertEquals(0, commandLine.port());
    assertTrue(commandLine.stateFile().isEmpty());
    assertFalse(commandLine.help());
  }

  @Test
  public void parse_separateAndAttachedValues() {
    CommandLine commandLine = CommandLine.parse("--port", "8443", "--state=s.json", "--certificate", "c.pem");

    assertEquals(8443, commandLine.port());
    assertEquals(Path.of("s.json"), commandLine.stateFile().orElseThrow());
    assertEquals(Path.of("c.pem"), commandLine.certificateFile().orElseThrow());
  }

  @Test
  public void parse_badPort_namesTheRangeAndValue() {
    CommandLine.UsageException error = assertThrows(CommandLine.UsageException.class,
        () -> CommandLine.parse("--port", "70000"));

    assertEquals("--port must be a number from 0 (any free port) to 65535, got '70000'", error.getMessage());
  }

  @Test
  public void parse_optionWithoutValue_saysSo() {
    assertEquals("--state needs a value", assertThrows(CommandLine.UsageException.class,
        () -> CommandLine.parse("--state", "--port", "1")).getMessage());
  }

  @Test
  public void parse_unknownArgument_isNamed() {
    assertEquals("unknown argument 'serve'", assertThrows(CommandLine.UsageException.class,
        () -> CommandLine.parse("serve")).getMessage());
  }

  @Test
  public void parse_help_isRecognisedInBothForms() {
    assertTrue(CommandLine.parse("--help").help());
    assertTrue(CommandLine.parse("-h").help());
  }

  @Test
  public void parse_tenantGeneration_defaultsToNoneWithSeed42AndThreeEnabled() {
    CommandLine none = CommandLine.parse();
    CommandLine many = CommandLine.parse("--tenants", "5000", "--tenant-seed=-7", "--enabled-products", "4");

    assertEquals(0, none.tenants());
    assertEquals(42, none.tenantSeed());
    assertEquals(3, none.enabledProducts());
    assertEquals(5000, many.tenants());
    assertEquals(-7, many.tenantSeed());
    assertEquals(4, many.enabledProducts());
  }

  @Test
  public void parse_tenantsOutOfRange_namesTheRange() {
    assertEquals("--tenants must be a number from 0 to 99999, got '100000'", assertThrows(
        CommandLine.UsageException.class, () -> CommandLine.parse("--tenants", "100000")).getMessage());
    assertEquals("--tenant-seed must be a whole number, got 'abc'", assertThrows(
        CommandLine.UsageException.class, () -> CommandLine.parse("--tenant-seed", "abc")).getMessage());
  }
}
