package org.roundtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** The projector's room view shows the round's newest comments, from the comments feature, in the reader's words. */
class RoomViewTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void newestVisibleCommentsAppearInTheRoomInTheReadersLanguage() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    comment(roundId, proposalId, "It adds forms we have no time to fill in.", "workload");
    String hidden = comment(roundId, proposalId, "Something staff hid.", "other");
    assertEquals(200, app.api().post("/api/v1/comments/" + hidden + "/hide", app.token(Role.FACILITATOR),
        new JsonObject().put("reason", "Off topic")).status());

    String room = app.pagesAs(Role.FACILITATOR).get("/staff/rounds/" + roundId + "/room").body();
    assertTrue(room.contains("It adds forms we have no time to fill in."), room);
    assertTrue(room.contains("Workload"));
    assertFalse(room.contains("Something staff hid."), "hidden comments stay off the projector");
    String sala = app.pagesAs(Role.FACILITATOR).language("es").get("/staff/rounds/" + roundId + "/room").body();
    assertTrue(sala.contains("Carga de trabajo"), "the topic in Spanish");
  }

  private static String comment(String roundId, String proposalId, String body, String topic) {
    String token = Participants.token(app, Participants.code(app, roundId));
    HttpResult posted = app.api().send("POST", "/api/v1/proposals/" + proposalId + "/comments", token,
        new JsonObject().put("body", body).put("topic", topic), "Idempotency-Key", UUID.randomUUID().toString());
    assertEquals(201, posted.status(), posted.toString());
    return posted.json().getString("id");
  }
}
