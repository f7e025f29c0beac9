package org.roundtable.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.PageClient;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** The ballot, statements, staff statements page and room view with JavaScript off: forms post and redirect. */
class VotingPagesTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void aParticipantVotesOnTheProposalPageAndSeesTheTallyAfterwards() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    PageClient browser = Participants.browser(app, Participants.code(app, roundId));
    String page = "/proposals/" + proposalId;

    HttpResult before = browser.get(page);
    assertEquals(200, before.status());
    assertTrue(before.body().contains("Should the agency go ahead?"), before.body());
    assertTrue(before.body().contains("You will see how others voted after you vote."));
    assertFalse(before.body().contains("data-tally="));

    HttpResult voted = browser.post(page + "/vote", Map.of("choice", "not_yet"), PageClient.csrfToken(before));
    assertEquals(303, voted.status(), voted.toString());
    HttpResult after = follow(browser, voted);
    assertTrue(after.body().contains("Your vote is saved. You can change it until the round closes."), after.body());
    assertTrue(after.body().contains("value=\"not_yet\" checked"), "the current choice is checked");
    assertTrue(after.body().contains("Your vote now: Not yet."));
    assertTrue(after.body().contains("data-tally=\"" + proposalId + "\""));
    assertTrue(after.body().contains("<td class=\"voting-tally__number\" data-total>1</td>"));
    assertTrue(after.body().contains("data-live-src=\"/proposals/" + proposalId + "/live\""));

    HttpResult changed = browser.post(page + "/vote", Map.of("choice", "go_ahead"), PageClient.csrfToken(after));
    assertTrue(follow(browser, changed).body().contains("value=\"go_ahead\" checked"));
    assertEquals(1, Voters.tally(app, app.token(Role.FACILITATOR), proposalId).json().getInteger("total"));
  }

  @Test
  void aBallotWithoutAChoiceSaysSoNextToTheQuestion() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    PageClient browser = Participants.browser(app, Participants.code(app, roundId));
    HttpResult page = browser.get("/proposals/" + proposalId);
    HttpResult none = browser.post("/proposals/" + proposalId + "/vote", Map.of(), PageClient.csrfToken(page));
    HttpResult shown = follow(browser, none);
    assertTrue(shown.body().contains("Please pick one answer, then save."), shown.body());
    HttpResult unknown = browser.post("/proposals/" + proposalId + "/vote", Map.of("choice", "maybe"),
        PageClient.csrfToken(page));
    assertTrue(follow(browser, unknown).body().contains("Please pick one answer, then save."));
  }

  @Test
  void aClosedRoundSaysVotesCanNoLongerChange() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    PageClient browser = Participants.browser(app, Participants.code(app, roundId));
    HttpResult page = browser.get("/proposals/" + proposalId);
    Voters.close(app, roundId);
    HttpResult late = browser.post("/proposals/" + proposalId + "/vote", Map.of("choice", "go_ahead"),
        PageClient.csrfToken(page));
    assertEquals(303, late.status(), late.toString());
    HttpResult shown = follow(browser, late);
    assertTrue(shown.body().contains("This round is closed. Your vote was not saved."), shown.body());
    assertFalse(shown.body().contains("action=\"/proposals/" + proposalId + "/vote\""), "no ballot form any more");
  }

  @Test
  void votingOnADraftOrAnotherRoundsProposalShowsAnErrorPage() {
    String roundId = Participants.openRound(app);
    String draft = Fixtures.draftProposal(app, roundId);
    String theirs = Fixtures.publishedProposal(app, Participants.openRound(app));
    PageClient browser = Participants.browser(app, Participants.code(app, roundId));
    String csrf = PageClient.csrfToken(browser.get("/home"));
    HttpResult onDraft = browser.post("/proposals/" + draft + "/vote", Map.of("choice", "go_ahead"), csrf);
    assertEquals(409, onDraft.status());
    assertTrue(onDraft.body().contains("This proposal is not open for voting yet."), onDraft.body());
    assertEquals(404, browser.post("/proposals/" + theirs + "/vote", Map.of("choice", "go_ahead"), csrf).status());
  }

  @Test
  void participantsAnswerStatementsOnTheSamePage() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String first = Voters.statement(app, proposalId, "Families should be told when the score is used.");
    String second = Voters.statement(app, proposalId, "The score will save staff time.");
    PageClient browser = Participants.browser(app, Participants.code(app, roundId));
    HttpResult page = browser.get("/proposals/" + proposalId);
    assertTrue(page.body().contains("<legend lang=\"en\">Families should be told when the score is used.</legend>"), page.body());
    HttpResult saved = browser.post("/proposals/" + proposalId + "/statements",
        Map.of("statement." + first, "agree", "statement." + second, "unsure"), PageClient.csrfToken(page));
    HttpResult shown = follow(browser, saved);
    assertTrue(shown.body().contains("Your answers are saved."), shown.body());
    assertTrue(shown.body().contains("name=\"statement." + first + "\" value=\"agree\" checked"));
    assertTrue(shown.body().contains("name=\"statement." + second + "\" value=\"unsure\" checked"));
    HttpResult bad = browser.post("/proposals/" + proposalId + "/statements",
        Map.of("statement." + first, "strongly"), PageClient.csrfToken(shown));
    assertTrue(follow(browser, bad).body().contains("Please pick an answer for at least one sentence, then save."));
  }

  @Test
  void staffAddStatementsOnTheirPageAndSeeTheAnswers() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    PageClient staff = app.pagesAs(Role.FACILITATOR);
    String page = "/staff/proposals/" + proposalId + "/statements";
    assertTrue(staff.get("/staff/proposals/" + proposalId).body().contains("href=\"" + page + "\""));
    HttpResult empty = staff.submit(page, page, Map.of("text", ""));
    assertEquals(400, empty.status());
    assertTrue(empty.body().contains("error-summary"), empty.body());
    HttpResult added = staff.submit(page, page, Map.of("text", "Staff should check every high score."));
    assertEquals(303, added.status(), added.toString());
    String statementId = app.api().get("/api/v1/proposals/" + proposalId + "/statements", app.token(Role.ADMIN))
        .json().getJsonArray("statements").getJsonObject(0).getString("id");
    app.api().put("/api/v1/statements/" + statementId + "/response", Voters.one(app, roundId),
        new io.vertx.core.json.JsonObject().put("answer", "disagree"));
    HttpResult shown = follow(staff, added);
    assertTrue(shown.body().contains("Staff should check every high score."), shown.body());
    assertTrue(shown.body().contains("<td>1</td><td>100%</td>"), "one disagrees: number and share");
    HttpResult developer = app.pagesAs(Role.DEVELOPER).get(page);
    assertEquals(200, developer.status());
    assertFalse(developer.body().contains("Add the statement"), "developers only read");
  }

  @Test
  void theRoomViewShowsEachPublishedProposalsTallyLarge() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    Fixtures.draftProposal(app, roundId);
    Voters.vote(app, Voters.one(app, roundId), proposalId, "do_not_build");
    PageClient staff = app.pagesAs(Role.FACILITATOR);
    assertTrue(staff.get("/staff/rounds/" + roundId).body().contains("/staff/rounds/" + roundId + "/room"));
    HttpResult room = staff.get("/staff/rounds/" + roundId + "/room");
    assertEquals(200, room.status());
    assertTrue(room.body().contains("voting-tally--big"));
    assertEquals(1, room.body().split("data-tally=", -1).length - 1, "only the published proposal");
    assertTrue(room.body().contains("Do not build this"));
    assertTrue(room.body().contains("data-live-src=\"/staff/rounds/" + roundId + "/live\""));
    assertTrue(room.body().contains("No comments yet."));
    assertEquals(403, app.pagesAs(Role.DEVELOPER).get("/staff/rounds/" + roundId + "/room").status());
  }

  @Test
  void theRoundFormSetsWhetherTalliesShowBeforeVoting() {
    PageClient staff = app.pagesAs(Role.FACILITATOR);
    HttpResult created = staff.submit("/staff/rounds/new", "/staff/rounds/new", Map.of(
        "title", "Benefits letters", "purpose", "Decide on a tool that drafts letters.",
        "participationLevel", "consult", "decisionRule", "Advice only.", "pay.amount", "40",
        "pay.currency", "USD", "pay.per", "session", "responseDueDays", "30", "showTallyBeforeVoting", "on"));
    assertEquals(303, created.status(), created.toString());
    String roundId = created.header("Location").replaceAll("^/staff/rounds/([^?]+).*$", "$1");
    assertEquals(true, app.api().get("/api/v1/rounds/" + roundId, app.token(Role.ADMIN)).json()
        .getBoolean("showTallyBeforeVoting"));
    assertTrue(staff.get("/staff/rounds/" + roundId + "/edit").body().contains("name=\"showTallyBeforeVoting\" value=\"on\" aria-describedby=\"f-showTallyBeforeVoting-hint\" checked"));
  }

  private static HttpResult follow(PageClient browser, HttpResult redirect) {
    assertEquals(303, redirect.status(), redirect.toString());
    return browser.get(redirect.header("Location").split("#")[0]);
  }
}
