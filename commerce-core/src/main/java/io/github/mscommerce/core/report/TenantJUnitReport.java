package io.github.mscommerce.core.report;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The gate of a run over many tenants as JUnit XML: {@code <testsuites>} with one {@code <testsuite>} per tenant, so
 * CI shows each tenant's violations as failed test cases of a class named after the tenant
 * ({@code commerce.verify-policy.tenant-00042_onmicrosoft_com}: dots would read as packages). A tenant that was
 * checked gets exactly the suite {@link JUnitReport} writes for it alone (the same method writes both), under that name
 * and with the tenant among its properties; one that failed gets a suite with one test case in error, and a cancelled
 * one a skipped test case, so every tenant of the list appears.
 */
public final class TenantJUnitReport {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private TenantJUnitReport() {}

  public static String render(TenantsReport run) {
    int tests = 0;
    long failures = 0;
    int errors = 0;
    int skipped = 0;
    for (TenantReport tenant : run.tenants()) {
      if (tenant.report().isPresent()) {
        tests += JUnitReport.testCount(tenant.report().get());
        failures += JUnitReport.failureCount(tenant.report().get());
      } else {
        tests++;
        errors += tenant.status() == TenantStatus.FAILED ? 1 : 0;
        skipped += tenant.status() == TenantStatus.FAILED ? 0 : 1;
      }
    }
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "commerce." + run.goal());
      xml.writeAttribute("tests", String.valueOf(tests));
      xml.writeAttribute("failures", String.valueOf(failures));
      xml.writeAttribute("errors", String.valueOf(errors));
      xml.writeAttribute("skipped", String.valueOf(skipped));
      for (TenantReport tenant : run.tenants()) {
        xml.writeCharacters("\n  ");
        String name = suiteName(run.goal(), tenant.tenant());
        if (tenant.report().isPresent()) {
          JUnitReport.writeSuite(xml, tenant.report().get(), name, properties(tenant), "  ");
        } else {
          unchecked(xml, run, tenant, name);
        }
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to a string cannot fail", e);
    }
    return out + "\n";
  }

  /** {@code commerce.verify-policy.contoso_onmicrosoft_com}. */
  static String suiteName(String goal, String tenant) {
    return "commerce." + goal + "." + tenant.replace('.', '_');
  }

  private static Map<String, String> properties(TenantReport tenant) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("tenant", tenant.tenant());
    tenant.tenantId().ifPresent(id -> properties.put("tenantId", id));
    return properties;
  }

  private static void unchecked(XMLStreamWriter xml, TenantsReport run, TenantReport tenant, String name)
      throws XMLStreamException {
    boolean failed = tenant.status() == TenantStatus.FAILED;
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", name);
    xml.writeAttribute("tests", "1");
    xml.writeAttribute("failures", "0");
    xml.writeAttribute("errors", failed ? "1" : "0");
    xml.writeAttribute("skipped", failed ? "0" : "1");
    xml.writeAttribute("time", "0");
    xml.writeAttribute("timestamp", TIMESTAMP.format(run.time()));
    xml.writeCharacters("\n    ");
    xml.writeStartElement("properties");
    for (Map.Entry<String, String> property : properties(tenant).entrySet()) {
      xml.writeCharacters("\n      ");
      xml.writeEmptyElement("property");
      xml.writeAttribute("name", property.getKey());
      xml.writeAttribute("value", xmlText(property.getValue()));
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
    xml.writeCharacters("\n    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", name);
    xml.writeAttribute("name", "tenant " + tenant.tenant());
    xml.writeAttribute("time", "0");
    String detail = xmlText(tenant.error().orElse(tenant.outcome()));
    xml.writeCharacters("\n      ");
    if (failed) {
      xml.writeStartElement("error");
      xml.writeAttribute("message", detail.split("\n", 2)[0]);
      xml.writeAttribute("type", "TenantFailed");
      xml.writeCharacters(detail);
      xml.writeEndElement();
    } else {
      xml.writeEmptyElement("skipped");
      xml.writeAttribute("message", detail.split("\n", 2)[0]);
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  /** XML 1.0 cannot hold most control characters, even escaped; an error text might quote one. */
  private static String xmlText(String text) {
    return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "\uFFFD");
  }
}
