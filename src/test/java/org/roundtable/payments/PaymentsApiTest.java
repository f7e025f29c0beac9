package org.roundtable.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.payments.PaymentFixtures.attended;
import static org.roundtable.payments.PaymentFixtures.checkedIn;
import static org.roundtable.payments.PaymentFixtures.ledger;
import static org.roundtable.payments.PaymentFixtures.pay;
import static org.roundtable.payments.PaymentFixtures.payment;
import static org.roundtable.payments.PaymentFixtures.voidEntry;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.attendance.AttendanceFixtures;
import org.roundtable.payments.PaymentFixtures.Attended;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** The ledger through the real API and database: owed on check-in, paying, declining, voiding, refusals. */
class PaymentsApiTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void checkingInTwiceMakesWhatIsOwedOnce() {
    Attended ana = attended(app);
    AttendanceFixtures.staffCheckIn(app, ana.sessionId(), ana.id());
    HttpResult self = app.api().post("/api/v1/me/checkin", ana.person().token(),
        new JsonObject().put("code", AttendanceFixtures.sessionCode(app, ana.sessionId())));
    assertEquals(201, self.status(), self.toString());
    assertTrue(self.json().getBoolean("alreadyCheckedIn"));

    JsonObject ledger = ledger(app, ana.id());
    assertEquals(5000, ledger.getLong("owedCents"));
    assertEquals(0, ledger.getLong("paidCents"));
    JsonArray entries = ledger.getJsonArray("entries");
    assertEquals(1, entries.size(), entries.encodePrettily());
    assertEquals("owed", entries.getJsonObject(0).getString("kind"));
    assertEquals(ana.sessionId(), entries.getJsonObject(0).getString("sessionId"));
    assertEquals("USD", entries.getJsonObject(0).getString("currency"));
    assertEquals(1, audited("payments.owed", entries.getJsonObject(0).getString("id")));
  }

  @Test
  void aSelfCheckInMakesWhatIsOwedToo() {
    String roundId = Participants.openRound(app);
    String sessionId = AttendanceFixtures.happeningNow(app, roundId);
    AttendanceFixtures.Person ben = AttendanceFixtures.person(app, roundId);
    HttpResult self = app.api().post("/api/v1/me/checkin", ben.token(),
        new JsonObject().put("code", AttendanceFixtures.sessionCode(app, sessionId)));
    assertEquals(201, self.status(), self.toString());
    HttpResult own = app.api().get("/api/v1/participants/" + ben.id() + "/payments", ben.token());
    assertEquals(200, own.status(), own.toString());
    assertEquals(5000, own.json().getLong("owedCents"));
  }

  @Test
  void payPerHourOwesForTheSessionsLength() {
    JsonObject round = Fixtures.roundJson().put("pay",
        new JsonObject().put("amountCents", 1750).put("currency", "USD").put("per", "hour"));
    String roundId = app.api().post("/api/v1/rounds", app.token(Role.FACILITATOR), round).json().getString("id");
    app.api().post("/api/v1/rounds/" + roundId + "/status", app.token(Role.FACILITATOR),
        new JsonObject().put("status", "open"));
    String sessionId = AttendanceFixtures.session(app, roundId, Duration.ofMinutes(-10), 20);
    Attended cleo = checkedIn(app, roundId, sessionId);
    assertEquals(3500, ledger(app, cleo.id()).getLong("owedCents"), "two hours at $17.50");
  }

  @Test
  void twentyConcurrentIdenticalPaymentsMakeOneEntry() throws Exception {
    Attended dev = attended(app);
    JsonObject body = payment(dev, 5000, "gift_card");
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<CompletableFuture<HttpResult>> sent = IntStream.range(0, 20)
          .mapToObj(i -> CompletableFuture.supplyAsync(() -> pay(app, body, "same-key-" + dev.id()), pool)).toList();
      List<HttpResult> results = sent.stream().map(CompletableFuture::join).toList();
      results.forEach(r -> assertEquals(201, r.status(), r.toString()));
      assertEquals(1, results.stream().map(r -> r.json().getString("id")).distinct().count());
      assertEquals(19, results.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed"))).count());
    } finally {
      pool.shutdown();
    }
    JsonObject ledger = ledger(app, dev.id());
    assertEquals(2, ledger.getJsonArray("entries").size(), "owed and one payment");
    assertEquals(5000, ledger.getLong("paidCents"));
    assertEquals(0, ledger.getLong("owedCents"));
    JsonObject thisYear = ledger.getJsonObject("years").getJsonObject(ledger.getJsonArray("entries").getJsonObject(0)
        .getString("recordedAt").substring(0, 4));
    assertEquals(5000, thisYear.getLong("paidCents"), "the calendar year's totals");
    assertEquals(5000, thisYear.getLong("owedCents"));
  }

  @Test
  void voidingAPaymentRestoresWhatIsOwedAndAddsAnEntry() {
    Attended eve = attended(app);
    HttpResult paid = pay(app, payment(eve, 5000, "cash"));
    assertEquals(201, paid.status(), paid.toString());
    String paymentId = paid.json().getString("id");

    HttpResult voided = voidEntry(app, paymentId, "Paid the wrong person");
    assertEquals(200, voided.status(), voided.toString());
    assertEquals("void", voided.json().getString("kind"));
    assertEquals(paymentId, voided.json().getString("voids"));
    assertEquals(5000, voided.json().getLong("amountCents"));

    JsonObject ledger = ledger(app, eve.id());
    assertEquals(5000, ledger.getLong("owedCents"), "owed again");
    assertEquals(0, ledger.getLong("paidCents"));
    JsonArray entries = ledger.getJsonArray("entries");
    assertEquals(3, entries.size(), "owed, paid, void: nothing removed");
    assertTrue(entries.getJsonObject(1).getBoolean("voided"));
    assertEquals(1, audited("payments.voided", voided.json().getString("id")));

    HttpResult twice = voidEntry(app, paymentId, "Again");
    assertEquals(409, twice.status(), twice.toString());
    assertEquals("already_voided", twice.json().getJsonObject("error").getString("code"));
    assertEquals(409, voidEntry(app, voided.json().getString("id"), "Undo").status(), "a void is not voided");
    assertEquals(404, voidEntry(app, "00000000-0000-0000-0000-000000000000", "Nothing").status());
  }

  @Test
  void whatWasOwedCannotBeVoidedWhilePaid() {
    Attended fay = attended(app);
    String owedId = ledger(app, fay.id()).getJsonArray("entries").getJsonObject(0).getString("id");
    assertEquals(201, pay(app, payment(fay, 5000, "cash")).status());
    HttpResult refused = voidEntry(app, owedId, "Did not come after all");
    assertEquals(409, refused.status(), refused.toString());
    assertEquals("void_payment_first", refused.json().getJsonObject("error").getString("code"));
  }

  @Test
  void aDeclinedPaymentHasNoAmountPaidAndIsNotOwedAnyMore() {
    Attended gus = attended(app);
    JsonObject decline = new JsonObject().put("participantId", gus.id()).put("sessionId", gus.sessionId())
        .put("currency", "USD").put("method", "declined");
    HttpResult declined = pay(app, decline);
    assertEquals(201, declined.status(), declined.toString());
    assertEquals("declined", declined.json().getString("kind"));
    assertEquals("declined", declined.json().getString("method"));

    JsonObject ledger = ledger(app, gus.id());
    assertEquals(0, ledger.getLong("owedCents"));
    assertEquals(0, ledger.getLong("paidCents"));
    assertEquals(5000, ledger.getLong("declinedCents"));

    HttpResult again = pay(app, decline);
    assertEquals(409, again.status(), "nothing left to decline");
    assertEquals("nothing_owed", again.json().getJsonObject("error").getString("code"));
    assertEquals(409, pay(app, payment(gus, 100, "cash")).status(), "not owed any more, so not paid either");
    assertEquals(400, pay(app, decline.copy().put("amountCents", 5000)).status(), "a decline carries no amount");
  }

  @Test
  void badPaymentsAreRefusedWithClearReasons() {
    Attended hal = attended(app);
    assertField(pay(app, payment(hal, 0, "cash")), "amountCents");
    assertField(pay(app, payment(hal, -500, "cash")), "amountCents");
    assertField(pay(app, payment(hal, 500, "cash").put("currency", "EUR")), "currency");
    assertField(pay(app, payment(hal, 500, "bitcoin")), "method");
    assertField(pay(app, payment(hal, 500, "cash").put("participantId", "nobody")), "participantId");
    assertField(app.api().post("/api/v1/payments", app.token(Role.FACILITATOR), payment(hal, 500, "cash")),
        "Idempotency-Key");

    HttpResult tooMuch = pay(app, payment(hal, 5001, "cash"));
    assertEquals(409, tooMuch.status(), tooMuch.toString());
    assertEquals("more_than_owed", tooMuch.json().getJsonObject("error").getString("code"));

    String otherSession = AttendanceFixtures.happeningNow(app, hal.roundId());
    HttpResult notThere = pay(app, payment(hal, 500, "cash").put("sessionId", otherSession));
    assertEquals(409, notThere.status(), notThere.toString());
    assertEquals("not_attended", notThere.json().getJsonObject("error").getString("code"));

    AttendanceFixtures.Person never = AttendanceFixtures.person(app, hal.roundId());
    HttpResult neverCame = pay(app, new JsonObject().put("participantId", never.id()).put("amountCents", 500)
        .put("currency", "USD").put("method", "cash"));
    assertEquals(409, neverCame.status(), neverCame.toString());
    assertEquals("not_attended", neverCame.json().getJsonObject("error").getString("code"));

    HttpResult first = pay(app, payment(hal, 1000, "cash"), "reused-" + hal.id());
    assertEquals(201, first.status());
    HttpResult reused = pay(app, payment(hal, 2000, "cash"), "reused-" + hal.id());
    assertEquals(409, reused.status(), "the same key for a different payment");
    assertEquals("idempotency_key_reused", reused.json().getJsonObject("error").getString("code"));
    assertEquals(1000, ledger(app, hal.id()).getLong("paidCents"));
  }

  @Test
  void aPaymentWithoutASessionCountsAgainstTheRound() {
    Attended ida = attended(app);
    HttpResult paid = pay(app, payment(ida, 3000, "check").putNull("sessionId"));
    assertEquals(201, paid.status(), paid.toString());
    assertNull(paid.json().getString("sessionId"));
    assertEquals(2000, ledger(app, ida.id()).getLong("owedCents"));
    assertEquals(409, pay(app, payment(ida, 2500, "check").putNull("sessionId")).status());
  }

  @Test
  void aParticipantReadsOnlyTheirOwnPaymentsAndNoReferences() {
    Attended jo = attended(app);
    Attended kim = checkedIn(app, jo.roundId(), jo.sessionId());
    pay(app, payment(jo, 5000, "gift_card"));

    HttpResult own = app.api().get("/api/v1/participants/" + jo.id() + "/payments", jo.person().token());
    assertEquals(200, own.status(), own.toString());
    assertEquals(5000, own.json().getLong("paidCents"));
    own.json().getJsonArray("entries").forEach(e -> assertFalse(((JsonObject) e).containsKey("reference")));
    HttpResult staff = app.api().get("/api/v1/participants/" + jo.id() + "/payments", app.token(Role.FACILITATOR));
    assertEquals("1234", staff.json().getJsonArray("entries").getJsonObject(1).getString("reference"));

    assertEquals(404, app.api().get("/api/v1/participants/" + kim.id() + "/payments", jo.person().token()).status());
    assertEquals(403, app.api().get("/api/v1/participants/" + jo.id() + "/payments", app.token(Role.DEVELOPER))
        .status());
  }

  @Test
  void aWithdrawnPersonIsStillOwedAndCanBePaid() {
    Attended lou = attended(app);
    assertEquals(200, app.api().post("/api/v1/me/withdraw", lou.person().token(),
        new JsonObject().put("confirm", true)).status());
    assertEquals(5000, ledger(app, lou.id()).getLong("owedCents"), "their money is still theirs");
    HttpResult paid = pay(app, payment(lou, 5000, "check"));
    assertEquals(201, paid.status(), paid.toString());
    assertEquals(0, ledger(app, lou.id()).getLong("owedCents"));
  }

  private static void assertField(HttpResult result, String field) {
    assertEquals(400, result.status(), result.toString());
    assertTrue(result.json().getJsonObject("error").getJsonObject("fields").containsKey(field), result.toString());
  }

  private static long audited(String action, String recordId) {
    return app.api().get("/api/v1/audit", app.token(Role.ADMIN)).json().getJsonArray("entries").stream()
        .map(JsonObject.class::cast)
        .filter(e -> e.getString("action").equals(action) && recordId.equals(e.getString("recordId")))
        .count();
  }
}
