package org.roundtable.summaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.PageClient;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** The summary pages without JavaScript: staff write and publish, developers answer, participants read back. */
class SummaryPagesTest {
  @RegisterExtension
  static final TestApp app = new TestApp();
  private final SummaryFixtures f = new SummaryFixtures(app);

  @Test
  void staffWriteAFindingWithItsCommentAndPublishItFromThePage() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String author = f.person(roundId, "community", true);
    String comment = f.comment(author, proposalId, "workload", "Too many forms already.");
    f.endorse(f.person(roundId, "frontline", false), comment);
    PageClient staff = app.pagesAs(Role.FACILITATOR);
    String page = "/staff/rounds/" + roundId + "/summary";
    HttpResult shown = staff.get(page);
    assertEquals(200, shown.status());
    assertTrue(shown.body().contains("Too many forms already."), shown.body());

    HttpResult empty = staff.submit(page, "/staff/rounds/" + roundId + "/findings", Map.of("proposalId", proposalId));
    assertEquals(400, empty.status());
    assertTrue(empty.body().contains("id=\"f-text-error\""), empty.body());

    HttpResult added = staff.submit(page, "/staff/rounds/" + roundId + "/findings", Map.of("proposalId", proposalId,
        "text", "People say the tool adds forms.", "comment." + comment, "yes"));
    assertEquals(303, added.status(), added.toString());
    HttpResult published = staff.submit(page, "/staff/rounds/" + roundId + "/summaries", Map.of());
    assertEquals(303, published.status(), published.toString());
    assertEquals("/staff/rounds/" + roundId + "/summaries/1", published.header("Location"));
    HttpResult version = staff.follow(published);
    assertTrue(version.body().contains("People say the tool adds forms."), version.body());
    assertTrue(version.body().contains(".md"));
    var finding = f.summary(roundId, Role.DEVELOPER).getJsonArray("findings").getJsonObject(0);
    assertEquals(comment, finding.getJsonArray("evidence").getJsonObject(0).getString("commentId"));
    assertEquals("Too many forms already.", finding.getJsonArray("evidence").getJsonObject(0).getString("body"));
  }

  @Test
  void developerAnswersOnThePageAndTheParticipantSeesTheNoticeOnceThenTheAnswer() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    PageClient person = Participants.browser(app, Participants.code(app, roundId));
    String finding = f.finding(roundId, proposalId, "People want to know when the score is used.", List.of());
    f.publish(roundId);
    assertFalse(person.get("/home").body().contains("/you-said-we-did\">Read"), "no answer yet");
    HttpResult before = person.get("/you-said-we-did");
    assertTrue(before.body().contains("No answer yet."), before.body());

    PageClient developer = app.pagesAs(Role.DEVELOPER);
    HttpResult list = developer.get("/staff/findings");
    assertTrue(list.body().contains("/staff/findings/" + finding), list.body());
    String page = "/staff/findings/" + finding;
    HttpResult missing = developer.submit(page, page + "/responses", Map.of("explanation", "x"));
    assertEquals(400, missing.status());
    assertTrue(missing.body().contains("id=\"f-decision-error\""), missing.body());
    HttpResult answered = developer.submit(page, page + "/responses",
        Map.of("decision", "will_change", "explanation", "We will show a notice on every letter."));
    assertEquals(303, answered.status(), answered.toString());
    assertTrue(developer.follow(answered).body().contains("We will show a notice on every letter."));
    assertEquals(403, app.pagesAs(Role.FACILITATOR).submit(page, page + "/responses",
        Map.of("decision", "will_change", "explanation", "x")).status());

    HttpResult home = person.get("/home");
    assertTrue(home.body().contains("There is a new answer"), home.toString());
    HttpResult after = person.get("/you-said-we-did");
    assertTrue(after.body().contains("We will show a notice on every letter."), after.body());
    assertFalse(person.get("/home").body().contains("There is a new answer"), "seen, so the notice is gone");
  }

  @Test
  void anOverdueFindingShowsAsLateToParticipants() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    PageClient person = Participants.browser(app, Participants.code(app, roundId));
    String finding = f.finding(roundId, proposalId, "People ask who checks the score.", List.of());
    f.publish(roundId);
    f.sql("UPDATE findings SET first_published_at = now() - interval '40 days' WHERE id = '" + finding + "'");
    HttpResult page = person.get("/you-said-we-did");
    assertTrue(page.body().contains("The answer is late."), page.body());
    assertTrue(app.pagesAs(Role.DEVELOPER).get("/staff/findings").body().contains("Overdue"));
  }

  @Test
  void aBadWebhookShowsItsErrorsAndNeverEchoesTheSecret() {
    PageClient admin = app.pagesAs(Role.ADMIN);
    HttpResult bad = admin.submit("/staff/webhooks", "/staff/webhooks",
        Map.of("url", "not a url", "secret", "short-secret"));
    assertEquals(400, bad.status());
    assertTrue(bad.body().contains("id=\"f-url-error\""), bad.body());
    assertTrue(bad.body().contains("id=\"f-secret-error\""), bad.body());
    assertFalse(bad.body().contains("short-secret"));
    HttpResult good = admin.submit("/staff/webhooks", "/staff/webhooks",
        Map.of("url", "https://hooks.example/roundtable", "secret", "a long enough secret value"));
    assertEquals(303, good.status(), good.toString());
    HttpResult list = admin.follow(good);
    assertTrue(list.body().contains("https://hooks.example/roundtable"));
    assertFalse(list.body().contains("a long enough secret value"));
  }

  @Test
  void aRoundWithAPublicOutcomeShowsFindingsAndAnswersToAnyoneWithTheLinkOnly() {
    HttpResult made = app.api().post("/api/v1/rounds", app.token(Role.FACILITATOR),
        Fixtures.roundJson().put("publicOutcome", true));
    assertEquals(201, made.status(), made.toString());
    assertTrue(made.json().getBoolean("publicOutcome"));
    String roundId = made.json().getString("id");
    app.api().post("/api/v1/rounds/" + roundId + "/status", app.token(Role.FACILITATOR),
        new io.vertx.core.json.JsonObject().put("status", "open"));
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String voter = f.person(roundId, "frontline", true);
    String pseudonym = app.api().get("/api/v1/me", voter).json().getString("pseudonym");
    String finding = f.finding(roundId, proposalId, "Workers want to override the score.", List.of(
        f.comment(voter, proposalId, "workload", "Let me override it.")));
    f.publish(roundId);
    f.answer(finding, "will_change", "Workers will be able to override every score.");

    String staffPage = app.pagesAs(Role.FACILITATOR).get("/staff/rounds/" + roundId + "/summary").body();
    java.util.regex.Matcher link = java.util.regex.Pattern.compile("/outcome/[0-9a-f]{64}").matcher(staffPage);
    assertTrue(link.find(), staffPage);
    HttpResult outcome = app.pages().get(link.group());
    assertEquals(200, outcome.status(), outcome.toString());
    assertTrue(outcome.body().contains("Workers will be able to override every score."));
    assertFalse(outcome.body().contains(pseudonym));
    assertEquals(404, app.pages().get("/outcome/" + "0".repeat(64)).status());

    f.sql("UPDATE rounds SET public_outcome = false WHERE id = '" + roundId + "'");
    assertEquals(404, app.pages().get(link.group()).status(), "private again: the link stops working");
  }
}
