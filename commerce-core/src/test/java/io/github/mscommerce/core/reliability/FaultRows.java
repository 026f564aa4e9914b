package io.github.mscommerce.core.reliability;

import static io.github.mscommerce.core.reliability.FaultMatrixIT.ANY_PUT;
import static io.github.mscommerce.core.reliability.FaultMatrixIT.LIST;
import static io.github.mscommerce.core.reliability.FaultMatrixIT.ONE_PUT;
import static io.github.mscommerce.core.reliability.FaultMatrixIT.POWER_BI_PRO;
import static io.github.mscommerce.core.reliability.FaultMatrixIT.httpDate;
import static io.github.mscommerce.core.reliability.FaultMatrixIT.warned;
import static io.github.mscommerce.core.reliability.FaultMatrixIT.words;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.frontend.TaskFailure.Kind;
import io.github.mscommerce.core.reliability.FaultMatrixIT.Operation;
import io.github.mscommerce.core.reliability.FaultMatrixIT.Row;
import io.github.mscommerce.emulator.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@link FaultMatrixIT}: each fault against each operation it can hit. Reads meet the fault on the product
 * listing; updates and applies on their PUTs (one product's, or any of them), a few on the listing.
 */
final class FaultRows {

  private static final Duration SLOW = Duration.ofSeconds(3);
  /** Fewer bytes would not be a number of seconds a client could mean; more fit no calendar. */
  private static final String ABSURD_RETRY_AFTER = "99999999999";

  private FaultRows() {}

  static List<Row> all() {
    List<Row> rows = new ArrayList<>();
    rows.addAll(reads());
    rows.addAll(updates());
    rows.addAll(applies());
    rows.addAll(exports());
    rows.addAll(gates());
    return rows;
  }

  private static Row row(Operation operation, String fault) {
    return new Row(operation, fault);
  }

  private static List<Row> reads() {
    Operation op = Operation.READ;
    String reading = "Reading the product policies";
    return List.of(
        row(op, "429 storm, Retry-After in seconds").faulting(Fault.on("GET", LIST).thenStatus(429, "2").times(3))
            .converges(3).logging(reading + ": got HTTP 429; retrying in 2 s (attempt 2 of 5, previous correlation id "
                + "{cid:status-429})")
            .and(run -> assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2)),
                run.time.sleeps())),
        row(op, "429, Retry-After as an HTTP date").with(run -> run.fault(Fault.on("GET", LIST)
            .thenStatus(429, httpDate(Duration.ofSeconds(20))))).converges(1)
            .and(run -> assertTrue(run.time.sleeps().toString(), run.time.sleeps().get(0)
                .compareTo(Duration.ofSeconds(15)) > 0 && run.time.sleeps().get(0).compareTo(Duration.ofSeconds(21)) < 0)),
        row(op, "429, Retry-After a date in the past").with(run -> run.fault(Fault.on("GET", LIST)
            .thenStatus(429, httpDate(Duration.ofHours(-1))))).converges(1)
            .and(run -> assertEquals("never at once: the first backoff", List.of(Duration.ofMillis(500)),
                run.time.sleeps())),
        row(op, "429, Retry-After absurdly far ahead").faulting(Fault.on("GET", LIST)
            .thenStatus(429, ABSURD_RETRY_AFTER)).converges(1)
            .logging("WARN " + reading + ": the service asked to wait ")
            .and(run -> assertTrue(run.time.sleeps().toString(),
                run.time.sleeps().get(0).compareTo(Duration.ofMinutes(3)) <= 0)),
        row(op, "500").faulting(Fault.on("GET", LIST).thenStatus(500)).fails(Kind.SERVICE, 0)
            .saying(reading + " failed: Injected by the emulator: HTTP 500 Internal Server Error. (HTTP 500, errorCode "
                + "InternalServerError, correlation id {cid:status-500})"),
        row(op, "502 burst").faulting(Fault.on("GET", LIST).thenStatus(502).times(3)).converges(3),
        row(op, "503 burst").faulting(Fault.on("GET", LIST).thenStatus(503).times(3)).converges(3),
        row(op, "504 burst").faulting(Fault.on("GET", LIST).thenStatus(504).times(3)).converges(3),
        // The JDK resends a GET dropped before any answer byte by itself; either way one more request, and no storm.
        row(op, "dropped connection").faulting(Fault.on("GET", LIST).thenDrop()).converges(1),
        row(op, "answer slower than the timeout").timeoutOneSecond()
            .faulting(Fault.on("GET", LIST).thenSlow(SLOW)).converges(1, 2)
            .logging(reading + ": got no answer within 1 s"),
        row(op, "malformed JSON").faulting(Fault.on("GET", LIST).thenMalformed()).fails(Kind.SERVICE, 0)
            .saying(reading + " got an answer this client cannot read (the answer is not valid JSON). If "
                + "commerce.endpoint points at a proxy or a different service, correct it. (HTTP 200, correlation id "
                + "{cid:malformed})"),
        row(op, "truncated JSON").faulting(Fault.on("GET", LIST).thenTruncated()).converges(1)
            .logging(reading + ": got a lost response: the connection dropped before the answer was complete"),
        row(op, "HTML 502 page from a proxy").faulting(Fault.on("GET", LIST).thenHtml(502)).converges(1)
            .logging(reading + ": got HTTP 502 (an HTML page, as a proxy or gateway sends); retrying"),
        row(op, "HTML 500 page from a proxy").faulting(Fault.on("GET", LIST).thenHtml(500)).fails(Kind.SERVICE, 0)
            .saying(reading + " failed: " + words().htmlErrorPage() + " (HTTP 500, correlation id {cid:html-500})"),
        row(op, "empty 200").faulting(Fault.on("GET", LIST).thenEmpty()).fails(Kind.SERVICE, 0)
            .saying("cannot read (the answer is not a JSON object)", "correlation id {cid:empty}"),
        row(op, "401 on a data call, fresh token refused too").faulting(Fault.on("GET", LIST).thenStatus(401)
            .times(2)).fails(Kind.SERVICE, 2)
            .saying("A fresh token was refused too: check that commerce.tenantId is the tenant that holds the policy.",
                "(HTTP 401, errorCode Unauthorized, correlation id ")
            .and(run -> assertEquals("one fresh token", 2, run.count("POST", "token"))),
        row(op, "403").faulting(Fault.on("GET", LIST).thenStatus(403)).fails(Kind.SERVICE, 0)
            .saying("reads need the Global Reader", "(HTTP 403, errorCode Forbidden, correlation id {cid:status-403})"),
        row(op, "redirect to another host").faulting(Fault.on("GET", LIST).thenRedirect(307,
            "https://elsewhere.invalid/v1.0/policies")).fails(Kind.SERVICE, 0)
            .saying(words().redirectRefused(reading, 307, "https://elsewhere.invalid/v1.0/policies")));
  }

  private static List<Row> updates() {
    Operation op = Operation.UPDATE;
    String settingPro = "Setting product '" + POWER_BI_PRO + "' to Disabled";
    return List.of(
        row(op, "429 storm on the PUTs, Retry-After in seconds")
            .faulting(Fault.on("PUT", ANY_PUT).thenStatus(429, "1").times(3)).converges(3),
        row(op, "429, Retry-After as an HTTP date").with(run -> run.fault(Fault.on("PUT", ONE_PUT)
            .thenStatus(429, httpDate(Duration.ofSeconds(10))))).converges(1),
        row(op, "429, Retry-After a date in the past").with(run -> run.fault(Fault.on("PUT", ONE_PUT)
            .thenStatus(429, httpDate(Duration.ofDays(-1))))).converges(1),
        row(op, "429, Retry-After absurdly far ahead").faulting(Fault.on("PUT", ONE_PUT)
            .thenStatus(429, ABSURD_RETRY_AFTER)).converges(1).logging("WARN " + settingPro
                + ": the service asked to wait "),
        row(op, "500 on one product").faulting(Fault.on("PUT", ONE_PUT).thenStatus(500)).fails(Kind.NOT_MET, 0)
            .saying("Not fully applied: 39 changed, 0 unchanged, 1 failed, 0 not attempted.",
                "FAILED " + POWER_BI_PRO + " Power BI Pro: " + settingPro + " failed: Injected by the emulator: HTTP 500 "
                    + "Internal Server Error. (HTTP 500, errorCode InternalServerError, correlation id "
                    + "{cid:status-500})",
                "to restore the values changed."),
        row(op, "502 burst").faulting(Fault.on("PUT", ANY_PUT).thenStatus(502).times(3)).converges(3),
        row(op, "503 burst").faulting(Fault.on("PUT", ANY_PUT).thenStatus(503).times(3)).converges(3),
        row(op, "504 burst").faulting(Fault.on("PUT", ANY_PUT).thenStatus(504).times(3)).converges(3),
        row(op, "connection dropped before the response").faulting(Fault.on("PUT", ONE_PUT).thenDrop())
            .converges(1).logging(settingPro + ": got a lost response"),
        row(op, "connection dropped after the PUT was applied").faulting(Fault.on("PUT", ONE_PUT)
            .thenDropAfterApply()).converges(1)
            .logging("LIFECYCLE " + POWER_BI_PRO + " Power BI Pro: Enabled → Disabled"),
        row(op, "answer slower than the timeout").timeoutOneSecond()
            .faulting(Fault.on("PUT", ONE_PUT).thenSlow(SLOW)).converges(1, 3)
            .logging(settingPro + ": got no answer within 1 s"),
        row(op, "malformed 200 (applied)").faulting(Fault.on("PUT", ONE_PUT).thenMalformed()).converges(1)
            .logging(POWER_BI_PRO + " Power BI Pro: Enabled → Disabled, confirmed by reading it back")
            .and(run -> assertEquals("one read-back", 1, run.count("GET", "/products/{productId}"))),
        row(op, "truncated JSON").faulting(Fault.on("PUT", ONE_PUT).thenTruncated()).converges(1),
        row(op, "HTML 502 page from a proxy").faulting(Fault.on("PUT", ONE_PUT).thenHtml(502)).converges(1),
        row(op, "empty 200 (applied)").faulting(Fault.on("PUT", ONE_PUT).thenEmpty()).converges(1)
            .logging("confirmed by reading it back"),
        row(op, "200 naming another value than the one sent").faulting(Fault.on("PUT", ONE_PUT).thenWrongValue())
            .fails(Kind.NOT_MET, 1)
            .saying("FAILED " + POWER_BI_PRO + " Power BI Pro: " + words().answeredOtherValueThenHeld(
                PolicyValue.ENABLED, PolicyValue.DISABLED, PolicyValue.ENABLED)),
        // Every PUT in flight is refused at once; they share one fresh token (8 was the count before: one each).
        row(op, "the token expires mid-run").with(run -> run.output.onCreate(
            () -> run.emulator.admin().expireIssuedTokens())).converges(2, 9)
            .and(run -> assertEquals("one fresh token for all the PUTs", 2, run.count("POST", "token"))),
        // Every further PUT would be refused alike: the run stops sending, and says what it did not attempt.
        row(op, "401 on a PUT, fresh token refused too").faulting(Fault.on("PUT", ONE_PUT).thenStatus(401).times(2))
            .fails(Kind.NOT_MET, -38, 2)
            .saying("FAILED " + POWER_BI_PRO, "A fresh token was refused too",
                "(HTTP 401, errorCode Unauthorized, correlation id ")
            // One fresh token for the refused PUT; when it is refused too it leaves the cache, and a PUT already in
            // flight may fetch one more. No storm.
            .and(run -> assertTrue("token requests: " + run.count("POST", "token"), run.count("POST", "token") <= 3)),
        row(op, "403 mid-apply").faulting(Fault.on("PUT", ONE_PUT).thenStatus(403)).fails(Kind.NOT_MET, -35, 0)
            .saying("FAILED " + POWER_BI_PRO, "writes need the Global Administrator or Billing Administrator role",
                "(HTTP 403, errorCode Forbidden, correlation id {cid:status-403})"),
        row(op, "404 mid-apply").faulting(Fault.on("PUT", ONE_PUT).thenStatus(404)).fails(Kind.NOT_MET, 1)
            .saying("FAILED " + POWER_BI_PRO + " Power BI Pro: " + words().unknownItem(ItemKind.PRODUCT, POWER_BI_PRO,
                List.of()).substring(0, 60), "(HTTP 404, errorCode NotFound, correlation id {cid:status-404})")
            .and(run -> assertEquals("the listing that names the closest ids", 2,
                run.count("GET", "/v1.0/policies/{policyId}/products"))));
  }

  private static List<Row> applies() {
    Operation op = Operation.APPLY;
    return List.of(
        row(op, "503 burst on the listing").faulting(Fault.on("GET", LIST).thenStatus(503).times(2)).converges(2),
        row(op, "429, Retry-After as an HTTP date").with(run -> run.fault(Fault.on("PUT", ANY_PUT)
            .thenStatus(429, httpDate(Duration.ofSeconds(5))))).converges(1),
        row(op, "connection dropped after the PUT was applied").faulting(Fault.on("PUT", ONE_PUT)
            .thenDropAfterApply()).converges(1),
        row(op, "answer slower than the timeout").timeoutOneSecond()
            .faulting(Fault.on("PUT", ONE_PUT).thenSlow(SLOW)).converges(1, 3),
        row(op, "malformed 200 (applied)").faulting(Fault.on("PUT", ONE_PUT).thenMalformed()).converges(1)
            .logging("confirmed by reading it back"),
        row(op, "200 naming another value").faulting(Fault.on("PUT", ONE_PUT).thenWrongValue())
            .fails(Kind.NOT_MET, 1).saying("Not fully applied: 39 changed, 0 unchanged, 1 failed"),
        row(op, "500 on one product").faulting(Fault.on("PUT", ONE_PUT).thenStatus(500)).fails(Kind.NOT_MET, 0)
            .saying("FAILED " + POWER_BI_PRO, "(HTTP 500, errorCode InternalServerError, correlation id "
                + "{cid:status-500})"),
        row(op, "403 mid-apply").faulting(Fault.on("PUT", ONE_PUT).thenStatus(403)).fails(Kind.NOT_MET, -35, 0)
            .saying("FAILED " + POWER_BI_PRO, "(HTTP 403, errorCode Forbidden"));
  }

  private static List<Row> exports() {
    Operation op = Operation.EXPORT;
    return List.of(
        row(op, "503 burst").faulting(Fault.on("GET", LIST).thenStatus(503).times(3)).converges(3),
        row(op, "429 storm, Retry-After in seconds").faulting(Fault.on("GET", LIST).thenStatus(429, "3").times(2))
            .converges(2),
        row(op, "truncated JSON").faulting(Fault.on("GET", LIST).thenTruncated()).converges(1),
        row(op, "answer slower than the timeout").timeoutOneSecond()
            .faulting(Fault.on("GET", LIST).thenSlow(SLOW)).converges(1, 2),
        row(op, "malformed JSON").faulting(Fault.on("GET", LIST).thenMalformed()).fails(Kind.SERVICE, 0)
            .saying("cannot read", "correlation id {cid:malformed}")
            .and(run -> assertFalse("no half export", run.output.file("desired-state.json").isPresent())));
  }

  private static List<Row> gates() {
    Operation op = Operation.GATE;
    return List.of(
        row(op, "503 burst").faulting(Fault.on("GET", LIST).thenStatus(503).times(2)).converges(2),
        row(op, "429, Retry-After as an HTTP date").with(run -> run.fault(Fault.on("GET", LIST)
            .thenStatus(429, httpDate(Duration.ofSeconds(30))))).converges(1),
        row(op, "dropped connection").faulting(Fault.on("GET", LIST).thenDrop()).converges(1),
        row(op, "HTML 502 page from a proxy").faulting(Fault.on("GET", LIST).thenHtml(502)).converges(1),
        // The gate could not look: a service failure, not a failed check (which would read as violations).
        row(op, "500").faulting(Fault.on("GET", LIST).thenStatus(500)).fails(Kind.SERVICE, 0)
            .saying("(HTTP 500, errorCode InternalServerError, correlation id {cid:status-500})")
            .and(run -> assertFalse(warned(run, "violation"))),
        row(op, "malformed JSON").faulting(Fault.on("GET", LIST).thenMalformed()).fails(Kind.SERVICE, 0)
            .saying("cannot read"),
        row(op, "401 on a data call, fresh token refused too").faulting(Fault.on("GET", LIST).thenStatus(401)
            .times(2)).fails(Kind.SERVICE, 2).saying("A fresh token was refused too"));
  }
}
