package io.github.mscommerce.core.report;

import io.github.mscommerce.core.gate.Violation;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A gate as JUnit XML, so Jenkins ({@code junit '**}{@code /TEST-*.xml'}) and other CI show it as test results: one test
 * case per item checked, failed when the item breaks a rule.
 *
 * <p>An item that breaks several rules gets one {@code <failure>} listing all of them: JUnit's schema allows one failure
 * per test case, and Jenkins reads only the first. A product a rule requires but that was not among those checked gets a
 * failed test case of its own. Written with the JDK's {@link XMLStreamWriter}, so any name stays well-formed.
 */
public final class JUnitReport {

  /** Ant's JUnit format: local date-time without zone; ours is UTC. */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private JUnitReport() {}

  public static String render(Report report) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      writeSuite(xml, report, "commerce." + report.goal(), Map.of(), "");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to a string cannot fail", e);
    }
    return out + "\n";
  }

  /**
   * One {@code <testsuite>} element, for {@link #render} and for {@link TenantJUnitReport}, which writes one per tenant
   * into a {@code <testsuites>} document: each tenant's suite is exactly what a run over it alone would write.
   *
   * @param properties written before the report's own, such as the tenant
   * @param indent where the suite starts, so a nested suite is indented like its parent's children
   */
  static void writeSuite(XMLStreamWriter xml, Report report, String suite, Map<String, String> properties,
      String indent) throws XMLStreamException {
    Map<String, TestCase> cases = testCases(report);
    long failures = failures(cases);
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", suite);
    xml.writeAttribute("tests", String.valueOf(cases.size()));
    xml.writeAttribute("failures", String.valueOf(failures));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", "0");
    xml.writeAttribute("time", "0");
    xml.writeAttribute("timestamp", TIMESTAMP.format(report.time()));
    writeProperties(xml, report, properties, indent);
    for (TestCase testCase : cases.values()) {
      writeTestCase(xml, suite, testCase, indent);
    }
    xml.writeCharacters("\n" + indent);
    xml.writeEndElement();
  }

  /** The number of test cases {@link #writeSuite} writes for {@code report}. */
  static int testCount(Report report) {
    return testCases(report).size();
  }

  /** The number of those that fail. */
  static long failureCount(Report report) {
    return failures(testCases(report));
  }

  private static long failures(Map<String, TestCase> cases) {
    return cases.values().stream().filter(c -> !c.violations.isEmpty()).count();
  }

  private static final class TestCase {
    private final String name;
    private final List<Violation> violations = new ArrayList<>();

    private TestCase(String name) {
      this.name = name;
    }
  }

  /** One per row, in order; then one per required item that was not among them. */
  private static Map<String, TestCase> testCases(Report report) {
    Map<String, TestCase> cases = new LinkedHashMap<>();
    for (ReportRow row : report.rows()) {
      cases.put(key(row.kind(), row.id()), new TestCase(row.name().isEmpty() ? row.id() : row.id() + " " + row.name()));
    }
    for (Violation violation : report.violations()) {
      String label = violation.name().isEmpty() ? violation.id() : violation.id() + " " + violation.name();
      cases.computeIfAbsent(key(violation.kind().label(), violation.id()), k -> new TestCase(label))
          .violations.add(violation);
    }
    return cases;
  }

  private static String key(String kind, String id) {
    return kind + "/" + id.toUpperCase(Locale.ROOT);
  }

  private static void writeProperties(XMLStreamWriter xml, Report report, Map<String, String> properties,
      String indent) throws XMLStreamException {
    xml.writeCharacters("\n" + indent + "  ");
    xml.writeStartElement("properties");
    for (Map.Entry<String, String> property : properties.entrySet()) {
      writeProperty(xml, property.getKey(), property.getValue(), indent);
    }
    writeProperty(xml, "policyId", report.policyId(), indent);
    for (String rule : report.rules()) {
      writeProperty(xml, "rule", rule, indent);
    }
    xml.writeCharacters("\n" + indent + "  ");
    xml.writeEndElement();
  }

  private static void writeProperty(XMLStreamWriter xml, String name, String value, String indent)
      throws XMLStreamException {
    xml.writeCharacters("\n" + indent + "    ");
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", xmlText(value));
  }

  private static void writeTestCase(XMLStreamWriter xml, String suite, TestCase testCase, String indent)
      throws XMLStreamException {
    xml.writeCharacters("\n" + indent + "  ");
    if (testCase.violations.isEmpty()) {
      xml.writeEmptyElement("testcase");
      writeTestCaseAttributes(xml, suite, testCase);
      return;
    }
    xml.writeStartElement("testcase");
    writeTestCaseAttributes(xml, suite, testCase);
    xml.writeCharacters("\n" + indent + "    ");
    xml.writeStartElement("failure");
    xml.writeAttribute("message", xmlText(testCase.violations.stream().map(Violation::describe)
        .collect(Collectors.joining("; "))));
    xml.writeAttribute("type", "PolicyViolation");
    xml.writeCharacters(xmlText(testCase.violations.stream().map(v -> v.describe() + ": " + v.expectation())
        .collect(Collectors.joining("\n"))));
    xml.writeEndElement();
    xml.writeCharacters("\n" + indent + "  ");
    xml.writeEndElement();
  }

  private static void writeTestCaseAttributes(XMLStreamWriter xml, String suite, TestCase testCase)
      throws XMLStreamException {
    xml.writeAttribute("classname", suite);
    xml.writeAttribute("name", xmlText(testCase.name));
    xml.writeAttribute("time", "0");
  }

  /** XML 1.0 cannot hold most control characters, even escaped; a name from the service might contain one. */
  private static String xmlText(String text) {
    return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "\uFFFD");
  }
}
