package io.github.mscommerce.core.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The consolidated reports of a run over many tenants: each tenant's part is its single-tenant report. */
public class TenantReportsTest {

  private static final String ERROR = "Entra ID refused a token: AADSTS700016 (HTTP 400, correlation id c0ffee)";

  private static TenantsReport run() {
    Report passed = Report.ofGate("verify-policy", ReportFixtures.passedGate(), ReportFixtures.TIME);
    Report failed = Report.ofGate("verify-policy", ReportFixtures.failedGate(), ReportFixtures.TIME);
    List<TenantReport> tenants = List.of(
        new TenantReport("contoso.onmicrosoft.com", Optional.of("7c5d2b8e-4f1a-4e3b-9d6c-0a1b2c3d4e5f"),
            TenantStatus.OK, Optional.of(passed), Optional.empty(), passed.outcome()),
        new TenantReport("fabrikam.onmicrosoft.com", Optional.empty(), TenantStatus.VIOLATIONS, Optional.of(failed),
            Optional.empty(), failed.outcome()),
        new TenantReport("northwind.onmicrosoft.com", Optional.empty(), TenantStatus.FAILED, Optional.empty(),
            Optional.of(ERROR), ERROR),
        new TenantReport("adatum.onmicrosoft.com", Optional.empty(), TenantStatus.CANCELLED, Optional.empty(),
            Optional.of("not started"), "not started"));
    return TenantsReport.of("verify-policy", "Policy verification", ReportFixtures.TIME, "AllowSelfServicePurchase",
        tenants, "4 tenants: 1 ok, 1 violations, 1 failed, 1 cancelled.");
  }

  @Test
  public void json_isKeyedByTenant_andEmbedsEachTenantsOwnReportUnchanged() {
    TenantsReport run = run();

    JsonObject json = JsonParser.parseString(TenantJsonReport.render(run)).getAsJsonObject();

    JsonObject fabrikam = json.getAsJsonObject("tenants").getAsJsonObject("fabrikam.onmicrosoft.com");
    assertEquals(JsonParser.parseString(JsonReport.render(run.tenants().get(1).report().orElseThrow())),
        fabrikam.get("report"));
    assertEquals("violations", fabrikam.get("status").getAsString());
    JsonObject northwind = json.getAsJsonObject("tenants").getAsJsonObject("northwind.onmicrosoft.com");
    assertEquals(ERROR, northwind.get("error").getAsString());
    assertFalse(northwind.has("report"));
    assertEquals(1, json.getAsJsonObject("summary").get("failed").getAsInt());
    assertFalse(json.get("success").getAsBoolean());
  }

  @Test
  public void markdown_listsFailuresFirst_thenOneRowPerTenant() {
    String md = TenantMarkdownReport.render(run());

    assertTrue(md, md.indexOf("### Failures") < md.indexOf("| Tenant |"));
    assertTrue(md, md.contains("- **northwind.onmicrosoft.com** (failed): " + ERROR));
    List<String> rows = md.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| Tenant"))
        .toList();
    assertEquals(List.of("northwind", "adatum", "fabrikam", "contoso"),
        rows.stream().map(row -> row.substring(2, row.indexOf('.'))).toList());
    // One violation per item, naming every rule it breaks (the gate no longer counts an item twice).
    assertTrue(rows.get(2), rows.get(2).contains("| violations | checked 3, rules 2, violations 3 |"));
    assertTrue(rows.get(2), rows.get(2).contains("CFQ7TTC0MM8R Microsoft 365 Copilot is Enabled (rule: no product "
        + "may be Enabled; CFQ7TTC0MM8R must be Disabled)"));
    assertTrue("three violations named, none left to count", rows.get(2).endsWith("must be Disabled) |"));
  }

  @Test
  public void junit_hasOneSuitePerTenant_namedAfterIt_withTheTenantsOwnTestCases() throws Exception {
    TenantsReport run = run();

    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(TenantJUnitReport.render(run))));

    NodeList suites = xml.getElementsByTagName("testsuite");
    assertEquals(4, suites.getLength());
    Element fabrikam = (Element) suites.item(1);
    assertEquals("commerce.verify-policy.fabrikam_onmicrosoft_com", fabrikam.getAttribute("name"));
    Document single = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(
        new StringReader(JUnitReport.render(run.tenants().get(1).report().orElseThrow()))));
    Element own = single.getDocumentElement();
    assertEquals(own.getAttribute("tests"), fabrikam.getAttribute("tests"));
    assertEquals(own.getAttribute("failures"), fabrikam.getAttribute("failures"));
    assertEquals(own.getElementsByTagName("failure").getLength(), fabrikam.getElementsByTagName("failure")
        .getLength());
    Element testCase = (Element) fabrikam.getElementsByTagName("testcase").item(0);
    assertEquals("commerce.verify-policy.fabrikam_onmicrosoft_com", testCase.getAttribute("classname"));
    Element tenant = (Element) fabrikam.getElementsByTagName("property").item(0);
    assertEquals("fabrikam.onmicrosoft.com", tenant.getAttribute("value"));

    Element northwind = (Element) suites.item(2);
    assertEquals("1", northwind.getAttribute("errors"));
    Element error = (Element) northwind.getElementsByTagName("error").item(0);
    assertEquals(ERROR, error.getTextContent());
    Element adatum = (Element) suites.item(3);
    assertEquals(1, adatum.getElementsByTagName("skipped").getLength());

    Element root = xml.getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    assertEquals(String.valueOf(Integer.parseInt(own.getAttribute("failures"))), root.getAttribute("failures"));
    assertEquals("1", root.getAttribute("errors"));
  }

  @Test
  public void toReport_isOneRowPerTenant_failuresFirst() {
    Report report = run().toReport();

    assertEquals("Policy verification over 4 tenants", report.title());
    assertEquals("northwind.onmicrosoft.com", report.rows().get(0).id());
    assertEquals("failed", report.rows().get(0).result());
    assertEquals(ERROR, report.rows().get(0).detail());
    assertFalse(report.success());
  }
}
