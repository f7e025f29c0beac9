package org.roundtable.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.roundtable.support.HttpResult;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** People who joined a round and agreed to take part, and what they do with a ballot, through the real API. */
final class Voters {
  private Voters() {}

  /** {@code n} participants of the round; returns their bearer tokens. */
  static List<String> join(TestApp app, String roundId, int n) {
    HttpResult made = app.api().post("/api/v1/rounds/" + roundId + "/invitations", app.token(Role.FACILITATOR),
        new JsonObject().put("group", "community").put("count", n));
    assertEquals(201, made.status(), made.toString());
    JsonArray codes = made.json().getJsonArray("codes");
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      tokens.add(Participants.token(app, codes.getString(i)));
    }
    return tokens;
  }

  static String one(TestApp app, String roundId) {
    return join(app, roundId, 1).get(0);
  }

  static HttpResult vote(TestApp app, String token, String proposalId, String choice) {
    return app.api().put("/api/v1/proposals/" + proposalId + "/vote", token, new JsonObject().put("choice", choice));
  }

  static HttpResult tally(TestApp app, String token, String proposalId) {
    return app.api().get("/api/v1/proposals/" + proposalId + "/tally", token);
  }

  static String statement(TestApp app, String proposalId, String text) {
    HttpResult created = app.api().post("/api/v1/proposals/" + proposalId + "/statements",
        app.token(Role.FACILITATOR), new JsonObject().put("text", text));
    assertEquals(201, created.status(), created.toString());
    return created.json().getString("id");
  }

  static void close(TestApp app, String roundId) {
    HttpResult closed = app.api().post("/api/v1/rounds/" + roundId + "/status", app.token(Role.FACILITATOR),
        new JsonObject().put("status", "closed"));
    assertEquals(200, closed.status(), closed.toString());
  }
}
