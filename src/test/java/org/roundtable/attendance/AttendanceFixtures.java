package org.roundtable.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.roundtable.support.HttpResult;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** Sessions at chosen times and people who joined, made through the real API for the attendance (and payment) tests. */
public final class AttendanceFixtures {
  /** A person taking part: their bearer token, id and the code on their card. */
  public record Person(String token, String id, String code) {}

  private AttendanceFixtures() {}

  /** A session of {@code capacity} starting {@code fromNow} from now (negative: already started), two hours long. */
  public static String session(TestApp app, String roundId, Duration fromNow, int capacity) {
    Instant start = Instant.now().plus(fromNow).truncatedTo(ChronoUnit.MINUTES);
    HttpResult created = app.api().post("/api/v1/rounds/" + roundId + "/sessions", app.token(Role.FACILITATOR),
        new JsonObject().put("startsAt", start.toString()).put("endsAt", start.plus(Duration.ofHours(2)).toString())
            .put("timeZone", "America/Los_Angeles").put("place", "Eastside Library").put("capacity", capacity));
    assertEquals(201, created.status(), created.toString());
    return created.json().getString("id");
  }

  public static String upcoming(TestApp app, String roundId, int capacity) {
    return session(app, roundId, Duration.ofDays(20), capacity);
  }

  /** A session that started ten minutes ago: check-in is open. */
  public static String happeningNow(TestApp app, String roundId) {
    return session(app, roundId, Duration.ofMinutes(-10), 30);
  }

  public static Person person(TestApp app, String roundId) {
    return people(app, roundId, 1).get(0);
  }

  /** {@code count} people who joined the round with fresh codes and agreed to take part. */
  public static List<Person> people(TestApp app, String roundId, int count) {
    HttpResult made = app.api().post("/api/v1/rounds/" + roundId + "/invitations", app.token(Role.FACILITATOR),
        new JsonObject().put("group", "community").put("count", count));
    assertEquals(201, made.status(), made.toString());
    JsonArray codes = made.json().getJsonArray("codes");
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String token = Participants.token(app, codes.getString(i));
      String id = app.api().get("/api/v1/me", token).json().getString("id");
      people.add(new Person(token, id, codes.getString(i)));
    }
    return people;
  }

  public static HttpResult rsvp(TestApp app, Person person, String sessionId) {
    return app.api().put("/api/v1/sessions/" + sessionId + "/rsvp", person.token(), null);
  }

  /** The session's code for the projector, as staff see it (made on first request). */
  public static String sessionCode(TestApp app, String sessionId) {
    HttpResult roster = app.api().get("/api/v1/sessions/" + sessionId + "/attendance", app.token(Role.FACILITATOR));
    assertEquals(200, roster.status(), roster.toString());
    return roster.json().getString("code");
  }

  public static HttpResult staffCheckIn(TestApp app, String sessionId, String participantId) {
    return app.api().post("/api/v1/sessions/" + sessionId + "/checkin", app.token(Role.FACILITATOR),
        new JsonObject().put("participantId", participantId));
  }
}
