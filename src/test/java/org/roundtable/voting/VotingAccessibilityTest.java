package org.roundtable.voting;

import static org.roundtable.support.Chromium.assertAccessibleEverywhere;
import static org.roundtable.support.Chromium.assertAccessibleEverywhereAfter;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.BrowserContext;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Chromium;
import org.roundtable.support.Fixtures;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** The ballot on the proposal page (before and after voting, with an error), the room view and the statements page, with axe. */
class VotingAccessibilityTest {
  @RegisterExtension
  static final TestApp app = new TestApp();
  private static String roundId;
  private static String proposalId;

  @BeforeAll
  static void aProposalWithStatementsAndVotes() {
    roundId = Participants.openRound(app);
    proposalId = Fixtures.publishedProposal(app, roundId);
    Voters.statement(app, proposalId, "Families should be told when the score is used.");
    Voters.statement(app, proposalId, "The score will save staff time.");
    Voters.vote(app, Voters.one(app, roundId), proposalId, "go_ahead");
  }

  @Test
  void ballotBeforeVoting() {
    assertAccessibleEverywhereAfter(app, newParticipant().andThen(page -> page.navigate(proposalPage())));
  }

  @Test
  void ballotAfterVotingWithTheLiveTally() {
    assertAccessibleEverywhereAfter(app, newParticipant().andThen(page -> {
      page.navigate(proposalPage());
      page.check("#f-choice-not_yet");
      page.click("form[action$='/vote'] button[type=submit]");
      page.waitForSelector("[data-tally]");
    }));
  }

  @Test
  void ballotWithAnErrorShown() {
    assertAccessibleEverywhereAfter(app, newParticipant().andThen(page -> {
      page.navigate(proposalPage());
      page.click("form[action$='/vote'] button[type=submit]");
      page.waitForSelector("#f-choice-error");
    }));
  }

  @Test
  void theTallyOnThePageUpdatesByItselfWhenOthersVote() {
    try (BrowserContext context = Chromium.context(app, Chromium.VIEWPORTS.get(0), "en", true)) {
      Page page = context.newPage();
      newParticipant().accept(page);
      page.navigate(proposalPage());
      page.check("#f-choice-do_not_build");
      page.click("form[action$='/vote'] button[type=submit]");
      String before = page.textContent("[data-total]").strip();
      page.waitForTimeout(300);
      Voters.vote(app, Voters.one(app, roundId), proposalId, "do_not_build");
      String expected = String.valueOf(Integer.parseInt(before) + 1);
      page.waitForFunction("n => document.querySelector('[data-total]').textContent.trim() === n", expected,
          new Page.WaitForFunctionOptions().setTimeout(3000));
    }
  }

  @Test
  void roomView() {
    assertAccessibleEverywhere(app, Role.FACILITATOR, "/staff/rounds/" + roundId + "/room");
  }

  @Test
  void statementsStaffPage() {
    assertAccessibleEverywhere(app, Role.FACILITATOR, "/staff/proposals/" + proposalId + "/statements");
  }

  @Test
  void statementsStaffPageWithAnErrorShown() {
    assertAccessibleEverywhereAfter(app, page -> {
      Chromium.signIn(app, page, Role.FACILITATOR);
      page.navigate(app.base() + "/staff/proposals/" + proposalId + "/statements");
      page.click("form.form button[type=submit]");
      page.waitForSelector("#f-text-error");
    });
  }

  private static String proposalPage() {
    return app.base() + "/proposals/" + proposalId;
  }

  /** Each window is a new participant, so "before voting" really is before. */
  private static Consumer<Page> newParticipant() {
    return page -> Participants.signIn(app, Participants.code(app, roundId)).accept(page);
  }
}
