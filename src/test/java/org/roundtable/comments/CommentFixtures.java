package org.roundtable.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** An open round with a published proposal, people in it, and comments made through the real API. */
record CommentFixtures(TestApp app, String roundId, String proposalId) {

  static CommentFixtures openRoundWithProposal(TestApp app) {
    String roundId = Participants.openRound(app);
    return new CommentFixtures(app, roundId, Fixtures.publishedProposal(app, roundId));
  }

  /** A new participant of this round (joined and consented); their bearer token. */
  String person() {
    return Participants.token(app, Participants.code(app, roundId));
  }

  HttpResult post(String token, String key, JsonObject body) {
    return key == null
        ? app.api().send("POST", "/api/v1/proposals/" + proposalId + "/comments", token, body)
        : app.api().send("POST", "/api/v1/proposals/" + proposalId + "/comments", token, body,
            "Idempotency-Key", key);
  }

  /** A top-level comment by {@code token}; its id. */
  String comment(String token, String body) {
    HttpResult posted = post(token, UUID.randomUUID().toString(),
        new JsonObject().put("body", body).put("topic", "fairness"));
    assertEquals(201, posted.status(), posted.toString());
    return posted.json().getString("id");
  }

  String reply(String token, String parentId, String body) {
    HttpResult posted = post(token, UUID.randomUUID().toString(),
        new JsonObject().put("body", body).put("topic", "other").put("parentId", parentId));
    assertEquals(201, posted.status(), posted.toString());
    return posted.json().getString("id");
  }

  HttpResult list(String token) {
    return app.api().get("/api/v1/proposals/" + proposalId + "/comments", token);
  }

  HttpResult hide(String commentId, String reason) {
    return app.api().post("/api/v1/comments/" + commentId + "/hide", app.token(Role.FACILITATOR),
        new JsonObject().put("reason", reason));
  }

  void close() {
    HttpResult closed = app.api().post("/api/v1/rounds/" + roundId + "/status", app.token(Role.FACILITATOR),
        new JsonObject().put("status", "closed"));
    assertEquals(200, closed.status(), closed.toString());
  }
}
