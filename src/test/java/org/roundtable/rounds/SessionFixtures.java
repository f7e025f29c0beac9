package org.roundtable.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import org.roundtable.support.HttpResult;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** Sessions created through the real API for the rounds tests. */
final class SessionFixtures {
  /** A Tuesday. */
  static final String TUESDAY = "2026-12-08";
  static final String SATURDAY = "2026-12-12";

  private SessionFixtures() {}

  static JsonObject sessionJson(String startsAt, String endsAt, String timeZone) {
    return new JsonObject()
        .put("startsAt", startsAt)
        .put("endsAt", endsAt)
        .put("timeZone", timeZone)
        .put("place", "Eastside Library, Room 2, 100 Main St")
        .put("onlineUrl", "https://meet.example.org/roundtable")
        .put("accessibility", "Step-free entrance. Spanish interpreter. Childcare and dinner.")
        .put("capacity", 40);
  }

  /** An evening session on {@link #TUESDAY} in Los Angeles; returns the created session as JSON. */
  static JsonObject eveningSession(TestApp app, String roundId) {
    return create(app, roundId, sessionJson(TUESDAY + "T18:00", TUESDAY + "T20:00", "America/Los_Angeles"));
  }

  static JsonObject create(TestApp app, String roundId, JsonObject session) {
    HttpResult created = app.api().post("/api/v1/rounds/" + roundId + "/sessions", app.token(Role.FACILITATOR), session);
    assertEquals(201, created.status(), created.toString());
    return created.json();
  }
}
