package org.roundtable.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.rounds.SessionFixtures.SATURDAY;
import static org.roundtable.rounds.SessionFixtures.TUESDAY;
import static org.roundtable.rounds.SessionFixtures.sessionJson;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

class SessionsApiTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void aLocalStartIsReadInTheSessionsZoneAndTheRoundListsItsSessions() {
    String roundId = Fixtures.round(app);
    JsonObject session = SessionFixtures.eveningSession(app, roundId);

    assertEquals("2026-12-08T18:00:00-08:00", session.getString("startsAt"));
    assertEquals("2026-12-08T20:00:00-08:00", session.getString("endsAt"));
    assertEquals("America/Los_Angeles", session.getString("timeZone"));
    assertTrue(session.getBoolean("afterHours"));
    assertEquals(app.base() + "/api/v1/sessions/" + session.getString("id") + "/calendar.ics",
        session.getString("calendarUrl"));

    JsonObject round = app.api().get("/api/v1/rounds/" + roundId, app.token(Role.DEVELOPER)).json();
    JsonArray sessions = round.getJsonArray("sessions");
    assertEquals(1, sessions.size());
    JsonObject listed = sessions.getJsonObject(0);
    assertEquals(session.getString("id"), listed.getString("id"));
    for (String field : Set.of("startsAt", "endsAt", "timeZone", "place", "onlineUrl", "accessibility", "capacity",
        "afterHours")) {
      assertEquals(session.getValue(field), listed.getValue(field), field);
    }
    assertEquals(new JsonArray(), round.getJsonArray("proposals"));
  }

  @Test
  void aStartWithAnOffsetIsConvertedAndShownInTheSessionsZone() {
    JsonObject session = SessionFixtures.create(app, Fixtures.round(app),
        sessionJson("2026-12-09T02:00:00Z", "2026-12-08T20:00-08:00", "America/Los_Angeles"));

    assertEquals("2026-12-08T18:00:00-08:00", session.getString("startsAt"));
    assertEquals("2026-12-08T20:00:00-08:00", session.getString("endsAt"));
  }

  @Test
  void afterHoursIsJudgedAtTheEdgesInTheSessionsOwnZone() {
    String roundId = Fixtures.round(app);
    assertFalse(afterHours(roundId, TUESDAY + "T16:59", TUESDAY + "T19:00", "America/Chicago"));
    assertTrue(afterHours(roundId, TUESDAY + "T17:00", TUESDAY + "T19:00", "America/Chicago"));
    assertTrue(afterHours(roundId, TUESDAY + "T06:00", TUESDAY + "T08:00", "America/Chicago"));
    assertTrue(afterHours(roundId, SATURDAY + "T10:00", SATURDAY + "T12:00", "America/Chicago"));
    // 19:00 in Auckland is 06:00 UTC: working hours in neither the server's zone nor the session's, it is the
    // session's evening that counts. 10:00 on a Tuesday in Auckland is Monday evening in UTC, yet inside hours.
    assertTrue(afterHours(roundId, TUESDAY + "T19:00", TUESDAY + "T21:00", "Pacific/Auckland"));
    assertFalse(afterHours(roundId, TUESDAY + "T10:00", TUESDAY + "T11:00", "Pacific/Auckland"));
  }

  @Test
  void badSessionsAreRefusedFieldByField() {
    String roundId = Fixtures.round(app);
    assertFieldErrors(roundId, sessionJson(TUESDAY + "T20:00", TUESDAY + "T18:00", "America/Chicago"), "endsAt");
    assertFieldErrors(roundId, sessionJson(TUESDAY + "T18:00", "2026-12-09T08:00", "America/Chicago"), "endsAt");
    assertFieldErrors(roundId, sessionJson(TUESDAY + "T18:00", TUESDAY + "T20:00", "America/Chicago")
        .put("place", null).put("onlineUrl", null), "place");
    assertFieldErrors(roundId, sessionJson(TUESDAY + "T18:00", TUESDAY + "T20:00", "Mars/Olympus_Mons"), "timeZone");
    assertFieldErrors(roundId, sessionJson(TUESDAY + "T18:00", TUESDAY + "T20:00", "-08:00"), "timeZone");
    assertFieldErrors(roundId, sessionJson(TUESDAY + "T18:00", TUESDAY + "T20:00", "America/Chicago")
        .put("onlineUrl", "meet dot example"), "onlineUrl");
    assertFieldErrors(roundId, sessionJson(TUESDAY + "T18:00", TUESDAY + "T20:00", "America/Chicago")
        .put("onlineUrl", "http://meet.example.org/no-tls"), "onlineUrl");
    assertFieldErrors(roundId, sessionJson(TUESDAY + "T18:00", TUESDAY + "T20:00", "America/Chicago")
        .put("capacity", 0), "capacity");
    assertFieldErrors(roundId, sessionJson("next Tuesday", "+999999999-12-31T23:59", "America/Chicago"),
        "startsAt", "endsAt");
    assertEquals(0, app.api().get("/api/v1/rounds/" + roundId, app.token(Role.ADMIN)).json()
        .getJsonArray("sessions").size());
  }

  @Test
  void sessionsBelongToAnOpenOrDraftRound() {
    JsonObject session = sessionJson(TUESDAY + "T18:00", TUESDAY + "T20:00", "America/Chicago");
    assertEquals(404, app.api().post("/api/v1/rounds/00000000-0000-0000-0000-000000000000/sessions",
        app.token(Role.FACILITATOR), session).status());
    assertEquals(404, app.api().get("/api/v1/sessions/not-a-session", app.token(Role.ADMIN)).status());

    String roundId = Fixtures.round(app);
    String sessionId = SessionFixtures.eveningSession(app, roundId).getString("id");
    for (String status : new String[] {"open", "closed"}) {
      app.api().post("/api/v1/rounds/" + roundId + "/status", app.token(Role.ADMIN), new JsonObject().put("status", status));
    }
    HttpResult added = app.api().post("/api/v1/rounds/" + roundId + "/sessions", app.token(Role.FACILITATOR), session);
    assertEquals(409, added.status());
    assertEquals("round_closed", added.json().getJsonObject("error").getString("code"));
    assertEquals(409, app.api().put("/api/v1/sessions/" + sessionId, app.token(Role.FACILITATOR), session).status());
  }

  @Test
  void anEditedSessionKeepsItsIdAndItsCalendarFileSaysItChanged() throws Exception {
    String roundId = Fixtures.round(app);
    String id = SessionFixtures.eveningSession(app, roundId).getString("id");

    HttpResult edited = app.api().put("/api/v1/sessions/" + id, app.token(Role.FACILITATOR),
        sessionJson(TUESDAY + "T15:00", TUESDAY + "T17:30", "America/Los_Angeles").put("onlineUrl", null));
    assertEquals(200, edited.status(), edited.toString());
    assertFalse(edited.json().getBoolean("afterHours"));
    assertNull(edited.json().getString("onlineUrl"));

    JsonObject read = app.api().get("/api/v1/sessions/" + id, app.token(Role.DEVELOPER)).json();
    assertEquals("2026-12-08T15:00:00-08:00", read.getString("startsAt"));
    VEvent event = calendar(id).<VEvent>getComponent(Component.VEVENT).orElseThrow();
    assertEquals("1", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    assertEquals(id + "@roundtable", event.getProperty(Property.UID).orElseThrow().getValue());
  }

  @Test
  void anyoneCanDownloadTheCalendarFileAndItReadsBackAtTheSameInstantInTheSessionsZone() throws Exception {
    JsonObject session = SessionFixtures.create(app, Fixtures.round(app),
        sessionJson(TUESDAY + "T19:00", TUESDAY + "T21:00", "Pacific/Auckland"));
    String id = session.getString("id");

    HttpResult file = app.api().get("/api/v1/sessions/" + id + "/calendar.ics", null);
    assertEquals(200, file.status(), file.toString());
    assertEquals("text/calendar; charset=utf-8", file.header("Content-Type"));
    assertEquals("attachment; filename=\"roundtable-session.ics\"", file.header("Content-Disposition"));

    Calendar calendar = new CalendarBuilder().build(new StringReader(file.body()));
    VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    DateProperty<?> start = event.<DateProperty<?>>getProperty(Property.DTSTART).orElseThrow();
    assertEquals(OffsetDateTime.parse(session.getString("startsAt")).toInstant(), Instant.from(start.getDate()));
    assertEquals("Pacific/Auckland", start.getParameter(Parameter.TZID).orElseThrow().getValue());
    assertEquals("Pacific/Auckland", calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow()
        .getProperty(Property.TZID).orElseThrow().getValue());
    assertEquals("Roundtable: Hotline screening score", event.getProperty(Property.SUMMARY).orElseThrow().getValue());
    assertEquals("Eastside Library, Room 2, 100 Main St", event.getProperty(Property.LOCATION).orElseThrow().getValue());
    assertTrue(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue().contains("Spanish interpreter"));
    assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());

    assertEquals(404, app.api().get("/api/v1/sessions/00000000-0000-0000-0000-000000000000/calendar.ics", null).status());
  }

  private static boolean afterHours(String roundId, String start, String end, String zone) {
    return SessionFixtures.create(app, roundId, sessionJson(start, end, zone)).getBoolean("afterHours");
  }

  private static void assertFieldErrors(String roundId, JsonObject session, String... fields) {
    HttpResult result = app.api().post("/api/v1/rounds/" + roundId + "/sessions", app.token(Role.FACILITATOR), session);
    assertEquals(400, result.status(), result.toString());
    JsonObject errors = result.json().getJsonObject("error").getJsonObject("fields");
    assertEquals(Set.of(fields), errors.fieldNames(), errors.toString());
  }

  private static Calendar calendar(String sessionId) throws Exception {
    HttpResult file = app.api().get("/api/v1/sessions/" + sessionId + "/calendar.ics", null);
    assertEquals(200, file.status(), file.toString());
    return new CalendarBuilder().build(new StringReader(file.body()));
  }
}
