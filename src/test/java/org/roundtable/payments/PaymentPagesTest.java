package org.roundtable.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.payments.PaymentFixtures.attended;
import static org.roundtable.payments.PaymentFixtures.checkedIn;
import static org.roundtable.payments.PaymentFixtures.ledger;
import static org.roundtable.payments.PaymentFixtures.pay;
import static org.roundtable.payments.PaymentFixtures.payment;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.payments.PaymentFixtures.Attended;
import org.roundtable.support.HttpResult;
import org.roundtable.support.PageClient;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** The payment sheet, the void page and the participant's home page, with JavaScript off (plain forms). */
class PaymentPagesTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void markAllPaidPaysEveryoneStillOwedInOneStepAndOnlyOnce() {
    Attended ana = attended(app);
    Attended ben = checkedIn(app, ana.roundId(), ana.sessionId());
    PageClient staff = app.pagesAs(Role.FACILITATOR);
    String sheetPath = "/staff/sessions/" + ana.sessionId() + "/payments";
    HttpResult sheet = staff.get(sheetPath);
    assertEquals(200, sheet.status(), sheet.toString());
    assertTrue(sheet.body().contains("$50.00"));
    String key = keyOf(sheet.body(), sheetPath + "/all");

    HttpResult done = staff.post(sheetPath + "/all", Map.of("method", "cash", "key", key), PageClient.csrfToken(sheet));
    assertEquals(303, done.status(), done.toString());
    assertTrue(staff.follow(done).body().contains("Everyone who was still owed is now marked as paid."));
    HttpResult again = staff.post(sheetPath + "/all", Map.of("method", "cash", "key", key),
        PageClient.csrfToken(sheet));
    assertEquals(303, again.status(), "the same form sent twice");

    for (Attended person : new Attended[] {ana, ben}) {
      JsonObject ledger = ledger(app, person.id());
      assertEquals(5000, ledger.getLong("paidCents"));
      assertEquals(0, ledger.getLong("owedCents"));
      assertEquals(2, ledger.getJsonArray("entries").size(), "owed and paid once");
    }
    long audited = app.api().get("/api/v1/audit", app.token(Role.ADMIN)).json().getJsonArray("entries").stream()
        .map(JsonObject.class::cast)
        .filter(e -> e.getString("action").equals("payments.all_paid"))
        .filter(e -> e.getString("recordId").equals(ana.sessionId()))
        .count();
    assertEquals(1, audited);
  }

  @Test
  void oneRowIsPaidDeclinedOrRefusedWithTheReasonNextToIt() {
    Attended ana = attended(app);
    Attended ben = checkedIn(app, ana.roundId(), ana.sessionId());
    PageClient staff = app.pagesAs(Role.ADMIN);
    String sheetPath = "/staff/sessions/" + ana.sessionId() + "/payments";
    HttpResult sheet = staff.get(sheetPath);

    HttpResult negative = staff.post(sheetPath, Map.of("participantId", ana.id(), "amount", "-5", "method", "cash",
        "key", "form-neg-" + ana.id()), PageClient.csrfToken(sheet));
    assertEquals(400, negative.status());
    assertTrue(negative.body().contains("Enter an amount of more than zero."), negative.body());
    assertTrue(negative.body().contains("id=\"f-amount\""), "the error row's field is the one the summary links to");

    HttpResult tooMuch = staff.post(sheetPath, Map.of("participantId", ana.id(), "amount", "60", "method", "cash",
        "key", "form-much-" + ana.id()), PageClient.csrfToken(sheet));
    assertEquals(409, tooMuch.status());
    assertTrue(tooMuch.body().contains("This is more than this person is still owed."));

    HttpResult paid = staff.post(sheetPath, Map.of("participantId", ana.id(), "amount", "50.00",
        "method", "gift_card", "reference", "7788", "key", "form-pay-" + ana.id()), PageClient.csrfToken(sheet));
    assertEquals(303, paid.status(), paid.toString());
    assertTrue(staff.follow(paid).body().contains("7788"), "staff see the reference");

    HttpResult declined = staff.post(sheetPath, Map.of("participantId", ben.id(), "method", "declined",
        "key", "form-dec-" + ben.id()), PageClient.csrfToken(sheet));
    assertEquals(303, declined.status(), declined.toString());
    assertEquals(5000, ledger(app, ben.id()).getLong("declinedCents"));
    assertEquals(0, ledger(app, ben.id()).getLong("owedCents"));
  }

  @Test
  void aRowIsVoidedWithAReasonFromItsOwnPage() {
    Attended ana = attended(app);
    String paymentId = pay(app, payment(ana, 5000, "cash")).json().getString("id");
    PageClient staff = app.pagesAs(Role.FACILITATOR);
    String voidPath = "/staff/payments/" + paymentId + "/void";
    HttpResult page = staff.get(voidPath);
    assertEquals(200, page.status(), page.toString());
    String key = keyOf(page.body(), voidPath);

    HttpResult noReason = staff.post(voidPath, Map.of("key", key), PageClient.csrfToken(page));
    assertEquals(400, noReason.status());
    HttpResult voided = staff.post(voidPath, Map.of("key", key, "reason", "Counted twice"), PageClient.csrfToken(page));
    assertEquals(303, voided.status(), voided.toString());
    assertEquals(5000, ledger(app, ana.id()).getLong("owedCents"));
    HttpResult twice = staff.post(voidPath, Map.of("key", "form-other", "reason", "Again"), PageClient.csrfToken(page));
    assertEquals(409, twice.status());
    assertTrue(twice.body().contains("This entry was already voided."));
  }

  @Test
  void theSheetListsWithdrawnPeopleAndThePrintViewHasASignatureColumn() {
    Attended ana = attended(app);
    Attended lou = checkedIn(app, ana.roundId(), ana.sessionId());
    app.api().post("/api/v1/me/withdraw", lou.person().token(), new JsonObject().put("confirm", true));
    PageClient staff = app.pagesAs(Role.FACILITATOR);
    String sheet = staff.get("/staff/sessions/" + ana.sessionId() + "/payments").body();
    assertTrue(sheet.contains("Withdrawn participant"), "their money is still theirs");
    assertTrue(sheet.contains("person-" + lou.id()));
    HttpResult print = staff.get("/staff/sessions/" + ana.sessionId() + "/payments/print");
    assertEquals(200, print.status());
    assertTrue(print.body().contains("Signature"));
    assertTrue(staff.get("/staff/sessions/" + ana.sessionId() + "/checkin").body()
        .contains("/staff/sessions/" + ana.sessionId() + "/payments"), "linked from the check-in page");
    assertTrue(staff.get("/staff/rounds/" + ana.roundId()).body()
        .contains("/staff/sessions/" + ana.sessionId() + "/payments"), "linked from the round page");
  }

  @Test
  void theParticipantSeesWhatTheyAreOwedAndWhenTheyWerePaidInTheirLanguage() {
    Attended ana = attended(app);
    PageClient browser = Participants.browser(app, ana.person().code());
    String owed = browser.get("/home").body();
    assertTrue(owed.contains("You are owed $50.00 for the session on"), owed);
    pay(app, payment(ana, 5000, "gift_card"));
    String paid = browser.get("/home").body();
    assertTrue(paid.contains("Paid $50.00 by gift card on"), paid);
    assertFalse(paid.contains("You are owed"));
    assertFalse(paid.contains("1234"), "no reference for the participant");
    browser.get("/language/es?back=/home");
    String spanish = browser.get("/home").body();
    assertTrue(spanish.contains("con tarjeta de regalo el"), spanish);
  }

  @Test
  void theTaxFormsPageListsWhoNeedsAFormAndNotesIt() {
    PageClient admin = app.pagesAs(Role.ADMIN);
    HttpResult page = admin.get("/staff/tax-forms/2026");
    assertEquals(200, page.status(), page.toString());
    assertTrue(page.body().contains("$2,000.00"));
    HttpResult bad = admin.post("/staff/tax-forms/2026/threshold", Map.of("amount", "-1"), PageClient.csrfToken(page));
    assertEquals(400, bad.status());
    HttpResult set = admin.post("/staff/tax-forms/2026/threshold", Map.of("amount", "1500.00"),
        PageClient.csrfToken(page));
    assertEquals(303, set.status(), set.toString());
    assertTrue(admin.follow(set).body().contains("$1,500.00"));
    assertEquals(303, admin.get("/staff/tax-forms").status());
  }

  private static String keyOf(String html, String action) {
    Matcher m = Pattern.compile("action=\"" + Pattern.quote(action) + "\"[\\s\\S]*?name=\"key\" value=\"([^\"]+)\"")
        .matcher(html);
    assertTrue(m.find(), "a one-time key on the form to " + action);
    return m.group(1);
  }
}
