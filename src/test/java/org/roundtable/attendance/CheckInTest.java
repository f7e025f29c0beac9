package org.roundtable.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.attendance.AttendanceFixtures.happeningNow;
import static org.roundtable.attendance.AttendanceFixtures.people;
import static org.roundtable.attendance.AttendanceFixtures.person;
import static org.roundtable.attendance.AttendanceFixtures.rsvp;
import static org.roundtable.attendance.AttendanceFixtures.sessionCode;
import static org.roundtable.attendance.AttendanceFixtures.staffCheckIn;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.attendance.AttendanceFixtures.Person;
import org.roundtable.support.HttpResult;
import org.roundtable.support.PageClient;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** Checking people in, by staff and by the session code, through the real server. */
class CheckInTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void staffCheckInIsRecordedOnceAndAudited() {
    String roundId = Participants.openRound(app);
    String sessionId = happeningNow(app, roundId);
    Person ana = person(app, roundId);

    HttpResult first = staffCheckIn(app, sessionId, ana.id());
    assertEquals(201, first.status(), first.toString());
    assertEquals("staff", first.json().getString("how"));
    assertFalse(first.json().getBoolean("alreadyCheckedIn"));
    HttpResult again = staffCheckIn(app, sessionId, ana.id());
    assertEquals(201, again.status(), "checking in twice is harmless");
    assertTrue(again.json().getBoolean("alreadyCheckedIn"));
    assertEquals(first.json().getString("checkedInAt"), again.json().getString("checkedInAt"), "the first one stays");

    JsonObject roster = app.api().get("/api/v1/sessions/" + sessionId + "/attendance", app.token(Role.ADMIN)).json();
    assertEquals(1, roster.getInteger("checkedIn"));
    assertEquals(ana.id(), roster.getJsonArray("attendees").getJsonObject(0).getString("participantId"));
    long audited = app.api().get("/api/v1/audit", app.token(Role.ADMIN)).json().getJsonArray("entries").stream()
        .map(JsonObject.class::cast)
        .filter(e -> e.getString("action").equals("attendance.checked_in") && e.getString("recordId").equals(sessionId))
        .filter(e -> e.getJsonObject("details").getString("participantId").equals(ana.id()))
        .count();
    assertEquals(1, audited, "one audit entry for the one check-in");
  }

  @Test
  void staffCannotCheckInSomeoneOfAnotherRoundOrWhoLeft() {
    String roundId = Participants.openRound(app);
    String sessionId = happeningNow(app, roundId);
    Person stranger = person(app, Participants.openRound(app));
    Person leaver = person(app, roundId);
    app.api().post("/api/v1/me/withdraw", leaver.token(), new JsonObject().put("confirm", true));

    for (String id : List.of(stranger.id(), leaver.id(), "00000000-0000-0000-0000-000000000000", "nobody")) {
      HttpResult refused = staffCheckIn(app, sessionId, id);
      assertEquals(400, refused.status(), refused.toString());
      assertTrue(refused.json().getJsonObject("error").getJsonObject("fields").containsKey("participantId"));
    }
    assertEquals(404, staffCheckIn(app, "00000000-0000-0000-0000-000000000000", stranger.id()).status());
    assertEquals(0, app.api().get("/api/v1/sessions/" + sessionId + "/attendance", app.token(Role.ADMIN)).json()
        .getInteger("checkedIn"));
  }

  @Test
  void checkInOpensAnHourBeforeTheStart() {
    String roundId = Participants.openRound(app);
    Person ana = person(app, roundId);
    String soon = AttendanceFixtures.session(app, roundId, Duration.ofMinutes(50), 10);
    String tomorrow = AttendanceFixtures.session(app, roundId, Duration.ofDays(1), 10);

    assertEquals(201, staffCheckIn(app, soon, ana.id()).status());
    HttpResult early = staffCheckIn(app, tomorrow, ana.id());
    assertEquals(409, early.status(), early.toString());
    assertEquals("checkin_not_open", early.json().getJsonObject("error").getString("code"));
  }

  @Test
  void staffFindPeopleByPseudonymOrByTheCodeOnTheirCardAndCheckThemIn() {
    String roundId = Participants.openRound(app);
    String sessionId = happeningNow(app, roundId);
    Person ana = person(app, roundId);
    assertEquals(200, app.api().put("/api/v1/me", ana.token(), new JsonObject().put("pseudonym", "Quiet Owl 7")
        .put("language", "en").put("accessNeeds", new JsonObject())).status());
    PageClient staff = app.pagesAs(Role.FACILITATOR);
    String page = "/staff/sessions/" + sessionId + "/checkin";

    HttpResult found = staff.get(page + "?q=owl");
    assertEquals(200, found.status(), found + " " + found.header("Location"));
    String byName = found.body();
    assertTrue(byName.contains("Quiet Owl 7"), byName);
    assertTrue(byName.contains("name=\"participantId\" value=\"" + ana.id() + "\""));
    String typedCode = ana.code().toLowerCase().replace("-", " ");
    assertTrue(staff.get(page + "?q=" + typedCode.replace(" ", "+")).body().contains("Quiet Owl 7"),
        "the code as typed from the card, normalised like /join");
    assertTrue(staff.get(page + "?q=zebra").body().contains("Nobody in this round matches"));

    HttpResult api = app.api().get("/api/v1/sessions/" + sessionId + "/people?q=" + ana.code(), app.token(Role.FACILITATOR));
    assertEquals(new JsonObject().put("participantId", ana.id()).put("pseudonym", "Quiet Owl 7").put("checkedIn", false),
        api.json().getJsonArray("people").getJsonObject(0), "the API finds them too");

    HttpResult checkedIn = staff.submit(page, page, Map.of("participantId", ana.id(), "q", "owl"));
    assertEquals(303, checkedIn.status(), checkedIn.toString());
    String after = staff.follow(checkedIn).body();
    assertTrue(after.contains("Quiet Owl 7 is checked in."), after);
    assertTrue(after.contains("by staff"));
    HttpResult twice = staff.submit(page, page, Map.of("participantId", ana.id(), "q", "owl"));
    assertTrue(staff.follow(twice).body().contains("Quiet Owl 7 was already checked in. Nothing changed."));

    HttpResult stranger = staff.submit(page, page, Map.of("participantId", person(app, Participants.openRound(app)).id()));
    assertEquals(400, stranger.status());
    assertTrue(stranger.body().contains("This person is not taking part in this round"));
    assertEquals(404, staff.get("/staff/sessions/00000000-0000-0000-0000-000000000000/checkin").status());
  }

  @Test
  void theCheckInPageShowsTheSessionCodeForTheProjector() {
    String roundId = Participants.openRound(app);
    String sessionId = happeningNow(app, roundId);
    String code = sessionCode(app, sessionId);
    assertTrue(code.matches("[23456789ACDEFGHJKMNPQRTVWXY]{3}-[23456789ACDEFGHJKMNPQRTVWXY]{3}"), code);
    assertEquals(code, sessionCode(app, sessionId), "made once, then kept");
    assertNotEquals(code, sessionCode(app, happeningNow(app, roundId)), "each session has its own");
    String page = app.pagesAs(Role.ADMIN).get("/staff/sessions/" + sessionId + "/checkin").body();
    assertTrue(page.contains("<p class=\"session-code__code\">" + code + "</p>"));
  }

  @Test
  void participantsCheckThemselvesInWithTheSessionCode() {
    String roundId = Participants.openRound(app);
    String sessionId = happeningNow(app, roundId);
    Person ana = person(app, roundId);
    String typed = sessionCode(app, sessionId).toLowerCase().replace("-", "");

    HttpResult first = app.api().post("/api/v1/me/checkin", ana.token(), new JsonObject().put("code", typed));
    assertEquals(201, first.status(), first.toString());
    assertEquals(sessionId, first.json().getString("sessionId"));
    assertEquals("self", first.json().getString("how"));
    HttpResult again = app.api().post("/api/v1/me/checkin", ana.token(), new JsonObject().put("code", typed));
    assertEquals(201, again.status());
    assertTrue(again.json().getBoolean("alreadyCheckedIn"));
    assertTrue(app.api().get("/api/v1/me/sessions", ana.token()).json().getJsonArray("sessions").getJsonObject(0)
        .getBoolean("checkedIn"));
    assertEquals("self", app.api().get("/api/v1/sessions/" + sessionId + "/attendance", app.token(Role.ADMIN)).json()
        .getJsonArray("attendees").getJsonObject(0).getString("how"));
  }

  @Test
  void aSessionCodeWorksOnlyDuringTheSessionAndOnlyForItsOwnRound() {
    String roundId = Participants.openRound(app);
    Person ana = person(app, roundId);
    String tomorrow = sessionCode(app, AttendanceFixtures.session(app, roundId, Duration.ofDays(1), 10));
    String yesterday = sessionCode(app, AttendanceFixtures.session(app, roundId, Duration.ofDays(-1), 10));
    String otherRound = sessionCode(app, happeningNow(app, Participants.openRound(app)));

    assertEquals("not_yet", selfCheckIn(ana, tomorrow).json().getJsonObject("error").getString("code"));
    assertEquals(409, selfCheckIn(ana, yesterday).status());
    assertEquals("over", selfCheckIn(ana, yesterday).json().getJsonObject("error").getString("code"));
    HttpResult foreign = selfCheckIn(ana, otherRound);
    assertEquals(400, foreign.status(), foreign.toString());
    assertTrue(foreign.json().getJsonObject("error").getJsonObject("fields").containsKey("code"));
    assertEquals(400, selfCheckIn(ana, "hello").status());
    assertEquals(400, app.api().post("/api/v1/me/checkin", ana.token(), new JsonObject().put("code", 7)).status());
  }

  @Test
  void wrongCodesMakeThatPersonWaitButNotTheOthersInTheRoom() {
    String roundId = Participants.openRound(app);
    String sessionId = happeningNow(app, roundId);
    String code = sessionCode(app, sessionId);
    List<Person> two = people(app, roundId, 2);
    String wrong = code.equals("222-222") ? "333-333" : "222-222";

    for (int i = 1; i < CheckIns.FREE_WRONG_CODES; i++) {
      assertEquals(400, selfCheckIn(two.get(0), wrong).status(), "wrong code " + i);
    }
    HttpResult blocked = selfCheckIn(two.get(0), wrong);
    assertEquals(429, blocked.status(), blocked.toString());
    assertTrue(Integer.parseInt(blocked.header("Retry-After")) > 0);
    assertEquals(429, selfCheckIn(two.get(0), code).status(), "while they wait, even the right code");
    assertEquals(201, selfCheckIn(two.get(1), code).status(), "others on the same network check in");
  }

  @Test
  void theSelfCheckInPageWorksWithoutJavaScript() {
    String roundId = Participants.openRound(app);
    String sessionId = happeningNow(app, roundId);
    String code = sessionCode(app, sessionId);
    PageClient browser = Participants.browser(app, Participants.code(app, roundId));

    String home = browser.get("/home").body();
    assertTrue(home.contains("Are you at the meeting now?"), "the home page offers check-in during the session");
    HttpResult wrong = browser.submit("/checkin", "/checkin", Map.of("code", "hello"));
    assertEquals(400, wrong.status());
    assertTrue(wrong.body().contains("This is not a meeting code."), wrong.body());
    assertTrue(wrong.body().contains("aria-invalid=\"true\""));

    HttpResult done = browser.submit("/home", "/checkin", Map.of("code", code));
    assertEquals(303, done.status(), done.toString());
    assertTrue(browser.follow(done).body().contains("You are checked in. Thank you for coming!"));
    home = browser.get("/home").body();
    assertTrue(home.contains("You are checked in. Thank you for coming."));
    assertFalse(home.contains("Are you at the meeting now?"), "nothing left to do");
  }

  @Test
  void withdrawingGivesUpSeatsToComeButKeepsAttendance() {
    String roundId = Participants.openRound(app);
    String now = happeningNow(app, roundId);
    String later = AttendanceFixtures.upcoming(app, roundId, 1);
    List<Person> two = people(app, roundId, 2);
    Person leaver = two.get(0);
    Person waiting = two.get(1);
    assertEquals("going", rsvp(app, leaver, later).json().getString("status"));
    assertEquals("waiting", rsvp(app, waiting, later).json().getString("status"));
    assertEquals(201, staffCheckIn(app, now, leaver.id()).status());

    assertEquals(200, app.api().post("/api/v1/me/withdraw", leaver.token(), new JsonObject().put("confirm", true)).status());

    assertEquals("going", rsvp(app, waiting, later).json().getString("status"), "the waiting list moved up");
    JsonObject roster = app.api().get("/api/v1/sessions/" + later + "/attendance", app.token(Role.ADMIN)).json();
    assertEquals(1, roster.getInteger("going"));
    assertEquals(0, roster.getInteger("waiting"));
    JsonObject attended = app.api().get("/api/v1/sessions/" + now + "/attendance", app.token(Role.ADMIN)).json();
    assertEquals(leaver.id(), attended.getJsonArray("attendees").getJsonObject(0).getString("participantId"),
        "what they came to stays: it is what they are paid for");
    assertTrue(app.pagesAs(Role.FACILITATOR).get("/staff/sessions/" + now + "/checkin").body()
        .contains("(left the round)"));
  }

  private static HttpResult selfCheckIn(Person person, String code) {
    return app.api().post("/api/v1/me/checkin", person.token(), new JsonObject().put("code", code));
  }
}
