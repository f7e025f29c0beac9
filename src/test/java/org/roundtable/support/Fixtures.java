package org.roundtable.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
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
}
