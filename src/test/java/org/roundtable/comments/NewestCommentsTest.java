package org.roundtable.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.audit.AuditLog;
import org.roundtable.participants.ParticipantStore;
import org.roundtable.proposals.ProposalStore;
import org.roundtable.rounds.RoundStore;
import org.roundtable.support.TestApp;
import org.roundtable.web.Messages;
import org.roundtable.web.WebRoot;

/** What the room's projector shows: the newest visible comments of a round, and who said them. */
class NewestCommentsTest {
  @RegisterExtension
  static final TestApp app = new TestApp();
  private static Vertx vertx;
  private static Comments comments;

  @BeforeAll
  static void theFeatureOnTheSameDatabase() {
    vertx = Vertx.vertx();
    Pool pool = PgBuilder.pool().connectingTo(app.database().connectOptions()).using(vertx).build();
    comments = new Comments(pool, new ProposalStore(pool), new RoundStore(pool), new ParticipantStore(pool),
        new AuditLog(pool));
  }

  @AfterAll
  static void stop() {
    vertx.close();
  }

  @Test
  void newestVisibleCommentsComeFirstWithWithdrawnAuthorsUnnamed() throws Exception {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    String leaver = round.person();
    round.comment(leaver, "First, from someone who leaves.");
    String hidden = round.comment(round.person(), "Second, hidden by staff.");
    round.comment(round.person(), "Third.");
    round.hide(hidden, "Off topic");
    assertEquals(200, app.api().post("/api/v1/me/withdraw", leaver, new JsonObject().put("confirm", true)).status());
    CommentFixtures elsewhere = CommentFixtures.openRoundWithProposal(app);
    elsewhere.comment(elsewhere.person(), "In another round.");

    List<NewestComment> newest = comments.newest(round.roundId(), 10).toCompletionStage().toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
    assertEquals(List.of("Third.", "First, from someone who leaves."), newest.stream().map(NewestComment::body).toList());
    assertFalse(newest.get(0).authorWithdrawn());
    assertTrue(newest.get(0).author().matches("[A-Z][a-z]+ [A-Z][a-z]+ \\d\\d"), newest.get(0).author());
    assertTrue(newest.get(1).authorWithdrawn());
    assertNull(newest.get(1).author());
    Messages messages = Messages.load(WebRoot.locate().messages());
    assertEquals("Withdrawn participant", newest.get(1).authorName(messages, "en"));
    assertEquals("Participante que se retiró", newest.get(1).authorName(messages, "es"));
    assertEquals("Fairness", newest.get(0).topicName(messages, "en"));
    assertEquals(1, comments.newest(round.roundId(), 1).toCompletionStage().toCompletableFuture()
        .get(10, TimeUnit.SECONDS).size());
  }
}
