package org.roundtable.payments;

import static org.roundtable.payments.PaymentFixtures.attended;
import static org.roundtable.payments.PaymentFixtures.checkedIn;
import static org.roundtable.payments.PaymentFixtures.pay;
import static org.roundtable.payments.PaymentFixtures.payment;
import static org.roundtable.support.Chromium.assertAccessibleEverywhere;
import static org.roundtable.support.Chromium.assertAccessibleEverywhereAs;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.attendance.AttendanceFixtures;
import org.roundtable.payments.PaymentFixtures.Attended;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.support.TestDatabase;
import org.roundtable.web.Role;

/** axe at phone and desktop size, in English and Spanish, on every payment page. */
class PaymentAccessibilityTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void thePaymentSheetWithPaidDeclinedVoidedAndWithdrawnPeople() {
    Attended ana = attended(app);
    Attended ben = checkedIn(app, ana.roundId(), ana.sessionId());
    Attended cy = checkedIn(app, ana.roundId(), ana.sessionId());
    checkedIn(app, ana.roundId(), ana.sessionId());
    String wrong = pay(app, payment(ana, 2000, "gift_card")).json().getString("id");
    PaymentFixtures.voidEntry(app, wrong, "Wrong card");
    pay(app, new JsonObject().put("participantId", ben.id()).put("sessionId", ben.sessionId()).put("currency", "USD")
        .put("method", "declined"));
    app.api().post("/api/v1/me/withdraw", cy.person().token(), new JsonObject().put("confirm", true));
    assertAccessibleEverywhere(app, Role.FACILITATOR, "/staff/sessions/" + ana.sessionId() + "/payments");
    assertAccessibleEverywhere(app, Role.FACILITATOR, "/staff/sessions/" + ana.sessionId() + "/payments/print");
    assertAccessibleEverywhere(app, Role.ADMIN, "/staff/payments/" + wrong + "/void");
  }

  @Test
  void theTaxFormsPageWithSomeoneWhoNeedsAForm() {
    Attended dee = attended(app);
    TestDatabase.execute(app.database(), "INSERT INTO payment_entries (participant_id, "
        + "round_id, session_id, kind, method, amount_cents, currency, idempotency_key, recorded_at) VALUES ('"
        + dee.id() + "', '" + dee.roundId() + "', '" + dee.sessionId() + "', 'paid', 'check', 250000, 'USD', "
        + "'a11y-" + dee.id() + "', '2026-05-01T12:00:00Z')");
    assertAccessibleEverywhere(app, Role.ADMIN, "/staff/tax-forms/2026");
    assertAccessibleEverywhere(app, Role.FACILITATOR, "/staff/tax-forms/2026");
  }

  @Test
  void theParticipantHomePageWithMoneyOwedAndPaid() {
    Attended eli = attended(app);
    String secondSession = AttendanceFixtures.happeningNow(app, eli.roundId());
    AttendanceFixtures.staffCheckIn(app, secondSession, eli.id());
    pay(app, payment(eli, 5000, "gift_card"));
    assertAccessibleEverywhereAs(app, Participants.signIn(app, eli.person().code()), "/home");
  }
}
