package org.roundtable.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.db.DatabaseAddress;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** Comments through the JSON API against the real server and database. */
class CommentsApiTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void aCommentIsPostedAndListedUnderThePseudonym() {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    String ana = round.person();
    assertEquals(200, app.api().put("/api/v1/me", ana, new JsonObject().put("pseudonym", "Quiet Owl 7")
        .put("language", "en").put("accessNeeds", new JsonObject())).status());
    HttpResult posted = round.post(ana, "key-1", new JsonObject().put("body", "  Who checks the score?  ")
        .put("topic", "transparency"));
    assertEquals(201, posted.status(), posted.toString());
    assertEquals("Who checks the score?", posted.json().getString("body"));

    JsonArray comments = round.list(round.person()).json().getJsonArray("comments");
    assertEquals(1, comments.size());
    JsonObject comment = comments.getJsonObject(0);
    assertEquals(posted.json().getString("id"), comment.getString("id"));
    assertEquals("transparency", comment.getString("topic"));
    assertNull(comment.getString("parentId"));
    assertEquals(0, comment.getInteger("endorsements"));
    assertEquals("Quiet Owl 7", comment.getString("author"));
    assertFalse(comment.getBoolean("authorWithdrawn"));
    assertFalse(comment.getBoolean("mine"));
  }

  @Test
  void theSameKeyTwentyTimesAtOnceMakesOneComment() throws Exception {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    String token = round.person();
    JsonObject body = new JsonObject().put("body", "Retried from a phone on a bad line.").put("topic", "other");
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<CompletableFuture<HttpResult>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        calls.add(CompletableFuture.supplyAsync(() -> round.post(token, "same-key", body), pool));
      }
      Set<String> ids = new HashSet<>();
      for (CompletableFuture<HttpResult> call : calls) {
        HttpResult result = call.get();
        assertEquals(201, result.status(), result.toString());
        ids.add(result.json().getString("id"));
      }
      assertEquals(1, ids.size(), "every retry answers the same comment");
    } finally {
      pool.shutdown();
    }
    assertEquals(1, round.list(token).json().getJsonArray("comments").size());
    assertEquals(1, count("SELECT count(*) FROM comments WHERE proposal_id = '" + round.proposalId() + "'"));
  }

  @Test
  void postingNeedsAnIdempotencyKeyAndAKeyIsNotReusedForOtherWords() {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    String token = round.person();
    JsonObject body = new JsonObject().put("body", "Hello").put("topic", "other");
    HttpResult noKey = round.post(token, null, body);
    assertEquals(400, noKey.status(), noKey.toString());
    assertTrue(noKey.json().getJsonObject("error").getJsonObject("fields").containsKey("Idempotency-Key"));
    assertEquals(400, round.post(token, "x".repeat(201), body).status());

    HttpResult first = round.post(token, "k", body);
    assertEquals(201, first.status());
    assertEquals("false", first.header("Idempotent-Replayed"));
    HttpResult retry = round.post(token, "k", body);
    assertEquals(201, retry.status());
    assertEquals("true", retry.header("Idempotent-Replayed"));
    assertEquals(first.json().getString("id"), retry.json().getString("id"));
    HttpResult other = round.post(token, "k", body.copy().put("body", "Something else"));
    assertEquals(409, other.status(), other.toString());
    assertEquals("idempotency_key_reused", other.json().getJsonObject("error").getString("code"));
    CommentFixtures second = new CommentFixtures(app, round.roundId(), Fixtures.publishedProposal(app, round.roundId()));
    assertEquals(409, second.post(token, "k", body).status(), "nor for another proposal");
    assertEquals(201, round.post(round.person(), "k", body).status(), "keys belong to their author");
  }

  @Test
  void emptyOverLongAndUnknownTopicAreFieldErrors() {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    String token = round.person();
    HttpResult empty = round.post(token, "a", new JsonObject().put("body", "   ").put("topic", "other"));
    assertEquals(400, empty.status());
    assertTrue(fields(empty).containsKey("body"));
    HttpResult tooLong = round.post(token, "b", new JsonObject().put("body", "x".repeat(2001)).put("topic", "other"));
    assertEquals(400, tooLong.status());
    assertTrue(fields(tooLong).getString("body").contains("2000") || fields(tooLong).getString("body").contains("2,000"),
        tooLong.toString());
    assertEquals(201, round.post(token, "c", new JsonObject().put("body", "x".repeat(2000)).put("topic", "other")).status(),
        "2,000 characters is allowed");
    HttpResult topic = round.post(token, "d", new JsonObject().put("body", "Hi").put("topic", "safety"));
    assertEquals(400, topic.status());
    assertTrue(fields(topic).containsKey("topic"));
    HttpResult noTopic = round.post(token, "e", new JsonObject().put("body", "Hi"));
    assertTrue(fields(noTopic).containsKey("topic"));
  }

  @Test
  void repliesGoOneLevelDeepOnTheSameProposal() {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    String ana = round.person();
    String ben = round.person();
    String parent = round.comment(ana, "The score may be unfair to big families.");
    String reply = round.reply(ben, parent, "Yes, mine too.");

    HttpResult deeper = round.post(ana, "deeper", new JsonObject().put("body", "And?").put("topic", "other")
        .put("parentId", reply));
    assertEquals(400, deeper.status(), deeper.toString());
    assertTrue(fields(deeper).containsKey("parentId"));

    CommentFixtures other = new CommentFixtures(app, round.roundId(), Fixtures.publishedProposal(app, round.roundId()));
    HttpResult elsewhere = other.post(ana, "elsewhere", new JsonObject().put("body", "Hi").put("topic", "other")
        .put("parentId", parent));
    assertEquals(400, elsewhere.status(), "a reply stays on its comment's proposal");
    assertEquals(400, round.post(ana, "bad", new JsonObject().put("body", "Hi").put("topic", "other")
        .put("parentId", "not-an-id")).status());

    JsonArray comments = round.list(ana).json().getJsonArray("comments");
    assertEquals(2, comments.size());
    assertEquals(parent, comments.getJsonObject(1).getString("parentId"));
  }

  @Test
  void theDatabaseRefusesAReplyToAReplyAndDeletingAComment() throws SQLException {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    String token = round.person();
    String parent = round.comment(token, "First");
    String reply = round.reply(round.person(), parent, "Second");
    SQLException deleted = assertThrows(SQLException.class, () -> execute("DELETE FROM comments WHERE id = '" + parent + "'"));
    assertTrue(deleted.getMessage().contains("DELETE refused"), deleted.getMessage());
    assertThrows(SQLException.class, () -> execute("UPDATE comments SET body = 'changed' WHERE id = '" + parent + "'"));
    assertThrows(SQLException.class, () -> execute("INSERT INTO comments (id, proposal_id, round_id, author_id, "
        + "idempotency_key, parent_id, topic, body) SELECT gen_random_uuid(), proposal_id, round_id, author_id, 'sql', id, "
        + "'other', 'deep' FROM comments WHERE id = '" + reply + "'"));
    assertEquals(2, count("SELECT count(*) FROM comments WHERE proposal_id = '" + round.proposalId() + "'"));
  }

  @Test
  void meTooCountsOncePerPersonAndNotForYourOwnComment() {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    String author = round.person();
    String id = round.comment(author, "Workers will have more to do.");
    String ben = round.person();
    HttpResult first = app.api().post("/api/v1/comments/" + id + "/endorse", ben, null);
    assertEquals(200, first.status(), first.toString());
    assertEquals(1, first.json().getInteger("endorsements"));
    assertTrue(first.json().getBoolean("endorsedByMe"));
    HttpResult again = app.api().post("/api/v1/comments/" + id + "/endorse", ben, new JsonObject());
    assertEquals(200, again.status(), "repeating is harmless");
    assertEquals(1, again.json().getInteger("endorsements"));
    assertEquals(2, app.api().post("/api/v1/comments/" + id + "/endorse", round.person(), null).json()
        .getInteger("endorsements"));
    HttpResult own = app.api().post("/api/v1/comments/" + id + "/endorse", author, null);
    assertEquals(409, own.status());
    assertEquals("own_comment", own.json().getJsonObject("error").getString("code"));
    assertEquals(2, round.list(author).json().getJsonArray("comments").getJsonObject(0).getInteger("endorsements"));
    assertEquals(404, app.api().post("/api/v1/comments/" + UUID.randomUUID() + "/endorse", ben, null).status());
  }

  @Test
  void aFlagIsRecordedOncePerPersonAndReachesTheModerationQueue() {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    String id = round.comment(round.person(), "My neighbour at 12 Oak Street does this.");
    String ben = round.person();
    HttpResult flagged = app.api().post("/api/v1/comments/" + id + "/flag", ben,
        new JsonObject().put("reason", "It says where someone lives."));
    assertEquals(200, flagged.status(), flagged.toString());
    assertTrue(flagged.json().getBoolean("flaggedByMe"));
    assertEquals(200, app.api().post("/api/v1/comments/" + id + "/flag", ben, new JsonObject().put("reason", "again")).status());
    assertEquals(200, app.api().post("/api/v1/comments/" + id + "/flag", round.person(), null).status());
    assertEquals(400, app.api().post("/api/v1/comments/" + id + "/flag", ben, new JsonObject().put("why", "x")).status());

    HttpResult queue = app.api().get("/api/v1/rounds/" + round.roundId() + "/moderation", app.token(Role.FACILITATOR));
    assertEquals(200, queue.status(), queue.toString());
    JsonObject item = queue.json().getJsonArray("comments").getJsonObject(0);
    assertEquals(id, item.getString("id"));
    assertEquals(2, item.getInteger("flags"));
    assertTrue(item.getBoolean("pending"));
    assertEquals(new JsonArray().add("It says where someone lives."), item.getJsonArray("flagReasons"));
    assertEquals(403, app.api().get("/api/v1/rounds/" + round.roundId() + "/moderation", app.token(Role.DEVELOPER)).status());

    HttpResult kept = app.api().post("/api/v1/comments/" + id + "/keep", app.token(Role.FACILITATOR), null);
    assertEquals(200, kept.status(), kept.toString());
    assertFalse(kept.json().getBoolean("hidden"));
    JsonObject looked = app.api().get("/api/v1/rounds/" + round.roundId() + "/moderation", app.token(Role.FACILITATOR))
        .json().getJsonArray("comments").getJsonObject(0);
    assertFalse(looked.getBoolean("pending"), "looked at, left as it is");
    assertEquals(2, looked.getInteger("flags"), "the flags stay on record");
    assertEquals("comment.kept", app.api().get("/api/v1/audit", app.token(Role.ADMIN)).json().getJsonArray("entries")
        .getJsonObject(0).getString("action"));
  }

  @Test
  void staffHideWithAReasonOnlyTheAuthorSeesAndUnhideBothAudited() {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    String author = round.person();
    String other = round.person();
    String id = round.comment(author, "Something rude.");
    round.reply(other, id, "A reply to it.");

    HttpResult noReason = round.hide(id, " ");
    assertEquals(400, noReason.status());
    assertTrue(fields(noReason).containsKey("reason"));
    HttpResult hidden = round.hide(id, "It is unkind to a worker");
    assertEquals(200, hidden.status(), hidden.toString());
    assertTrue(hidden.json().getBoolean("hidden"));

    JsonArray seenByOther = round.list(other).json().getJsonArray("comments");
    assertEquals(1, seenByOther.size(), "others no longer see it, only the reply");
    assertFalse(seenByOther.encode().contains("unkind"), "the reason is for the author only");
    JsonObject seenByAuthor = round.list(author).json().getJsonArray("comments").getJsonObject(0);
    assertTrue(seenByAuthor.getBoolean("hidden"));
    assertEquals("It is unkind to a worker", seenByAuthor.getString("hiddenReason"));
    JsonArray seenByStaff = round.list(app.token(Role.ADMIN)).json().getJsonArray("comments");
    assertEquals(2, seenByStaff.size());
    assertEquals(404, app.api().post("/api/v1/comments/" + id + "/endorse", other, null).status(),
        "a hidden comment is not there for others");

    HttpResult shown = app.api().post("/api/v1/comments/" + id + "/unhide", app.token(Role.ADMIN), null);
    assertEquals(200, shown.status(), shown.toString());
    assertFalse(shown.json().getBoolean("hidden"));
    assertEquals(2, round.list(other).json().getJsonArray("comments").size());

    JsonArray audit = app.api().get("/api/v1/audit", app.token(Role.ADMIN)).json().getJsonArray("entries");
    List<String> actions = new ArrayList<>();
    for (int i = 0; i < audit.size(); i++) {
      JsonObject entry = audit.getJsonObject(i);
      if (id.equals(entry.getString("recordId"))) {
        actions.add(entry.getString("action"));
        if (entry.getString("action").equals("comment.hidden")) {
          assertEquals("It is unkind to a worker", entry.getJsonObject("details").getString("reason"));
          assertEquals("facilitator", entry.getString("role"));
        }
      }
    }
    assertEquals(List.of("comment.unhidden", "comment.hidden"), actions, "newest first");
    assertEquals(404, app.api().post("/api/v1/comments/" + UUID.randomUUID() + "/hide", app.token(Role.ADMIN),
        new JsonObject().put("reason", "x")).status());
  }

  @Test
  void aClosedRoundRefusesCommentsMeTooAndFlagsWith409() {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    String ana = round.person();
    String ben = round.person();
    String id = round.comment(ana, "Before the end.");
    round.close();
    HttpResult post = round.post(ben, "late", new JsonObject().put("body", "Too late?").put("topic", "other"));
    assertEquals(409, post.status(), post.toString());
    assertEquals("round_closed", post.json().getJsonObject("error").getString("code"));
    assertEquals(409, app.api().post("/api/v1/comments/" + id + "/endorse", ben, null).status());
    assertEquals(409, app.api().post("/api/v1/comments/" + id + "/flag", ben, null).status());
    assertEquals(200, round.list(ben).status(), "what was said can still be read");
  }

  @Test
  void draftsAndOtherRoundsProposalsAreNotThere() {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    String token = round.person();
    JsonObject body = new JsonObject().put("body", "Hi").put("topic", "other");
    CommentFixtures draft = new CommentFixtures(app, round.roundId(), Fixtures.draftProposal(app, round.roundId()));
    assertEquals(404, draft.post(token, "draft", body).status());
    assertEquals(404, draft.list(token).status());

    CommentFixtures elsewhere = CommentFixtures.openRoundWithProposal(app);
    String theirs = elsewhere.comment(elsewhere.person(), "In another round.");
    assertEquals(404, elsewhere.post(token, "other", body).status());
    assertEquals(404, elsewhere.list(token).status());
    assertEquals(404, app.api().post("/api/v1/comments/" + theirs + "/endorse", token, null).status());
    assertEquals(404, app.api().post("/api/v1/comments/" + theirs + "/flag", token, null).status());
    assertEquals(403, round.list(app.token(Role.DEVELOPER)).status(), "developers never see who said what");
  }

  @Test
  void aWithdrawnPersonsTokenIs401AndTheirCommentsStayAsWithdrawnParticipant() {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    String leaver = round.person();
    String stayer = round.person();
    String id = round.comment(leaver, "I said this before I left.");
    String stayerComment = round.comment(stayer, "I stay.");
    assertEquals(200, app.api().post("/api/v1/comments/" + stayerComment + "/endorse", leaver, null).status());
    assertEquals(200, app.api().post("/api/v1/me/withdraw", leaver, new JsonObject().put("confirm", true)).status());

    assertEquals(401, round.post(leaver, "after", new JsonObject().put("body", "Hi").put("topic", "other")).status());
    assertEquals(401, round.list(leaver).status());
    assertEquals(401, app.api().post("/api/v1/comments/" + stayerComment + "/endorse", leaver, null).status());

    JsonArray comments = round.list(stayer).json().getJsonArray("comments");
    JsonObject theirs = comments.getJsonObject(0);
    assertEquals(id, theirs.getString("id"));
    assertEquals("I said this before I left.", theirs.getString("body"), "the words stay");
    assertNull(theirs.getString("author"));
    assertTrue(theirs.getBoolean("authorWithdrawn"));
    assertFalse(theirs.encode().contains("pseudonym"));
    assertEquals(0, comments.getJsonObject(1).getInteger("endorsements"), "their me-too left the open round");
    assertEquals(1, count("SELECT count(*) FROM comments c JOIN participants p ON p.id = c.author_id "
        + "WHERE c.id = '" + id + "' AND p.withdrawn_at IS NOT NULL AND NOT p.consent_quote"),
        "a summary can tell it must never be quoted");
  }

  @Test
  void aParticipantWhoHasNotConsentedCannotComment() {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    HttpResult joined = app.api().post("/api/v1/auth/participant", null,
        new JsonObject().put("code", Participants.code(app, round.roundId())));
    String token = joined.json().getString("token");
    HttpResult post = round.post(token, "k", new JsonObject().put("body", "Hi").put("topic", "other"));
    assertEquals(409, post.status(), post.toString());
    assertEquals("consent_needed", post.json().getJsonObject("error").getString("code"));
  }

  private static JsonObject fields(HttpResult result) {
    return result.json().getJsonObject("error").getJsonObject("fields");
  }

  private static long count(String sql) {
    DatabaseAddress db = app.database();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
         ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void execute(String sql) throws SQLException {
    DatabaseAddress db = app.database();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
      c.createStatement().execute(sql);
    }
  }
}
