package org.roundtable.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** Voting, tallies and statements through the JSON API, against the real server and database. */
class VotingApiTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void voteCanBeChangedUntilRoundClosesAndRepeatingChangesNothing() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String me = Voters.one(app, roundId);

    HttpResult first = Voters.vote(app, me, proposalId, "not_yet");
    assertEquals(200, first.status(), first.toString());
    assertEquals("not_yet", first.json().getString("choice"));
    assertEquals(200, Voters.vote(app, me, proposalId, "not_yet").status());
    assertEquals(1, tally(proposalId).getInteger("total"));
    assertEquals(1, tally(proposalId).getJsonObject("choices").getInteger("not_yet"));

    assertEquals(200, Voters.vote(app, me, proposalId, "do_not_build").status());
    JsonObject changed = tally(proposalId);
    assertEquals(1, changed.getInteger("total"));
    assertEquals(0, changed.getJsonObject("choices").getInteger("not_yet"));
    assertEquals(1, changed.getJsonObject("choices").getInteger("do_not_build"));

    Voters.close(app, roundId);
    HttpResult afterClose = Voters.vote(app, me, proposalId, "go_ahead");
    assertEquals(409, afterClose.status(), afterClose.toString());
    assertEquals("round_closed", afterClose.json().getJsonObject("error").getString("code"));
    assertEquals(1, tally(proposalId).getJsonObject("choices").getInteger("do_not_build"));
  }

  @Test
  void changesSentAtOnceBySomeoneAreNeverMistakenForAClosedRound() throws Exception {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String token = Voters.one(app, roundId);
    List<String> choices = List.of("go_ahead", "not_yet", "do_not_build", "go_ahead_with_changes");
    ExecutorService phones = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpResult>> sent = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String choice = choices.get(i % choices.size());
        sent.add(phones.submit(() -> Voters.vote(app, token, proposalId, choice)));
      }
      for (Future<HttpResult> answer : sent) {
        assertEquals(200, answer.get().status(), answer.get().toString());
      }
    } finally {
      phones.shutdown();
    }
    assertEquals(1, Voters.tally(app, token, proposalId).json().getInteger("total"), "still one vote");
  }

  @Test
  void tallyAlwaysNamesAllFourAnswersWithSharesThatAddUp() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    JsonObject empty = tally(proposalId);
    assertEquals(0, empty.getInteger("total"));
    assertEquals(4, empty.getJsonObject("choices").size());
    for (String choice : Choice.WIRE) {
      assertEquals(0, empty.getJsonObject("choices").getInteger(choice));
    }
    var voters = Voters.join(app, roundId, 3);
    Voters.vote(app, voters.get(0), proposalId, "go_ahead");
    Voters.vote(app, voters.get(1), proposalId, "go_ahead");
    Voters.vote(app, voters.get(2), proposalId, "not_yet");
    JsonObject three = tally(proposalId);
    assertEquals(3, three.getInteger("total"));
    assertEquals(67, three.getJsonObject("percent").getInteger("go_ahead"));
    assertEquals(33, three.getJsonObject("percent").getInteger("not_yet"));
    for (Role staff : Role.STAFF) {
      assertEquals(200, Voters.tally(app, app.token(staff), proposalId).status(), staff.wire());
    }
  }

  @Test
  void participantSeesTheTallyOnlyAfterVoting() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String me = Voters.one(app, roundId);
    HttpResult before = Voters.tally(app, me, proposalId);
    assertEquals(403, before.status(), before.toString());
    assertEquals("vote_first", before.json().getJsonObject("error").getString("code"));
    Voters.vote(app, me, proposalId, "go_ahead_with_changes");
    HttpResult after = Voters.tally(app, me, proposalId);
    assertEquals(200, after.status(), after.toString());
    assertEquals(1, after.json().getJsonObject("choices").getInteger("go_ahead_with_changes"));
  }

  @Test
  void aRoundMayShowTheTallyBeforeVoting() {
    JsonObject round = Fixtures.roundJson().put("showTallyBeforeVoting", true);
    HttpResult created = app.api().post("/api/v1/rounds", app.token(Role.FACILITATOR), round);
    assertEquals(201, created.status(), created.toString());
    assertEquals(true, created.json().getBoolean("showTallyBeforeVoting"));
    String roundId = created.json().getString("id");
    app.api().post("/api/v1/rounds/" + roundId + "/status", app.token(Role.FACILITATOR),
        new JsonObject().put("status", "open"));
    String proposalId = Fixtures.publishedProposal(app, roundId);
    assertEquals(200, Voters.tally(app, Voters.one(app, roundId), proposalId).status());
    assertEquals(false, app.api().get("/api/v1/rounds/" + Fixtures.round(app), app.token(Role.FACILITATOR))
        .json().getBoolean("showTallyBeforeVoting"));
  }

  @Test
  void unknownChoiceIsAFieldError() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    HttpResult result = Voters.vote(app, Voters.one(app, roundId), proposalId, "maybe");
    assertEquals(400, result.status(), result.toString());
    assertTrue(result.json().getJsonObject("error").getJsonObject("fields").containsKey("choice"));
    HttpResult missing = app.api().put("/api/v1/proposals/" + proposalId + "/vote", Voters.one(app, roundId),
        new JsonObject());
    assertEquals(400, missing.status(), missing.toString());
  }

  @Test
  void votingOnADraftOfYourRoundIsAConflict() {
    String roundId = Participants.openRound(app);
    String draft = Fixtures.draftProposal(app, roundId);
    HttpResult result = Voters.vote(app, Voters.one(app, roundId), draft, "go_ahead");
    assertEquals(409, result.status(), result.toString());
    assertEquals("proposal_not_published", result.json().getJsonObject("error").getString("code"));
    assertEquals(404, Voters.tally(app, Voters.one(app, roundId), draft).status());
  }

  @Test
  void anotherRoundsProposalIsNotFound() {
    String mine = Participants.openRound(app);
    String theirs = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, theirs);
    String me = Voters.one(app, mine);
    assertEquals(404, Voters.vote(app, me, proposalId, "go_ahead").status());
    assertEquals(404, Voters.tally(app, me, proposalId).status());
    assertEquals(404, app.api().get("/api/v1/proposals/" + proposalId + "/statements", me).status());
    assertEquals(404, Voters.vote(app, me, "not-an-id", "go_ahead").status());
  }

  @Test
  void aWithdrawnParticipantsTokenIsRefused() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String me = Voters.one(app, roundId);
    assertEquals(200, app.api().post("/api/v1/me/withdraw", me, new JsonObject().put("confirm", true)).status());
    assertEquals(401, Voters.vote(app, me, proposalId, "go_ahead").status());
    assertEquals(401, Voters.tally(app, me, proposalId).status());
  }

  @Test
  void staffWriteStatementsAndParticipantsAnswerThem() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String statementId = Voters.statement(app, proposalId, "The tool should never decide alone.");
    var voters = Voters.join(app, roundId, 2);
    assertEquals(200, answer(voters.get(0), statementId, "agree").status());
    assertEquals(200, answer(voters.get(0), statementId, "agree").status());
    assertEquals(200, answer(voters.get(1), statementId, "unsure").status());
    assertEquals(200, answer(voters.get(1), statementId, "disagree").status());

    JsonObject staffView = app.api().get("/api/v1/proposals/" + proposalId + "/statements",
        app.token(Role.FACILITATOR)).json().getJsonArray("statements").getJsonObject(0);
    assertEquals("The tool should never decide alone.", staffView.getString("text"));
    JsonObject tally = staffView.getJsonObject("tally");
    assertEquals(2, tally.getInteger("total"));
    assertEquals(1, tally.getJsonObject("answers").getInteger("agree"));
    assertEquals(1, tally.getJsonObject("answers").getInteger("disagree"));
    assertEquals(0, tally.getJsonObject("answers").getInteger("unsure"));

    JsonObject mine = app.api().get("/api/v1/proposals/" + proposalId + "/statements", voters.get(1))
        .json().getJsonArray("statements").getJsonObject(0);
    assertEquals("disagree", mine.getString("myAnswer"));
    assertNull(mine.getJsonObject("tally"));
    String other = Voters.one(app, roundId);
    assertNull(app.api().get("/api/v1/proposals/" + proposalId + "/statements", other)
        .json().getJsonArray("statements").getJsonObject(0).getString("myAnswer"));

    HttpResult bad = answer(voters.get(0), statementId, "perhaps");
    assertEquals(400, bad.status(), bad.toString());
    assertEquals(404, answer(voters.get(0), "00000000-0000-0000-0000-000000000000", "agree").status());
    HttpResult byParticipant = app.api().post("/api/v1/proposals/" + proposalId + "/statements", voters.get(0),
        new JsonObject().put("text", "Mine"));
    assertEquals(403, byParticipant.status());
    HttpResult empty = app.api().post("/api/v1/proposals/" + proposalId + "/statements", app.token(Role.FACILITATOR),
        new JsonObject().put("text", " "));
    assertEquals(400, empty.status(), empty.toString());

    Voters.close(app, roundId);
    HttpResult closed = answer(voters.get(0), statementId, "disagree");
    assertEquals(409, closed.status(), closed.toString());
    HttpResult addAfterClose = app.api().post("/api/v1/proposals/" + proposalId + "/statements",
        app.token(Role.FACILITATOR), new JsonObject().put("text", "Too late"));
    assertEquals(409, addAfterClose.status(), addAfterClose.toString());
  }

  @Test
  void addingAStatementIsAudited() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String statementId = Voters.statement(app, proposalId, "Workers can always override the score.");
    HttpResult audit = app.api().get("/api/v1/audit", app.token(Role.ADMIN));
    assertEquals(200, audit.status(), audit.toString());
    assertTrue(audit.body().contains("statement.created") && audit.body().contains(statementId), audit.toString());
  }

  @Test
  void statementsOfAnotherRoundCannotBeAnswered() {
    String theirs = Participants.openRound(app);
    String statementId = Voters.statement(app, Fixtures.publishedProposal(app, theirs), "Fair enough.");
    String me = Voters.one(app, Participants.openRound(app));
    assertEquals(404, answer(me, statementId, "agree").status());
  }

  private static HttpResult answer(String token, String statementId, String answer) {
    return app.api().put("/api/v1/statements/" + statementId + "/response", token,
        new JsonObject().put("answer", answer));
  }

  private static JsonObject tally(String proposalId) {
    HttpResult result = Voters.tally(app, app.token(Role.FACILITATOR), proposalId);
    assertEquals(200, result.status(), result.toString());
    return result.json();
  }
}
