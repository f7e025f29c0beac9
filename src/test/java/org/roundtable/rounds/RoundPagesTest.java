package org.roundtable.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.PageClient;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** The staff home and the round form, used the way a browser without JavaScript uses them. */
class RoundPagesTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  private static Map<String, String> roundForm() {
    Map<String, String> form = new HashMap<>();
    form.put("title", "Benefits fraud flag");
    form.put("purpose", "Decide whether to test a tool that flags benefit claims for a second look.");
    form.put("participationLevel", "consult");
    form.put("decisionRule", "If most people say do not build it, we stop.");
    form.put("pay.amount", "$50");
    form.put("pay.currency", "usd");
    form.put("pay.per", "hour");
    form.put("responseDueDays", "21");
    return form;
  }

  @Test
  void signingInLandsOnTheStaffHomeWhichListsRounds() {
    String id = Fixtures.round(app);
    SessionFixtures.eveningSession(app, id);
    PageClient browser = app.pagesAs(Role.FACILITATOR);

    HttpResult home = browser.get("/staff");
    assertEquals(200, home.status());
    String row = home.body().substring(home.body().indexOf("href=\"/staff/rounds/" + id + "\""));
    row = row.substring(0, row.indexOf("</tr>"));
    assertTrue(row.contains("Hotline screening score") && row.contains("Draft") && row.contains("Involve")
        && row.contains("<td>1</td>"), row);
    assertTrue(home.body().contains("href=\"/staff/rounds/new\""));
    assertFalse(app.pagesAs(Role.DEVELOPER).get("/staff").body().contains("href=\"/staff/rounds/new\""),
        "developers do not create rounds");
  }

  @Test
  void aFacilitatorCreatesARoundWithTheFormAndThePayIsStoredInCents() {
    PageClient browser = app.pagesAs(Role.FACILITATOR);
    HttpResult form = browser.get("/staff/rounds/new");
    assertFalse(form.body().contains("field-error"), "a fresh form shows no mistakes");
    assertFalse(form.body().contains("aria-invalid"));
    assertTrue(form.body().contains("We will listen to you and tell you how your input shaped the decision."));
    assertTrue(form.body().contains("We will do what you decide."));

    HttpResult created = browser.submit("/staff/rounds/new", "/staff/rounds/new", roundForm());
    assertEquals(303, created.status(), created.toString());
    String location = created.header("Location");
    assertTrue(location.matches("/staff/rounds/[0-9a-f-]{36}\\?done=created"), location);
    HttpResult page = browser.follow(created);
    assertTrue(page.body().contains("The round was created."));
    assertTrue(page.body().contains("$50.00 per hour"), page.body());

    String id = location.substring("/staff/rounds/".length(), location.indexOf('?'));
    JsonObject round = app.api().get("/api/v1/rounds/" + id, app.token(Role.ADMIN)).json();
    assertEquals(new JsonObject().put("amountCents", 5000).put("currency", "USD").put("per", "hour"),
        round.getJsonObject("pay"));
    assertEquals("consult", round.getString("participationLevel"));
    assertEquals(21, round.getInteger("responseDueDays"));
  }

  @Test
  void mistakesAreShownNextToTheirFieldsAndWhatWasTypedIsKept() {
    PageClient browser = app.pagesAs(Role.FACILITATOR);
    Map<String, String> form = roundForm();
    form.put("title", "");
    form.put("pay.amount", "-5");
    form.put("pay.currency", "dollars");
    form.put("responseDueDays", "400");
    form.remove("participationLevel");

    HttpResult shown = browser.submit("/staff/rounds/new", "/staff/rounds/new", form);
    assertEquals(400, shown.status());
    String body = shown.body();
    assertTrue(body.contains("id=\"f-title-error\""), body);
    assertTrue(body.contains("id=\"f-participationLevel-error\""));
    assertTrue(body.contains("<p class=\"field-error\" id=\"f-pay.amount-error\">The amount cannot be less than zero."));
    assertTrue(body.contains("id=\"f-pay.currency-error\""));
    assertTrue(body.contains("id=\"f-responseDueDays-error\""));
    assertTrue(body.contains("value=\"-5\""));
    assertTrue(body.contains("value=\"dollars\""));
    assertTrue(body.contains(">Decide whether to test a tool that flags benefit claims for a second look.</textarea>"));
    assertTrue(body.contains("value=\"hour\" checked"));

    form.put("pay.amount", "fifty");
    assertTrue(browser.submit("/staff/rounds/new", "/staff/rounds/new", form).body()
        .contains("Please enter an amount like 50 or 50.00."));
  }

  @Test
  void theEditFormStartsFromTheSavedRoundAndSavesChanges() {
    String id = Fixtures.round(app);
    PageClient browser = app.pagesAs(Role.ADMIN);
    HttpResult edit = browser.get("/staff/rounds/" + id + "/edit");
    assertEquals(200, edit.status());
    assertTrue(edit.body().contains("value=\"50.00\""), "cents are shown as dollars and cents");
    assertTrue(edit.body().contains("value=\"involve\" checked"));

    Map<String, String> form = roundForm();
    form.put("pay.amount", "1,250.5");
    HttpResult saved = browser.submit("/staff/rounds/" + id + "/edit", "/staff/rounds/" + id + "/edit", form);
    assertEquals(303, saved.status(), saved.toString());
    assertTrue(browser.follow(saved).body().contains("Your changes were saved."));
    assertEquals(125050, app.api().get("/api/v1/rounds/" + id, app.token(Role.ADMIN)).json()
        .getJsonObject("pay").getInteger("amountCents"));
  }

  @Test
  void theRoundPageShowsThePromiseInTheReadersLanguageAndLinksToProposalsAndInvitationsForOrganisers() {
    String id = Fixtures.round(app);
    HttpResult english = app.pagesAs(Role.DEVELOPER).get("/staff/rounds/" + id);
    assertTrue(english.body().contains("We will work with you so your concerns are reflected in the choices, and tell you how."));
    assertTrue(english.body().contains("href=\"/staff/rounds/" + id + "/proposals\""));
    assertFalse(english.body().contains("href=\"/staff/rounds/" + id + "/invitations\""), "invitations are for organisers");
    assertTrue(app.pagesAs(Role.FACILITATOR).get("/staff/rounds/" + id).body()
        .contains("href=\"/staff/rounds/" + id + "/invitations\""));
    assertTrue(english.body().contains("30 days"));

    HttpResult spanish = app.pagesAs(Role.DEVELOPER).language("es").get("/staff/rounds/" + id);
    assertTrue(spanish.body().contains("Trabajaremos con usted"), spanish.body());
    assertTrue(spanish.body().contains("50,00"), "money in the reader's format");
  }

  @Test
  void unknownRoundsAre404Pages() {
    PageClient browser = app.pagesAs(Role.FACILITATOR);
    assertEquals(404, browser.get("/staff/rounds/00000000-0000-0000-0000-000000000000").status());
    assertEquals(404, browser.get("/staff/rounds/nope/edit").status());
  }
}
