package org.roundtable.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

class RoundsApiTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void facilitatorCreatesADraftRoundAndReadsItBack() {
    String id = Fixtures.round(app);
    HttpResult read = app.api().get("/api/v1/rounds/" + id, app.token(Role.DEVELOPER));
    assertEquals(200, read.status());
    JsonObject round = read.json();
    assertEquals("draft", round.getString("status"));
    assertEquals("involve", round.getString("participationLevel"));
    assertEquals(5000, round.getJsonObject("pay").getInteger("amountCents"));
    assertTrue(round.getJsonArray("sessions").isEmpty());
  }

  @Test
  void developersCannotCreateRounds() {
    assertEquals(403, app.api().post("/api/v1/rounds", app.token(Role.DEVELOPER), Fixtures.roundJson()).status());
  }

  @Test
  void badRoundFieldsAreNamedIncludingNestedPay() {
    JsonObject bad = Fixtures.roundJson().put("participationLevel", "decide").put("responseDueDays", "soon")
        .put("pay", new JsonObject().put("amountCents", -5).put("currency", "dollars").put("per", "day"));
    HttpResult result = app.api().post("/api/v1/rounds", app.token(Role.ADMIN), bad);
    assertEquals(400, result.status());
    JsonObject fields = result.json().getJsonObject("error").getJsonObject("fields");
    for (String field : new String[] {"participationLevel", "responseDueDays", "pay.amountCents", "pay.currency", "pay.per"}) {
      assertTrue(fields.containsKey(field), field + " in " + fields);
    }
  }

  @Test
  void unknownOrMalformedRoundIdsAre404() {
    assertEquals(404, app.api().get("/api/v1/rounds/00000000-0000-0000-0000-000000000000", app.token(Role.ADMIN)).status());
    assertEquals(404, app.api().get("/api/v1/rounds/not-an-id", app.token(Role.ADMIN)).status());
  }
}
