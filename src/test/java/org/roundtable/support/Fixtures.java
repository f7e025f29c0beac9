package org.roundtable.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.roundtable.web.Role;

/** Ready-made records created through the real API. */
public final class Fixtures {
  private Fixtures() {}

  public static JsonObject roundJson() {
    return new JsonObject()
        .put("title", "Hotline screening score")
        .put("purpose", "Decide whether the county should build a score to help screen hotline calls.")
        .put("participationLevel", "involve")
        .put("decisionRule", "A majority saying do not build stops the project.")
        .put("pay", new JsonObject().put("amountCents", 5000).put("currency", "USD").put("per", "session"))
        .put("responseDueDays", 30);
  }

  /** A new draft round; returns its id. */
  public static String round(TestApp app) {
    HttpResult created = app.api().post("/api/v1/rounds", app.token(Role.FACILITATOR), roundJson());
    assertEquals(201, created.status(), created.toString());
    return created.json().getString("id");
  }

  /** A published proposal (version 1) in the round; returns its id. The round must not be closed. */
  public static String publishedProposal(TestApp app, String roundId) {
    String id = draftProposal(app, roundId);
    HttpResult published = app.api().post("/api/v1/proposals/" + id + "/publish", app.token(Role.FACILITATOR), null);
    assertEquals(200, published.status(), published.toString());
    return id;
  }

  /** A complete proposal left as a draft; returns its id. */
  public static String draftProposal(TestApp app, String roundId) {
    JsonObject text = new JsonObject().put("title", "Call screening helper").put("language", "en")
        .put("sections", new JsonObject().put("goals", "It helps staff sort calls. It gives each call a risk score.")
            .put("people", "Families who call. A false alarm is worse than a missed case.")
            .put("data", "Old call records.").put("responsibility", "The hotline manager."));
    HttpResult created = app.api().post("/api/v1/rounds/" + roundId + "/proposals", app.token(Role.FACILITATOR), text);
    assertEquals(201, created.status(), created.toString());
    return created.json().getString("id");
  }

  /** An evening session twenty days from now with room for {@code capacity}; returns its id. */
  public static String session(TestApp app, String roundId, int capacity) {
    String day = LocalDate.now().plusDays(20).toString();
    HttpResult created = app.api().post("/api/v1/rounds/" + roundId + "/sessions", app.token(Role.FACILITATOR),
        new JsonObject().put("startsAt", day + "T18:00").put("endsAt", day + "T20:00")
            .put("timeZone", "America/Los_Angeles").put("place", "Eastside Library")
            .put("accessibility", "Step-free entrance. Spanish interpreter.").put("capacity", capacity));
    assertEquals(201, created.status(), created.toString());
    return created.json().getString("id");
  }
}
