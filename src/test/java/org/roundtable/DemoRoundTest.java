package org.roundtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

class DemoRoundTest {
  @RegisterExtension
  static final TestApp app = TestApp.withDemo();

  @Test
  void demoRoundIsOpenWithTwoEveningSessionsAPlainProposalAndCodes() {
    JsonArray rounds = app.api().get("/api/v1/rounds", app.token(Role.DEVELOPER)).json().getJsonArray("rounds");
    assertEquals(1, rounds.size());
    JsonObject round = app.api().get("/api/v1/rounds/" + rounds.getJsonObject(0).getString("id"),
        app.token(Role.DEVELOPER)).json();
    assertEquals("open", round.getString("status"));

    List<JsonObject> sessions = round.getJsonArray("sessions").stream().map(JsonObject.class::cast).toList();
    assertEquals(2, sessions.size());
    assertTrue(sessions.stream().allMatch(s -> s.getBoolean("afterHours")), "both sessions are in the evening");
    assertTrue(sessions.stream().anyMatch(s -> s.getString("onlineUrl") != null), "one is online");

    JsonObject published = round.getJsonArray("proposals").stream().map(JsonObject.class::cast)
        .filter(p -> "published".equals(p.getString("status"))).findFirst().orElseThrow();
    JsonObject proposal = app.api().get("/api/v1/proposals/" + published.getString("id"), app.token(Role.DEVELOPER)).json();
    JsonObject bySection = proposal.getJsonObject("readability").getJsonObject("bySection");
    for (String part : List.of("goals", "people", "data", "responsibility")) {
      assertTrue(bySection.getJsonObject(part).getDouble("grade") <= 8.0, part + " reads at grade 8 or below");
    }

    JsonObject statements = app.api().get("/api/v1/proposals/" + published.getString("id") + "/statements",
        app.token(Role.FACILITATOR)).json();
    assertEquals(5, statements.getJsonArray("statements").size(), "statements to agree or disagree with");

    Map<String, List<String>> codes = app.app().demoCodes();
    assertEquals(10, codes.get("community").size());
    assertEquals(10, codes.get("frontline").size());
  }

  @Test
  void restartingWithTheDemoDoesNotLoadItTwice() {
    Map<String, List<String>> before = app.app().demoCodes();
    app.stop();
    app.start(app.database());
    assertEquals(1, app.api().get("/api/v1/rounds", app.token(Role.ADMIN)).json().getJsonArray("rounds").size());
    assertEquals(before, app.app().demoCodes());
  }
}
