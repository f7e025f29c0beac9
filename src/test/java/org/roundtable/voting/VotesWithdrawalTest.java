package org.roundtable.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.roundtable.db.DatabaseAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.EventStreamClient;
import org.roundtable.support.Fixtures;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** Leaving takes a person's votes and answers out of rounds still running; closed rounds keep them on record. */
class VotesWithdrawalTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void withdrawingRemovesVotesAndAnswersFromAnOpenRoundAndTheLiveTallyFollows() throws Exception {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String statementId = Voters.statement(app, proposalId, "The score should be explained to families.");
    var voters = Voters.join(app, roundId, 2);
    Voters.vote(app, voters.get(0), proposalId, "go_ahead");
    Voters.vote(app, voters.get(1), proposalId, "do_not_build");
    answer(voters.get(0), statementId);

    try (EventStreamClient stream = EventStreamClient.open(app.base(), "/api/v1/proposals/" + proposalId + "/live",
        app.token(Role.FACILITATOR), null)) {
      assertEquals(2, stream.next(2000).json().getInteger("total"));
      withdraw(voters.get(0));
      assertNotNull(stream.await(e -> e.json().getInteger("total") == 1, 1000), "the tally drops at once");
    }
    JsonObject tally = staffTally(proposalId);
    assertEquals(0, tally.getJsonObject("choices").getInteger("go_ahead"));
    assertEquals(1, tally.getJsonObject("choices").getInteger("do_not_build"));
    assertEquals(0, statementTotal(proposalId));
  }

  @Test
  void aClosedRoundKeepsTheVotesOfSomeoneWhoLeavesLater() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String statementId = Voters.statement(app, proposalId, "Workers should be able to say no to the score.");
    String me = Voters.one(app, roundId);
    Voters.vote(app, me, proposalId, "not_yet");
    answer(me, statementId);
    Voters.close(app, roundId);
    withdraw(me);
    assertEquals(1, staffTally(proposalId).getJsonObject("choices").getInteger("not_yet"));
    assertEquals(1, statementTotal(proposalId));
  }

  @Test
  void aVoteIsRefusedByTheDatabaseWhenTheServerStillRemembersSomeoneWhoLeft() throws SQLException {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String statementId = Voters.statement(app, proposalId, "A person should read every flagged call.");
    String me = Voters.one(app, roundId);
    assertEquals(200, Voters.vote(app, me, proposalId, "not_yet").status(), "the server now remembers the token");
    // Leave behind the server's back: no change notice (as if it were lost), token kept.
    withoutChangeNotices("UPDATE participants SET withdrawn_at = now() WHERE id = (SELECT participant_id FROM"
        + " auth_tokens WHERE token_hash = sha256(convert_to('" + me + "', 'UTF8')))");

    assertEquals(401, Voters.vote(app, me, proposalId, "go_ahead").status(), "a new choice is refused");
    assertEquals(401, app.api().put("/api/v1/statements/" + statementId + "/response", me,
        new JsonObject().put("answer", "agree")).status(), "and so is an answer");
    assertEquals(1, staffTally(proposalId).getJsonObject("choices").getInteger("not_yet"));
    assertEquals(0, statementTotal(proposalId));
  }

  private static void withoutChangeNotices(String sql) throws SQLException {
    DatabaseAddress db = app.database();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
      c.setAutoCommit(false);
      c.createStatement().execute("SET LOCAL session_replication_role = replica"); // ordinary triggers do not fire
      c.createStatement().execute(sql);
      c.commit();
    }
  }

  private static void answer(String token, String statementId) {
    assertEquals(200, app.api().put("/api/v1/statements/" + statementId + "/response", token,
        new JsonObject().put("answer", "agree")).status());
  }

  private static void withdraw(String token) {
    assertEquals(200, app.api().post("/api/v1/me/withdraw", token, new JsonObject().put("confirm", true)).status());
  }

  private static JsonObject staffTally(String proposalId) {
    return Voters.tally(app, app.token(Role.FACILITATOR), proposalId).json();
  }

  private static int statementTotal(String proposalId) {
    return app.api().get("/api/v1/proposals/" + proposalId + "/statements", app.token(Role.FACILITATOR)).json()
        .getJsonArray("statements").getJsonObject(0).getJsonObject("tally").getInteger("total");
  }
}
