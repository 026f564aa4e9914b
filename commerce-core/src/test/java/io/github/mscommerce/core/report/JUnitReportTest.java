package io.github.mscommerce.core.report;

import static io.github.mscommerce.core.report.ReportFixtures.TIME;
import static org.junit.Assert.assertEquals;

import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.gate.Gate;
import io.github.mscommerce.core.gate.GateResult;
import io.github.mscommerce.core.testing.TestItems;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

public class JUnitReportTest {

  @Test
  public void render_failedGate_parsesWithTheRightCounts() throws Exception {
    Document xml = parse(JUnitReport.render(Report.ofGate("verify-policy", ReportFixtures.failedGate(),
        TIME)));

    Element suite = xml.getDocumentElement();
    assertEquals("testsuite", suite.getTagName());
    assertEquals("commerce.verify-policy", suite.getAttribute("name"));
    assertEquals("4", suite.getAttribute("tests"));
    assertEquals("3", suite.getAttribute("failures"));
    assertEquals("2025-03-14T09:30:00", suite.getAttribute("timestamp"));
    assertEquals(4, xml.getElementsByTagName("testcase").getLength());
    assertEquals(3, xml.getElementsByTagName("failure").getLength());
  }

  @Test
  public void render_nameWithMarkupCharacters_survivesIntact() throws Exception {
    Document xml = parse(JUnitReport.render(Report.ofGate("verify-policy", ReportFixtures.failedGate(),
        TIME)));

    Element first = (Element) xml.getElementsByTagName("testcase").item(0);
    assertEquals("CFQ7TTC0LH2H Power Apps | <per user> & \"more\"", first.getAttribute("name"));
    assertEquals("commerce.verify-policy", first.getAttribute("classname"));
    assertEquals(0, first.getElementsByTagName("failure").getLength());
  }

  @Test
  public void render_itemBreakingTwoRules_hasOneFailureListingBoth() throws Exception {
    Document xml = parse(JUnitReport.render(Report.ofGate("verify-policy", ReportFixtures.failedGate(),
        TIME)));

    Element copilot = (Element) xml.getElementsByTagName("testcase").item(1);
    NodeList failures = copilot.getElementsByTagName("failure");
    assertEquals(1, failures.getLength());
    assertEquals("CFQ7TTC0MM8R Microsoft 365 Copilot is Enabled (rule: no product may be Enabled; "
        + "CFQ7TTC0MM8R must be Disabled)",
        ((Element) failures.item(0)).getAttribute("message"));
  }

  @Test
  public void render_requiredProductNotChecked_getsAFailedTestCaseOfItsOwn() throws Exception {
    Document xml = parse(JUnitReport.render(Report.ofGate("verify-policy", ReportFixtures.failedGate(),
        TIME)));

    Element last = (Element) xml.getElementsByTagName("testcase").item(3);
    assertEquals("CFQ7TTC0GONE", last.getAttribute("name"));
    assertEquals(1, last.getElementsByTagName("failure").getLength());
  }

  @Test
  public void render_controlCharacterInAName_stillParses() throws Exception {
    GateResult result = new Gate(Gate.defaultRules(), null).evaluate(
        List.of(TestItems.product("CFQ7TTC0LH2H", "Bell\u0007 product", PolicyValue.ENABLED)), List.of());

    Document xml = parse(JUnitReport.render(Report.ofGate("verify-policy", result, TIME)));

    assertEquals("CFQ7TTC0LH2H Bell\uFFFD product",
        ((Element) xml.getElementsByTagName("testcase").item(0)).getAttribute("name"));
  }

  @Test
  public void render_passedGate_hasNoFailure() throws Exception {
    Document xml = parse(JUnitReport.render(Report.ofGate("verify-policy", ReportFixtures.passedGate(),
        TIME)));

    assertEquals("7", xml.getDocumentElement().getAttribute("tests"));
    assertEquals("0", xml.getDocumentElement().getAttribute("failures"));
    assertEquals(0, xml.getElementsByTagName("failure").getLength());
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
