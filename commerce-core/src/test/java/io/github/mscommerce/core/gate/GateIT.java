package io.github.mscommerce.core.gate;

import static io.github.mscommerce.core.PolicyValue.DISABLED;
import static io.github.mscommerce.core.PolicyValue.ENABLED;
import static io.github.mscommerce.core.testing.TestItems.COPILOT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.plan.Selection;
import io.github.mscommerce.core.report.Report;
import io.github.mscommerce.core.report.ReportFiles;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.core.testing.RecordingEvents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.w3c.dom.Document;

/** The release gate against the emulator: what it reads, and the report files a pipeline picks up. */
public class GateIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private static final String LIST = "/v1.0/policies/{policyId}/products";
  private static final String TOKEN = "/{tenant}/oauth2/v2.0/token";

  @Rule
  public TemporaryFolder folder = new TemporaryFolder();

  private CommerceClient client;

  @Before
  public void reset() {
    SharedEmulator.fresh();
    client = SharedEmulator.readWriteClient(new RecordingEvents());
  }

  @Test
  public void evaluate_seededTenant_failsOnEveryProductWithTwoRequests() {
    GateResult result = new Gate(Gate.defaultRules(), null).evaluate(client);

    assertFalse(result.passed());
    assertEquals(result.checked().size(), result.violations().size());
    assertEquals("token + list", 2, SharedEmulator.admin().journal().size());
    assertEquals(1, SharedEmulator.admin().count("POST", TOKEN));
  }

  @Test
  public void evaluate_lockedDownTenant_passes() {
    client.productPolicies()
        .forEach(product -> SharedEmulator.admin().setProductValue(SharedEmulator.tenantId(), product.id(), "Disabled"));

    GateResult result = new Gate(List.of(ForbidValues.of(ENABLED), RequireValue.of(DISABLED, COPILOT)), null)
        .evaluate(client);

    assertTrue(result.passed());
  }

  @Test
  public void evaluate_scopeWithOfferTypes_readsBothListsOnce() {
    Selection scope = Selection.builder().productIds(COPILOT).offerTypes("SaaS", "DYNAMICSBC").build();

    GateResult result = new Gate(Gate.defaultRules(), scope).evaluate(client);

    assertEquals(3, result.checked().size());
    assertEquals(2, SharedEmulator.admin().count("GET", LIST));
  }

  @Test
  public void reportFiles_verifyPolicy_writeAJUnitFileThatParsesWithOneCasePerProduct() throws Exception {
    GateResult result = new Gate(Gate.defaultRules(), null).evaluate(client);
    Path directory = folder.getRoot().toPath().resolve("commerce");

    ReportFiles.writeTo(directory, ReportFiles.forGate("verify-policy",
        Report.ofGate("verify-policy", result, Instant.now())));

    Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(directory.resolve("TEST-commerce-verify-policy.xml").toFile());
    assertEquals(String.valueOf(result.checked().size()), junit.getDocumentElement().getAttribute("tests"));
    assertEquals(String.valueOf(result.checked().size()), junit.getDocumentElement().getAttribute("failures"));
    assertTrue(Files.readString(directory.resolve("verify-policy.md")).contains("| Product | Id | Value |"));
    assertTrue(Files.exists(directory.resolve("verify-policy.json")));
  }
}
