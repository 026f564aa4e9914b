package io.github.mscommerce.maven;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * {@code mvn commerce:help -Ddetail} and the README's configuration table name the same settings: help is generated
 * from the plugin descriptor (every parameter's {@code ${commerce.*}} expression, and the plugin description, which
 * names the secrets that are never parameters), so comparing with it is comparing with what help prints.
 */
public class HelpAndReadmeTest {

  private static final Path HELP = Path.of(
      "target/classes/META-INF/maven/io.github.mscommerce/commerce-maven-plugin/plugin-help.xml");
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(commerce\\.[A-Za-z.]+)}");
  private static final Pattern DESCRIPTION = Pattern.compile("<plugin>.*?<description>(.*?)</description>",
      Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("commerce\\.[a-z][A-Za-z.]*[A-Za-z]");
  private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(commerce\\.[A-Za-z.]+)` \\|", Pattern.MULTILINE);

  private static Set<String> all(Pattern pattern, String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1 <= matcher.groupCount() ? 1 : 0));
    }
    return names;
  }

  @Test
  public void helpAndTheReadmeTable_listTheSameSettings() throws IOException {
    String help = Files.readString(HELP);
    Set<String> inHelp = all(EXPRESSION, help);
    Matcher description = DESCRIPTION.matcher(help);
    assertTrue("the help has a plugin description", description.find());
    inHelp.addAll(all(NAME, description.group(1)));
    Set<String> inReadme = all(TABLE_ROW, Files.readString(Path.of("../README.md")));

    assertTrue(inHelp.toString(), inHelp.contains("commerce.clientSecret") && inHelp.contains("commerce.tenantId"));
    assertEquals(inHelp, inReadme);
  }
}
