package org.roundtable.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.attendance.AttendanceFixtures.people;
import static org.roundtable.attendance.AttendanceFixtures.person;
import static org.roundtable.attendance.AttendanceFixtures.rsvp;
import static org.roundtable.attendance.AttendanceFixtures.upcoming;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.attendance.AttendanceFixtures.Person;
import org.roundtable.support.HttpResult;
import org.roundtable.support.PageClient;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** Seats at sessions through the real server: capacity, the waiting list, cancelling, and what is refused. */
class RsvpTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void aSeatIsTakenAndAskingAgainChangesNothing() {
    String roundId = Participants.openRound(app);
    String sessionId = upcoming(app, roundId, 5);
    Person ana = person(app, roundId);

    HttpResult first = rsvp(app, ana, sessionId);
    assertEquals(200, first.status(), first.toString());
    assertEquals(new JsonObject().put("sessionId", sessionId).put("status", "going"), first.json());
    HttpResult again = rsvp(app, ana, sessionId);
    assertEquals(first.json(), again.json());
    assertEquals(1, roster(sessionId).getInteger("going"));
    assertEquals(4, roster(sessionId).getInteger("placesLeft"));
  }

  @Test
  void aFullSessionPutsPeopleOnTheWaitingListInTheOrderTheyAsked() {
    String roundId = Participants.openRound(app);
    String sessionId = upcoming(app, roundId, 1);
    List<Person> three = people(app, roundId, 3);

    assertEquals("going", rsvp(app, three.get(0), sessionId).json().getString("status"));
    HttpResult second = rsvp(app, three.get(1), sessionId);
    assertEquals(new JsonObject().put("sessionId", sessionId).put("status", "waiting").put("position", 1), second.json());
    assertEquals(2, rsvp(app, three.get(2), sessionId).json().getInteger("position"));
    assertEquals(2, rsvp(app, three.get(2), sessionId).json().getInteger("position"), "asking again keeps the place");
  }

  @Test
  void whenSomeoneWithASeatCancelsTheFirstWaitingPersonMovesUp() {
    String roundId = Participants.openRound(app);
    String sessionId = upcoming(app, roundId, 1);
    List<Person> three = people(app, roundId, 3);
    three.forEach(p -> rsvp(app, p, sessionId));

    HttpResult cancelled = app.api().delete("/api/v1/sessions/" + sessionId + "/rsvp", three.get(0).token());
    assertEquals(200, cancelled.status(), cancelled.toString());
    assertEquals("none", cancelled.json().getString("status"));
    assertEquals("going", rsvp(app, three.get(1), sessionId).json().getString("status"));
    assertEquals(1, rsvp(app, three.get(2), sessionId).json().getInteger("position"));
    assertEquals(200, app.api().delete("/api/v1/sessions/" + sessionId + "/rsvp", three.get(0).token()).status(),
        "cancelling twice is harmless");

    // Leaving the waiting list moves nobody into a seat that is not free.
    app.api().delete("/api/v1/sessions/" + sessionId + "/rsvp", three.get(2).token());
    JsonObject roster = roster(sessionId);
    assertEquals(1, roster.getInteger("going"));
    assertEquals(0, roster.getInteger("waiting"));
  }

  @Test
  void aLargerCapacityLetsTheFirstPeopleWaitingIn() {
    String roundId = Participants.openRound(app);
    String sessionId = upcoming(app, roundId, 1);
    List<Person> three = people(app, roundId, 3);
    three.forEach(p -> rsvp(app, p, sessionId));

    JsonObject session = app.api().get("/api/v1/sessions/" + sessionId, app.token(Role.FACILITATOR)).json();
    HttpResult bigger = app.api().put("/api/v1/sessions/" + sessionId, app.token(Role.FACILITATOR), new JsonObject()
        .put("startsAt", session.getString("startsAt")).put("endsAt", session.getString("endsAt"))
        .put("timeZone", session.getString("timeZone")).put("place", session.getString("place")).put("capacity", 2));
    assertEquals(200, bigger.status(), bigger.toString());

    JsonObject roster = roster(sessionId);
    assertEquals(2, roster.getInteger("going"), "in the same change, before anyone asks again");
    assertEquals(1, roster.getInteger("waiting"));
    assertEquals(three.get(1).id(), roster.getJsonArray("rsvps").getJsonObject(1).getString("participantId"));
  }

  @Test
  void twentyPeopleRacingForTheLastSeatGiveItToExactlyOne() throws Exception {
    String roundId = Participants.openRound(app);
    String sessionId = upcoming(app, roundId, 3);
    List<Person> early = people(app, roundId, 2);
    early.forEach(p -> assertEquals("going", rsvp(app, p, sessionId).json().getString("status")));
    List<Person> racers = people(app, roundId, 20);

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Future<JsonObject>> answers = new ArrayList<>();
      for (Person racer : racers) {
        answers.add(pool.submit((Callable<JsonObject>) () -> {
          start.await();
          HttpResult result = rsvp(app, racer, sessionId);
          assertEquals(200, result.status(), result.toString());
          return result.json();
        }));
      }
      start.countDown();
      List<JsonObject> replies = new ArrayList<>();
      for (Future<JsonObject> answer : answers) {
        replies.add(answer.get());
      }
      assertEquals(1, replies.stream().filter(r -> r.getString("status").equals("going")).count());
      assertEquals(IntStream.rangeClosed(1, 19).boxed().toList(), replies.stream()
          .filter(r -> r.getString("status").equals("waiting")).map(r -> r.getInteger("position")).sorted().toList(),
          "everyone else waits, each in a place of their own");
    } finally {
      pool.shutdownNow();
    }
    JsonObject roster = roster(sessionId);
    assertEquals(3, roster.getInteger("going"));
    assertEquals(19, roster.getInteger("waiting"));
  }

  @Test
  void unknownSessionsAndSessionsOfAnotherRoundAreNotFound() {
    String roundId = Participants.openRound(app);
    Person ana = person(app, roundId);
    String elsewhere = upcoming(app, Participants.openRound(app), 5);

    assertEquals(404, rsvp(app, ana, elsewhere).status());
    assertEquals(404, app.api().delete("/api/v1/sessions/" + elsewhere + "/rsvp", ana.token()).status());
    assertEquals(404, rsvp(app, ana, "00000000-0000-0000-0000-000000000000").status());
    assertEquals(404, rsvp(app, ana, "not-an-id").status());
    assertEquals(0, roster(elsewhere).getInteger("going"));
  }

  @Test
  void sessionsThatStartedAndClosedRoundsRefuseChanges() {
    String roundId = Participants.openRound(app);
    String past = AttendanceFixtures.session(app, roundId, Duration.ofDays(-2), 5);
    String started = AttendanceFixtures.happeningNow(app, roundId);
    String later = upcoming(app, roundId, 5);
    Person ana = person(app, roundId);

    HttpResult tooLate = rsvp(app, ana, past);
    assertEquals(409, tooLate.status(), tooLate.toString());
    assertEquals("session_started", tooLate.json().getJsonObject("error").getString("code"));
    assertEquals(409, rsvp(app, ana, started).status());
    assertEquals(200, rsvp(app, ana, later).status());

    assertEquals(200, app.api().post("/api/v1/rounds/" + roundId + "/status", app.token(Role.FACILITATOR),
        new JsonObject().put("status", "closed")).status());
    HttpResult closed = app.api().delete("/api/v1/sessions/" + later + "/rsvp", ana.token());
    assertEquals(409, closed.status(), closed.toString());
    assertEquals("round_closed", closed.json().getJsonObject("error").getString("code"));
  }

  @Test
  void aWithdrawnParticipantsTokenIsRefused() {
    String roundId = Participants.openRound(app);
    String sessionId = upcoming(app, roundId, 5);
    Person ana = person(app, roundId);
    assertEquals(200, app.api().post("/api/v1/me/withdraw", ana.token(), new JsonObject().put("confirm", true)).status());

    assertEquals(401, rsvp(app, ana, sessionId).status());
    assertEquals(401, app.api().get("/api/v1/me/sessions", ana.token()).status());
    assertEquals(401, app.api().post("/api/v1/me/checkin", ana.token(), new JsonObject().put("code", "K7MQ2P")).status());
  }

  @Test
  void theirSessionsListTheirAnswersAndPlacesLeft() {
    String roundId = Participants.openRound(app);
    String full = upcoming(app, roundId, 1);
    String roomy = upcoming(app, roundId, 10);
    List<Person> two = people(app, roundId, 2);
    rsvp(app, two.get(0), full);
    rsvp(app, two.get(1), full);

    HttpResult mine = app.api().get("/api/v1/me/sessions", two.get(1).token());
    assertEquals(200, mine.status(), mine.toString());
    JsonArray sessions = mine.json().getJsonArray("sessions");
    assertEquals(2, sessions.size());
    JsonObject first = find(sessions, full);
    assertEquals(new JsonObject().put("status", "waiting").put("position", 1), first.getJsonObject("rsvp"));
    assertEquals(0, first.getInteger("placesLeft"));
    assertEquals(1, first.getInteger("waiting"));
    assertFalse(first.getBoolean("checkedIn"));
    assertNull(find(sessions, roomy).getValue("rsvp"));
    assertEquals(10, find(sessions, roomy).getInteger("placesLeft"));
  }

  @Test
  void staffSeeWhoIsComingAndWhatTheyNeed() {
    String roundId = Participants.openRound(app);
    String sessionId = upcoming(app, roundId, 2);
    List<Person> three = people(app, roundId, 3);
    needs(three.get(0), "Quiet Owl 7", List.of("interpreter", "captions"));
    needs(three.get(1), "Brave Fox 2", List.of("interpreter"));
    needs(three.get(2), "Calm Heron 4", List.of("childcare"));
    three.forEach(p -> rsvp(app, p, sessionId));

    JsonObject roster = roster(sessionId);
    assertEquals(new JsonObject().put("interpreter", 2).put("captions", 1).put("step_free", 0).put("childcare", 0),
        roster.getJsonObject("accessNeeds"), "counted over the people with a seat");
    assertEquals(2, roster.getInteger("going"));
    assertEquals(1, roster.getInteger("waiting"));
    JsonObject waiting = roster.getJsonArray("rsvps").getJsonObject(2);
    assertEquals("Calm Heron 4", waiting.getString("pseudonym"));
    assertEquals(new JsonArray().add("childcare"), waiting.getJsonArray("accessNeeds"));
    assertEquals(1, waiting.getInteger("position"));

    String page = app.pagesAs(Role.FACILITATOR).get("/staff/sessions/" + sessionId + "/checkin").body();
    assertTrue(page.contains("Quiet Owl 7") && page.contains("Calm Heron 4"), "the list shows who is coming");
    assertTrue(page.contains("An interpreter: <strong>2</strong>"), "and counts what they need");
    assertEquals(403, app.api().get("/api/v1/sessions/" + sessionId + "/attendance", app.token(Role.DEVELOPER)).status(),
        "developers never see who takes part");
  }

  @Test
  void theHomePageTakesAndGivesUpSeatsWithoutJavaScript() {
    String roundId = Participants.openRound(app);
    String roomy = upcoming(app, roundId, 3);
    String full = upcoming(app, roundId, 1);
    rsvp(app, person(app, roundId), full);
    PageClient browser = Participants.browser(app, Participants.code(app, roundId));

    String home = browser.get("/home").body();
    assertTrue(home.contains("3 places left."), home);
    assertTrue(home.contains("action=\"/sessions/" + roomy + "/rsvp\""));
    assertTrue(home.contains("This meeting is full. Nobody is waiting yet."));
    assertTrue(home.contains("Join the waiting list"));

    HttpResult taken = browser.submit("/home", "/sessions/" + roomy + "/rsvp", Map.of());
    assertEquals(303, taken.status(), taken.toString());
    assertEquals("/home?rsvp=going&session=" + roomy + "#session-" + roomy, taken.header("Location"));
    home = browser.follow(taken).body();
    assertTrue(home.contains("Saved. You have a place."));
    assertTrue(home.contains("2 places left."));
    assertTrue(home.contains("I can&#x27;t come after all") || home.contains("I can't come after all"), home);

    HttpResult queued = browser.submit("/home", "/sessions/" + full + "/rsvp", Map.of());
    home = browser.follow(queued).body();
    assertTrue(home.contains("You are number 1 on the waiting list."), home);
    assertTrue(home.contains("Leave the waiting list"));

    HttpResult cancelled = browser.submit("/home", "/sessions/" + roomy + "/rsvp/cancel", Map.of());
    assertEquals(303, cancelled.status());
    home = browser.follow(cancelled).body();
    assertTrue(home.contains("Saved. You gave up your place."));
    assertTrue(home.contains("3 places left."));

    browser.get("/language/es?back=/home");
    HttpResult spanish = browser.get("/home");
    assertTrue(spanish.body().contains("Usted es el número 1 en la lista de espera."), "and in Spanish");
    assertTrue(home.length() < 30_000, "light enough for a phone plan");
  }

  @Test
  void aClosedRoundOnThePageSaysWhy() {
    String roundId = Participants.openRound(app);
    String sessionId = upcoming(app, roundId, 3);
    PageClient browser = Participants.browser(app, Participants.code(app, roundId));
    String csrf = PageClient.csrfToken(browser.get("/home"));
    app.api().post("/api/v1/rounds/" + roundId + "/status", app.token(Role.FACILITATOR),
        new JsonObject().put("status", "closed"));

    HttpResult refused = browser.post("/sessions/" + sessionId + "/rsvp", Map.of(), csrf);
    assertEquals(409, refused.status());
    assertTrue(refused.body().contains("This round has ended. You cannot change your place now."));
    assertFalse(browser.get("/home").body().contains("I will come"), "no buttons that cannot work");
  }

  private static void needs(Person person, String pseudonym, List<String> needs) {
    JsonObject flags = new JsonObject();
    List.of("interpreter", "captions", "step_free", "childcare").forEach(n -> flags.put(n, needs.contains(n)));
    HttpResult saved = app.api().put("/api/v1/me", person.token(), new JsonObject().put("pseudonym", pseudonym)
        .put("language", "en").put("accessNeeds", flags));
    assertEquals(200, saved.status(), saved.toString());
  }

  private static JsonObject roster(String sessionId) {
    HttpResult roster = app.api().get("/api/v1/sessions/" + sessionId + "/attendance", app.token(Role.FACILITATOR));
    assertEquals(200, roster.status(), roster.toString());
    return roster.json();
  }

  private static JsonObject find(JsonArray sessions, String id) {
    return sessions.stream().map(JsonObject.class::cast).filter(s -> s.getString("id").equals(id)).findFirst()
        .orElseThrow();
  }
}
