package org.roundtable.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.payments.PaymentFixtures.attended;
import static org.roundtable.payments.PaymentFixtures.checkedIn;
import static org.roundtable.payments.PaymentFixtures.ledger;
import static org.roundtable.payments.PaymentFixtures.pay;
import static org.roundtable.payments.PaymentFixtures.payment;
import static org.roundtable.payments.PaymentFixtures.voidEntry;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.payments.PaymentFixtures.Attended;
import org.roundtable.support.HttpResult;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** The finance exports, read back with Commons CSV and reconciled against the ledger. */
class PaymentsCsvTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void theRoundCsvHasOneRowPerEntryAndTotalsThatReconcileWithTheLedger() throws IOException {
    Attended ana = attended(app);
    Attended ben = checkedIn(app, ana.roundId(), ana.sessionId());
    Attended cy = checkedIn(app, ana.roundId(), ana.sessionId());
    pay(app, payment(ana, 5000, "gift_card").put("reference", "=HYPERLINK(\"http://evil\")"));
    String mistake = pay(app, payment(ben, 2000, "cash")).json().getString("id");
    voidEntry(app, mistake, "Wrong amount");
    pay(app, payment(ben, 3000, "cash"));
    pay(app, new JsonObject().put("participantId", cy.id()).put("sessionId", cy.sessionId()).put("currency", "USD")
        .put("method", "declined"));

    HttpResult csv = app.api().get("/api/v1/rounds/" + ana.roundId() + "/payments.csv", app.token(Role.FACILITATOR));
    assertEquals(200, csv.status(), csv.toString());
    assertTrue(csv.header("Content-Type").startsWith("text/csv"));
    List<CSVRecord> records = parse(csv.body());
    List<CSVRecord> entries = records.stream().filter(r -> r.get("row").equals("entry")).toList();

    long ledgerRows = List.of(ana, ben, cy).stream()
        .mapToLong(p -> ledger(app, p.id()).getJsonArray("entries").size()).sum();
    assertEquals(ledgerRows, entries.size(), "one row per ledger entry");
    Map<String, Long> totals = totals(records);
    assertEquals(sum(entries, "owed"), totals.get("owed"));
    assertEquals(sum(entries, "paid"), totals.get("paid"));
    assertEquals(sum(entries, "declined"), totals.get("declined"));
    assertEquals(15_000, totals.get("owed"));
    assertEquals(8000, totals.get("paid"), "the voided $20 is not counted");
    assertEquals(5000, totals.get("declined"));
    long stillOwed = List.of(ana, ben, cy).stream().mapToLong(p -> ledger(app, p.id()).getLong("owedCents")).sum();
    assertEquals(stillOwed, totals.get("outstanding"));
    long paidByApi = List.of(ana, ben, cy).stream().mapToLong(p -> ledger(app, p.id()).getLong("paidCents")).sum();
    assertEquals(paidByApi, totals.get("paid"));

    CSVRecord gift = entries.stream().filter(r -> r.get("method").equals("gift_card")).findFirst().orElseThrow();
    assertEquals("'=HYPERLINK(\"http://evil\")", gift.get("reference"), "a formula stays text");
    assertEquals(1, entries.stream().filter(r -> r.get("kind").equals("void") && r.get("voids").equals(mistake))
        .count());
  }

  @Test
  void theYearCsvReconcilesToo() throws IOException {
    Attended dee = attended(app);
    pay(app, payment(dee, 4000, "check"));
    int year = Year.now(ZoneOffset.UTC).getValue();
    HttpResult csv = app.api().get("/api/v1/tax-years/" + year + "/payments.csv", app.token(Role.ADMIN));
    assertEquals(200, csv.status(), csv.toString());
    List<CSVRecord> records = parse(csv.body());
    List<CSVRecord> entries = records.stream().filter(r -> r.get("row").equals("entry")).toList();
    assertTrue(entries.stream().anyMatch(r -> r.get("participant_id").equals(dee.id())));
    Map<String, Long> totals = totals(records);
    assertEquals(sum(entries, "paid"), totals.get("paid"));
    assertEquals(sum(entries, "owed") - sum(entries, "paid") - sum(entries, "declined"), totals.get("outstanding"));
    assertEquals(403, app.api().get("/api/v1/tax-years/" + year + "/payments.csv", app.token(Role.DEVELOPER))
        .status());
  }

  private static List<CSVRecord> parse(String body) throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(body)).getRecords();
  }

  private static Map<String, Long> totals(List<CSVRecord> records) {
    return records.stream().filter(r -> r.get("row").equals("total") && r.get("currency").equals("USD"))
        .collect(java.util.stream.Collectors.toMap(r -> r.get("kind"), r -> Long.parseLong(r.get("amount_cents"))));
  }

  private static long sum(List<CSVRecord> entries, String kind) {
    Predicate<CSVRecord> counts = r -> r.get("kind").equals(kind) && r.get("voided").equals("false");
    return entries.stream().filter(counts).mapToLong(r -> Long.parseLong(r.get("amount_cents"))).sum();
  }
}
