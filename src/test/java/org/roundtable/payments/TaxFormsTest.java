package org.roundtable.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.payments.PaymentFixtures.attended;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.payments.PaymentFixtures.Attended;
import org.roundtable.support.HttpResult;
import org.roundtable.support.TestApp;
import org.roundtable.support.TestDatabase;
import org.roundtable.web.Role;

/** Year totals against the tax-form threshold, the admin's setting, and noting that a form came in. */
class TaxFormsTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void yearTotalsCrossTheThresholdWhichWas600DollarsBefore2026And2000From2026() {
    Attended ana = attended(app);
    // $600 paid in 2025 and $600 in 2026: written as the ledger would have them (inserts are all it allows).
    paidOn(ana, 60_000, "2025-06-01T12:00:00Z");
    paidOn(ana, 60_000, "2026-03-01T12:00:00Z");

    JsonObject y2025 = year(2025);
    assertEquals(60_000, y2025.getJsonObject("threshold").getLong("amountCents"));
    assertTrue(y2025.getJsonObject("threshold").getBoolean("isDefault"));
    assertTrue(listed(y2025, ana.id()), "$600 reached the 2025 threshold");
    JsonObject y2026 = year(2026);
    assertEquals(200_000, y2026.getJsonObject("threshold").getLong("amountCents"));
    assertFalse(listed(y2026, ana.id()), "$600 is under the 2026 threshold of $2,000");

    paidOn(ana, 140_000, "2026-04-01T12:00:00Z");
    assertTrue(listed(year(2026), ana.id()), "$2,000 in all reaches it");
    assertEquals(200_000, person(year(2026), ana.id()).getLong("paidCents"));
  }

  @Test
  void anAdminSetsTheThresholdAndStaffNoteTheFormOnlyAsReceivedOrNot() {
    Attended ben = attended(app);
    paidOn(ben, 10_000, "2027-02-01T12:00:00Z");
    assertFalse(listed(year(2027), ben.id()));

    assertEquals(403, app.api().put("/api/v1/tax-years/2027/threshold", app.token(Role.FACILITATOR),
        new JsonObject().put("amountCents", 10_000)).status(), "only an admin");
    HttpResult set = app.api().put("/api/v1/tax-years/2027/threshold", app.token(Role.ADMIN),
        new JsonObject().put("amountCents", 10_000));
    assertEquals(200, set.status(), set.toString());
    assertFalse(set.json().getBoolean("isDefault"));
    assertTrue(listed(year(2027), ben.id()));
    assertEquals(400, app.api().put("/api/v1/tax-years/2027/threshold", app.token(Role.ADMIN),
        new JsonObject().put("amountCents", 0)).status());

    HttpResult noted = app.api().put("/api/v1/tax-years/2027/forms/" + ben.id(), app.token(Role.FACILITATOR),
        new JsonObject().put("received", true));
    assertEquals(200, noted.status(), noted.toString());
    JsonObject row = person(year(2027), ben.id());
    assertTrue(row.getBoolean("formReceived"));
    assertTrue(row.getString("formRecordedAt") != null && row.getString("formRecordedBy") != null);
    assertEquals(400, app.api().put("/api/v1/tax-years/2027/forms/" + ben.id(), app.token(Role.FACILITATOR),
        new JsonObject().put("received", true).put("taxNumber", "123-45-6789")).status(), "never a tax number");
    assertEquals(404, app.api().put("/api/v1/tax-years/2027/forms/" + UUID.randomUUID(), app.token(Role.ADMIN),
        new JsonObject().put("received", true)).status());
    assertEquals(404, app.api().get("/api/v1/tax-years/1999", app.token(Role.ADMIN)).status());

    JsonObject audit = app.api().get("/api/v1/audit", app.token(Role.ADMIN)).json();
    assertTrue(audit.getJsonArray("entries").stream().map(JsonObject.class::cast)
        .anyMatch(e -> e.getString("action").equals("payments.threshold_set")));
    assertTrue(audit.getJsonArray("entries").stream().map(JsonObject.class::cast)
        .anyMatch(e -> e.getString("action").equals("payments.tax_form") && ben.id().equals(e.getString("recordId"))));
  }

  private static void paidOn(Attended a, long cents, String at) {
    TestDatabase.execute(app.database(), "INSERT INTO payment_entries (participant_id, round_id, session_id, kind, "
        + "method, amount_cents, currency, idempotency_key, recorded_at) VALUES ('" + a.id() + "', '" + a.roundId()
        + "', '" + a.sessionId() + "', 'paid', 'cash', " + cents + ", 'USD', '" + UUID.randomUUID() + "', '" + at
        + "')");
  }

  private static JsonObject year(int year) {
    HttpResult read = app.api().get("/api/v1/tax-years/" + year, app.token(Role.FACILITATOR));
    assertEquals(200, read.status(), read.toString());
    return read.json();
  }

  private static boolean listed(JsonObject year, String participantId) {
    return year.getJsonArray("people").stream().map(JsonObject.class::cast)
        .anyMatch(p -> p.getString("participantId").equals(participantId));
  }

  private static JsonObject person(JsonObject year, String participantId) {
    return year.getJsonArray("people").stream().map(JsonObject.class::cast)
        .filter(p -> p.getString("participantId").equals(participantId)).findFirst().orElseThrow();
  }
}
