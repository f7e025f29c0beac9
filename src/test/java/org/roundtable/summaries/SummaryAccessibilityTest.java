package org.roundtable.summaries;

import static org.roundtable.support.Chromium.assertAccessibleEverywhere;
import static org.roundtable.support.Chromium.assertAccessibleEverywhereAfter;
import static org.roundtable.support.Chromium.assertAccessibleEverywhereAs;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Chromium;
import org.roundtable.support.Fixtures;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** Every summaries page with axe, at phone and desktop size, in English and Spanish. */
class SummaryAccessibilityTest {
  @RegisterExtension
  static final TestApp app = new TestApp();
  private static String roundId;
  private static String answered;
  private static String waiting;
  private static String participantCode;

  @BeforeAll
  static void aRoundWithFiguresFindingsAndAnAnswer() {
    SummaryFixtures f = new SummaryFixtures(app);
    roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    List<String> community = f.people(roundId, "community", 5);
    List<String> frontline = f.people(roundId, "frontline", 5);
    for (int i = 0; i < 5; i++) {
      f.vote(community.get(i), proposalId, "go_ahead");
      f.vote(frontline.get(i), proposalId, i < 4 ? "do_not_build" : "not_yet");
    }
    String quoted = f.person(roundId, "community", true);
    String comment = f.comment(quoted, proposalId, "workload", "It adds typing I have no time for.");
    String unquoted = f.comment(frontline.get(0), proposalId, "privacy", "My manager would know.");
    f.endorse(community.get(0), comment);
    f.endorse(community.get(1), unquoted);
    answered = f.finding(roundId, proposalId, "Frontline workers say it adds data entry.", List.of(comment, unquoted));
    waiting = f.finding(roundId, proposalId, "People ask who checks the score.", List.of());
    f.publish(roundId);
    f.answer(answered, "will_change", "We will cut the form to three fields.");
    f.sql("UPDATE findings SET first_published_at = now() - interval '40 days' WHERE id = '" + waiting + "'");
    app.api().post("/api/v1/webhooks", app.token(Role.ADMIN),
        new JsonObject().put("url", "http://localhost:9/nobody").put("secret", "a secret of sixteen or more"));
    f.publish(roundId);
    participantCode = f.codes.get(0);
  }

  @Test
  void buildPage() {
    assertAccessibleEverywhere(app, Role.FACILITATOR, "/staff/rounds/" + roundId + "/summary");
  }

  @Test
  void buildPageWithAnError() {
    assertAccessibleEverywhereAfter(app, page -> {
      Chromium.signIn(app, page, Role.FACILITATOR);
      page.navigate(app.base() + "/staff/rounds/" + roundId + "/summary");
      page.click("form[action$='/findings'] button[type=submit]");
      page.waitForSelector("#f-text-error");
    });
  }

  @Test
  void versionPage() {
    assertAccessibleEverywhere(app, Role.DEVELOPER, "/staff/rounds/" + roundId + "/summaries/2");
  }

  @Test
  void findingsToAnswer() {
    assertAccessibleEverywhere(app, Role.DEVELOPER, "/staff/findings");
  }

  @Test
  void answerFormWithAnError() {
    assertAccessibleEverywhereAfter(app, page -> {
      Chromium.signIn(app, page, Role.DEVELOPER);
      page.navigate(app.base() + "/staff/findings/" + waiting);
      page.click("form[action$='/responses'] button[type=submit]");
      page.waitForSelector("#f-decision-error");
    });
  }

  @Test
  void answeredFinding() {
    assertAccessibleEverywhere(app, Role.DEVELOPER, "/staff/findings/" + answered);
  }

  @Test
  void webhooksPage() {
    assertAccessibleEverywhere(app, Role.ADMIN, "/staff/webhooks");
  }

  @Test
  void youSaidWeDidWithAnAnswerAndAnOverdueFinding() {
    assertAccessibleEverywhereAs(app, Participants.signIn(app, participantCode), "/you-said-we-did");
  }

  @Test
  void publicOutcomePage() {
    new SummaryFixtures(app).sql("UPDATE rounds SET public_outcome = true WHERE id = '" + roundId + "'");
    String staffPage = app.pagesAs(Role.FACILITATOR).get("/staff/rounds/" + roundId + "/summary").body();
    java.util.regex.Matcher link = java.util.regex.Pattern.compile("/outcome/[0-9a-f]{64}").matcher(staffPage);
    org.junit.jupiter.api.Assertions.assertTrue(link.find());
    assertAccessibleEverywhere(app, null, link.group());
  }

  @Test
  void homePageWithTheNewAnswerNotice() {
    assertAccessibleEverywhereAs(app, Participants.signIn(app, participantCode), "/home");
  }
}
