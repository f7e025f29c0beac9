package org.roundtable.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.rounds.SessionFixtures.TUESDAY;

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

/** The session form and how the round page shows sessions, without JavaScript. */
class SessionPagesTest {
  @RegisterExtension
  static final TestApp app = new TestApp();
  private static final String WARNING = "Warning: this session is during working hours.";

  private static Map<String, String> sessionForm(String startsAt, String endsAt) {
    Map<String, String> form = new HashMap<>();
    form.put("startsAt", startsAt);
    form.put("endsAt", endsAt);
    form.put("timeZone", "America/Chicago");
    form.put("place", "Westside Community Center, 12 Oak Ave");
    form.put("onlineUrl", "");
    form.put("accessibility", "Step-free entrance.\nChildcare in room 3.");
    form.put("capacity", "25");
    return form;
  }

  @Test
  void anEveningSessionAddedWithTheFormIsListedOnTheRoundPageWithItsCalendarFile() {
    String roundId = Fixtures.round(app);
    PageClient browser = app.pagesAs(Role.FACILITATOR);
    String formPath = "/staff/rounds/" + roundId + "/sessions/new";

    HttpResult saved = browser.submit(formPath, formPath, sessionForm(TUESDAY + "T18:00", TUESDAY + "T20:00"));
    assertEquals(303, saved.status(), saved.toString());
    assertEquals("/staff/rounds/" + roundId + "?done=session#sessions", saved.header("Location"));

    String body = browser.follow(saved).body();
    assertTrue(body.contains("The session was saved."), body);
    assertTrue(body.contains("Tuesday, December 8, 2026, 6:00 PM to 8:00 PM"), body);
    assertTrue(body.contains("Central Time — Chicago"));
    assertTrue(body.contains("After working hours"));
    assertFalse(body.contains("During working hours"));
    String sessionId = app.api().get("/api/v1/rounds/" + roundId, app.token(Role.ADMIN)).json()
        .getJsonArray("sessions").getJsonObject(0).getString("id");
    assertTrue(body.contains("href=\"/api/v1/sessions/" + sessionId + "/calendar.ics\""));
    assertTrue(body.contains("Add to calendar"));
    assertEquals(200, app.pages().get("/api/v1/sessions/" + sessionId + "/calendar.ics").status());
  }

  @Test
  void aSessionInsideWorkingHoursIsSavedAndItsFormWarnsWhy() {
    String roundId = Fixtures.round(app);
    PageClient browser = app.pagesAs(Role.FACILITATOR);
    String formPath = "/staff/rounds/" + roundId + "/sessions/new";

    HttpResult saved = browser.submit(formPath, formPath, sessionForm(TUESDAY + "T16:59", TUESDAY + "T18:00"));
    assertEquals(303, saved.status(), saved.toString());
    assertTrue(saved.header("Location").matches("/staff/sessions/[0-9a-f-]{36}/edit\\?done=saved"),
        saved.header("Location"));

    String form = browser.follow(saved).body();
    assertTrue(form.contains("The session was saved."));
    assertTrue(form.contains("<div class=\"notice notice--warning\" role=\"status\">"), form);
    assertTrue(form.contains(WARNING));
    assertTrue(form.contains("It runs into working hours on Tuesday, December 8, 2026, from 4:59 PM to 5:00 PM."), form);
    assertTrue(form.contains("because they are at work"));
    assertTrue(form.contains("value=\"2026-12-08T16:59\""));
    assertTrue(form.contains("<option value=\"America/Chicago\" selected>"));

    String roundPage = browser.get("/staff/rounds/" + roundId).body();
    assertTrue(roundPage.contains("During working hours"), roundPage);
    assertTrue(roundPage.contains("1 session is during working hours"));
  }

  @Test
  void mistakesAreShownNextToTheirFieldsWithWhatWasTypedAndTheWarningStillShows() {
    String roundId = Fixtures.round(app);
    PageClient browser = app.pagesAs(Role.FACILITATOR);
    String formPath = "/staff/rounds/" + roundId + "/sessions/new";
    Map<String, String> form = sessionForm(TUESDAY + "T09:00", TUESDAY + "T11:00");
    form.put("place", "");
    form.put("capacity", "0");

    HttpResult shown = browser.submit(formPath, formPath, form);
    assertEquals(400, shown.status());
    String body = shown.body();
    assertTrue(body.contains("<p class=\"field-error\" id=\"f-place-error\">Please give a place, an online link, or both."), body);
    assertTrue(body.contains("id=\"f-capacity-error\""));
    assertTrue(body.contains("value=\"0\""));
    assertTrue(body.contains("value=\"2026-12-08T09:00\""));
    assertTrue(body.contains(">Step-free entrance.\nChildcare in room 3.</textarea>"));
    assertTrue(body.contains(WARNING), "the times are sound, so the warning already shows");

    form = sessionForm(TUESDAY + "T20:00", TUESDAY + "T19:00");
    form.put("timeZone", "Mars/Olympus_Mons");
    form.put("onlineUrl", "http://meet.example.org/x");
    body = browser.submit(formPath, formPath, form).body();
    assertTrue(body.contains("id=\"f-timeZone-error\">Please choose a time zone from the list"), body);
    assertTrue(body.contains("id=\"f-onlineUrl-error\""));
    assertTrue(body.contains("value=\"http://meet.example.org/x\""));
    assertTrue(body.contains("<option value=\"Mars/Olympus_Mons\" selected>"), "what was chosen is kept");

    form.put("timeZone", "America/Chicago");
    body = browser.submit(formPath, formPath, form).body();
    assertTrue(body.contains("id=\"f-endsAt-error\">The end must be after the start."), body);
    assertFalse(body.contains(WARNING));
    assertEquals(0, app.api().get("/api/v1/rounds/" + roundId, app.token(Role.ADMIN)).json()
        .getJsonArray("sessions").size());
  }

  @Test
  void editingASessionStartsFromItsSavedValuesInItsOwnZone() {
    String roundId = Fixtures.round(app);
    JsonObject session = SessionFixtures.create(app, roundId, SessionFixtures.sessionJson(
        TUESDAY + "T19:00", TUESDAY + "T21:00", "Pacific/Auckland"));
    PageClient browser = app.pagesAs(Role.ADMIN);
    String editPath = "/staff/sessions/" + session.getString("id") + "/edit";

    String form = browser.get(editPath).body();
    assertTrue(form.contains("value=\"2026-12-08T19:00\""), form);
    assertTrue(form.contains("<option value=\"Pacific/Auckland\" selected>"));
    assertFalse(form.contains(WARNING));

    Map<String, String> changed = sessionForm(TUESDAY + "T18:30", TUESDAY + "T21:00");
    changed.put("timeZone", "Pacific/Auckland");
    assertEquals(303, browser.submit(editPath, editPath, changed).status());
    JsonObject read = app.api().get("/api/v1/sessions/" + session.getString("id"), app.token(Role.ADMIN)).json();
    assertEquals("2026-12-08T18:30:00+13:00", read.getString("startsAt"));
    assertEquals(25, read.getInteger("capacity"));
  }

  @Test
  void aNewSessionStartsInTheZoneOfTheRoundsLatestSession() {
    String roundId = Fixtures.round(app);
    SessionFixtures.eveningSession(app, roundId);
    String form = app.pagesAs(Role.FACILITATOR).get("/staff/rounds/" + roundId + "/sessions/new").body();
    assertTrue(form.contains("<option value=\"America/Los_Angeles\" selected>"), form);
    assertFalse(form.contains("field-error"), "a fresh form shows no mistakes");
    assertFalse(form.contains(WARNING));
  }
}
