package io.github.mscommerce.core;

import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;

public class SuggestionsTest {

  /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to dashes. */
  private static String anchor(String heading) {
    return heading.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "")
        .replace(' ', '-');
  }

  @Test
  public void everyAnchorAMessageLinks_isAHeadingOfTheReadme() throws Exception {
    Set<String> anchors = Files.readAllLines(Path.of("../README.md")).stream().filter(line -> line.startsWith("#"))
        .map(SuggestionsTest::anchor).collect(Collectors.toSet());
    int checked = 0;
    for (Field field : Suggestions.class.getFields()) {
      if (field.getName().startsWith("ANCHOR_") && Modifier.isStatic(field.getModifiers())) {
        String anchor = (String) field.get(null);
        assertTrue(anchor + " is not a README heading", anchors.contains(anchor));
        checked++;
      }
    }
    assertTrue("anchors were checked", checked >= 8);
  }
}
