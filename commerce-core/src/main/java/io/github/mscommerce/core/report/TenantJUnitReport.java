package io.github.mscommerce.core.report;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The gate of a run over many tenants as JUnit XML: {@code <testsuites>} with one {@code <testsuite>} per tenant, so
 * CI shows each tenant's violations as failed test cases of a class named after the tenant
 * ({@code commerce.verify-policy.tenant-00042_onmicrosoft_com}: dots would read as packages). A tenant that was
 * checked gets exactly the suite {@link JUnitReport} writes for it alone, renamed; one that failed gets a suite with one
 * test case in error, and a cancelled one a skipped test case, so every tenant of the list appears.
 */
public final class TenantJUnitReport {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private TenantJUnitReport() {}

  public static String render(TenantsReport run) {
    // One parser for every tenant's suite: making one is a service lookup, a thousand of them a visible cost.
    DocumentBuilder builder = newBuilder();
    Document document = builder.newDocument();
    Element suites = document.createElement("testsuites");
    suites.setAttribute("name", "commerce." + run.goal());
    document.appendChild(suites);
    int tests = 0;
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    for (TenantReport tenant : run.tenants()) {
      Element suite = tenant.report().isPresent() ? checked(builder, document, tenant)
          : unchecked(document, run, tenant);
      String name = suiteName(run.goal(), tenant.tenant());
      suite.setAttribute("name", name);
      NodeList cases = suite.getElementsByTagName("testcase");
      for (int i = 0; i < cases.getLength(); i++) {
        ((Element) cases.item(i)).setAttribute("classname", name);
      }
      addTenantProperties(document, suite, tenant);
      suites.appendChild(suite);
      tests += count(suite, "tests");
      failures += count(suite, "failures");
      errors += count(suite, "errors");
      skipped += count(suite, "skipped");
    }
    suites.setAttribute("tests", String.valueOf(tests));
    suites.setAttribute("failures", String.valueOf(failures));
    suites.setAttribute("errors", String.valueOf(errors));
    suites.setAttribute("skipped", String.valueOf(skipped));
    return serialize(document);
  }

  /** {@code commerce.verify-policy.contoso_onmicrosoft_com}. */
  static String suiteName(String goal, String tenant) {
    return "commerce." + goal + "." + tenant.replace('.', '_');
  }

  /** The tenant's own single-tenant suite, so its test cases are those of a run over it alone. */
  private static Element checked(DocumentBuilder builder, Document document, TenantReport tenant) {
    Document single = parse(builder, JUnitReport.render(tenant.report().orElseThrow()));
    return (Element) document.importNode(single.getDocumentElement(), true);
  }

  private static Element unchecked(Document document, TenantsReport run, TenantReport tenant) {
    boolean failed = tenant.status() == TenantStatus.FAILED;
    Element suite = document.createElement("testsuite");
    suite.setAttribute("tests", "1");
    suite.setAttribute("failures", "0");
    suite.setAttribute("errors", failed ? "1" : "0");
    suite.setAttribute("skipped", failed ? "0" : "1");
    suite.setAttribute("time", "0");
    suite.setAttribute("timestamp", TIMESTAMP.format(run.time()));
    suite.appendChild(document.createElement("properties"));
    Element testCase = document.createElement("testcase");
    testCase.setAttribute("name", "tenant " + tenant.tenant());
    testCase.setAttribute("time", "0");
    String detail = xmlText(tenant.error().orElse(tenant.outcome()));
    Element result = document.createElement(failed ? "error" : "skipped");
    result.setAttribute("message", detail.split("\n", 2)[0]);
    if (failed) {
      result.setAttribute("type", "TenantFailed");
      result.setTextContent(detail);
    }
    testCase.appendChild(result);
    suite.appendChild(testCase);
    return suite;
  }

  private static void addTenantProperties(Document document, Element suite, TenantReport tenant) {
    NodeList found = suite.getElementsByTagName("properties");
    Element properties = found.getLength() > 0 ? (Element) found.item(0) : document.createElement("properties");
    if (found.getLength() == 0) {
      suite.insertBefore(properties, suite.getFirstChild());
    }
    Node first = properties.getFirstChild();
    properties.insertBefore(property(document, "tenant", tenant.tenant()), first);
    tenant.tenantId().ifPresent(id -> properties.insertBefore(property(document, "tenantId", id), first));
  }

  private static Element property(Document document, String name, String value) {
    Element property = document.createElement("property");
    property.setAttribute("name", name);
    property.setAttribute("value", xmlText(value));
    return property;
  }

  private static int count(Element suite, String attribute) {
    String value = suite.getAttribute(attribute);
    return value.isEmpty() ? 0 : Integer.parseInt(value);
  }

  /** XML 1.0 cannot hold most control characters, even escaped; an error text might quote one. */
  private static String xmlText(String text) {
    return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "\uFFFD");
  }

  private static DocumentBuilder newBuilder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // Parse failures would be our own bug; they are thrown, not printed.
      builder.setErrorHandler(null);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
    }
  }

  private static Document parse(DocumentBuilder builder, String xml) {
    try {
      builder.reset();
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("JUnitReport wrote XML that does not parse", e);
    }
  }

  private static String serialize(Document document) {
    document.setXmlStandalone(true);
    dropWhitespace(document.getDocumentElement());
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      // The JDK's serializer puts the root element on the declaration's line.
      String xml = out.toString().replaceFirst("^(<\\?xml[^>]*\\?>)(?!\n)", "$1\n");
      return xml.endsWith("\n") ? xml : xml + "\n";
    } catch (TransformerException e) {
      throw new IllegalStateException("writing XML to a string cannot fail", e);
    }
  }

  /** The single-tenant suites carry their own indentation; the whole document is indented once, afresh. */
  private static void dropWhitespace(Node node) {
    NodeList children = node.getChildNodes();
    for (int i = children.getLength() - 1; i >= 0; i--) {
      Node child = children.item(i);
      if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()
          && !"failure".equals(node.getNodeName()) && !"error".equals(node.getNodeName())) {
        node.removeChild(child);
      } else if (child.getNodeType() == Node.ELEMENT_NODE) {
        dropWhitespace(child);
      }
    }
  }
}
