package io.github.mscommerce.core.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The retry rule is written in four places — the code, the README's configuration table and Troubleshooting, and the
 * Maven parameter's Javadoc (which {@code mvn commerce:help} prints) — and they must say the same: 429, 502, 503, 504,
 * timeouts and lost responses are retried; 500 and other 4xx are not; a 401 gets one fresh token.
 */
public class RetryRuleWordingTest {

  private static final String RULE = "429, 502, 503, 504, timeouts and lost responses";

  @Test
  public void theCodesRetriedStatuses_areTheRulesStatuses() {
    assertEquals(Set.of(429, 502, 503, 504), RetryPolicy.RETRYABLE_STATUSES);
    RetryPolicy policy = RetryPolicy.defaults();
    for (int status : List.of(400, 401, 403, 404, 405, 409, 500, 501)) {
      assertFalse("status " + status, policy.shouldRetry(1, status));
    }
  }

  @Test
  public void theReadmeConfigurationTable_namesTheRule() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    Matcher row = Pattern.compile("\\| `commerce\\.retries` \\|[^\\n]*").matcher(readme);
    assertTrue("no commerce.retries row", row.find());
    assertTrue(row.group(), row.group().contains(RULE));
  }

  @Test
  public void theReadmeTroubleshooting_namesTheRuleAndWhatIsNotRetried() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String section = readme.substring(readme.indexOf("### Timeouts and retries"));
    section = section.substring(0, section.indexOf("\n### ", 5)).replaceAll("\\s+", " ");
    assertTrue(section, section.contains(RULE + " are retried"));
    assertTrue(section, section.contains("500 and every other 4xx are not retried"));
    assertTrue(section, section.contains("a 401 gets one fresh token"));
    assertFalse("5xx are not all retried: " + section, section.contains("5xx"));
  }

  @Test
  public void theMavenHelp_namesTheRule() throws Exception {
    String parameters = Files.readString(Path.of("../commerce-maven-plugin/src/main/java/io/github/mscommerce/maven/"
        + "ConnectionParameters.java"));
    Matcher javadoc = Pattern.compile("/\\*\\*([^*]|\\*(?!/))*\\*/\\s*@Parameter\\(property = RETRIES\\)")
        .matcher(parameters);
    assertTrue("no Javadoc on the retries parameter", javadoc.find());
    String text = javadoc.group().replaceAll("\\s*\\*?\\s+", " ");
    assertTrue(text, text.contains(RULE));
    assertTrue(text, text.contains("not 500"));
  }
}
