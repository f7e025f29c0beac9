package org.roundtable.summaries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.roundtable.support.HttpResult;
import org.roundtable.support.TestApp;
import org.roundtable.support.TestDatabase;
import org.roundtable.web.Role;

/** People of a round, in a group, who vote, comment and say "me too" through the real API. */
final class SummaryFixtures {
  private final TestApp app;
  final List<String> codes = new ArrayList<>();

  SummaryFixtures(TestApp app) {
    this.app = app;
  }

  /** A person who joined with a code of {@code group} and agreed to take part (and to be quoted, if {@code quote}). */
  String person(String roundId, String group, boolean quote) {
    HttpResult made = app.api().post("/api/v1/rounds/" + roundId + "/invitations", app.token(Role.FACILITATOR),
        new JsonObject().put("group", group).put("count", 1));
    assertEquals(201, made.status(), made.toString());
    String code = made.json().getJsonArray("codes").getString(0);
    codes.add(code);
    HttpResult joined = app.api().post("/api/v1/auth/participant", null, new JsonObject().put("code", code));
    assertEquals(200, joined.status(), joined.toString());
    String token = joined.json().getString("token");
    HttpResult consent = app.api().put("/api/v1/me/consent", token,
        new JsonObject().put("takePart", true).put("quote", quote));
    assertEquals(200, consent.status(), consent.toString());
    return token;
  }

  List<String> people(String roundId, String group, int n) {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      tokens.add(person(roundId, group, false));
    }
    return tokens;
  }

  void vote(String token, String proposalId, String choice) {
    HttpResult voted = app.api().put("/api/v1/proposals/" + proposalId + "/vote", token,
        new JsonObject().put("choice", choice));
    assertEquals(200, voted.status(), voted.toString());
  }

  String comment(String token, String proposalId, String topic, String body) {
    HttpResult posted = app.api().send("POST", "/api/v1/proposals/" + proposalId + "/comments", token,
        new JsonObject().put("body", body).put("topic", topic), "Idempotency-Key", UUID.randomUUID().toString());
    assertEquals(201, posted.status(), posted.toString());
    return posted.json().getString("id");
  }

  void endorse(String token, String commentId) {
    HttpResult done = app.api().post("/api/v1/comments/" + commentId + "/endorse", token, null);
    assertEquals(200, done.status(), done.toString());
  }

  JsonObject summary(String roundId, Role role) {
    HttpResult got = app.api().get("/api/v1/rounds/" + roundId + "/summary", app.token(role));
    assertEquals(200, got.status(), got.toString());
    return got.json();
  }

  JsonObject proposal(JsonObject summary, String proposalId) {
    JsonArray proposals = summary.getJsonArray("proposals");
    for (int i = 0; i < proposals.size(); i++) {
      if (proposals.getJsonObject(i).getString("id").equals(proposalId)) {
        return proposals.getJsonObject(i);
      }
    }
    throw new AssertionError("no proposal " + proposalId + " in " + summary.encodePrettily());
  }

  String finding(String roundId, String proposalId, String text, List<String> commentIds) {
    HttpResult made = app.api().post("/api/v1/rounds/" + roundId + "/findings", app.token(Role.FACILITATOR),
        new JsonObject().put("proposalId", proposalId).put("text", text).put("commentIds", new JsonArray(commentIds)));
    assertEquals(201, made.status(), made.toString());
    return made.json().getString("id");
  }

  int publish(String roundId) {
    HttpResult published = app.api().post("/api/v1/rounds/" + roundId + "/summaries", app.token(Role.FACILITATOR), null);
    assertEquals(201, published.status(), published.toString());
    return published.json().getInteger("version");
  }

  HttpResult answer(String findingId, String decision, String explanation) {
    return app.api().post("/api/v1/findings/" + findingId + "/responses", app.token(Role.DEVELOPER),
        new JsonObject().put("decision", decision).put("explanation", explanation));
  }

  void sql(String statement) {
    TestDatabase.execute(app.database(), statement);
  }
}
