package org.roundtable.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.roundtable.attendance.AttendanceFixtures;
import org.roundtable.attendance.AttendanceFixtures.Person;
import org.roundtable.support.HttpResult;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** People who came to a session and are owed for it (the test round pays USD 50.00 per session). */
final class PaymentFixtures {
  /** A person checked in to {@code sessionId} of {@code roundId}. */
  record Attended(String roundId, String sessionId, Person person) {
    String id() {
      return person.id();
    }
  }

  private PaymentFixtures() {}

  /** A new open round, a session on now, and one person checked in to it by staff. */
  static Attended attended(TestApp app) {
    String roundId = Participants.openRound(app);
    String sessionId = AttendanceFixtures.happeningNow(app, roundId);
    return checkedIn(app, roundId, sessionId);
  }

  /** One more person of the round, checked in to the session. */
  static Attended checkedIn(TestApp app, String roundId, String sessionId) {
    Person person = AttendanceFixtures.person(app, roundId);
    HttpResult in = AttendanceFixtures.staffCheckIn(app, sessionId, person.id());
    assertEquals(201, in.status(), in.toString());
    return new Attended(roundId, sessionId, person);
  }

  static JsonObject payment(Attended a, long cents, String method) {
    return new JsonObject().put("participantId", a.id()).put("sessionId", a.sessionId()).put("amountCents", cents)
        .put("currency", "USD").put("method", method).put("reference", "1234");
  }

  static HttpResult pay(TestApp app, JsonObject body, String key) {
    return app.api().send("POST", "/api/v1/payments", app.token(Role.FACILITATOR), body, "Idempotency-Key", key);
  }

  static HttpResult pay(TestApp app, JsonObject body) {
    return pay(app, body, UUID.randomUUID().toString());
  }

  static JsonObject ledger(TestApp app, String participantId) {
    HttpResult read = app.api().get("/api/v1/participants/" + participantId + "/payments", app.token(Role.ADMIN));
    assertEquals(200, read.status(), read.toString());
    return read.json();
  }

  static HttpResult voidEntry(TestApp app, String entryId, String reason) {
    return app.api().post("/api/v1/payments/" + entryId + "/void", app.token(Role.FACILITATOR),
        new JsonObject().put("reason", reason));
  }
}
