package org.roundtable.comments;

import static org.roundtable.support.Chromium.assertAccessibleEverywhere;
import static org.roundtable.support.Chromium.assertAccessibleEverywhereAfter;
import static org.roundtable.support.Chromium.assertAccessibleEverywhereAs;

import com.microsoft.playwright.Page;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** The comment pages with axe-core, at phone and desktop size, in English and Spanish. */
class CommentsAccessibilityTest {
  @RegisterExtension
  static final TestApp app = new TestApp();
  private static CommentFixtures round;
  private static Consumer<Page> signIn;
  private static String othersComment;

  /** A conversation worth looking at: comments, a reply, a "me too", a flag and the reader's own hidden comment. */
  @BeforeAll
  static void aProposalPeopleTalkedAbout() {
    round = CommentFixtures.openRoundWithProposal(app);
    String code = Participants.code(app, round.roundId());
    String reader = Participants.token(app, code);
    signIn = Participants.signIn(app, code);
    String ana = round.person();
    othersComment = round.comment(ana, "The score could be unfair to families who move a lot.\nWho checks it?");
    round.reply(round.person(), othersComment, "I agree. It should be checked by a person.");
    round.comment(round.person(), "Workers already have too much to do.");
    app.api().post("/api/v1/comments/" + othersComment + "/endorse", reader, null);
    String mine = round.comment(reader, "Something the staff will hide.");
    round.hide(mine, "It names a worker");
    app.api().post("/api/v1/comments/" + othersComment + "/flag", round.person(), null);
  }

  @Test
  void theProposalPageWithComments() {
    assertAccessibleEverywhereAs(app, signIn, "/proposals/" + round.proposalId());
  }

  @Test
  void theCommentsPageWithAnErrorShown() {
    assertAccessibleEverywhereAfter(app, signIn.andThen(page -> {
      page.navigate(app.base() + "/proposals/" + round.proposalId() + "/comments");
      page.click("form.comment-form button[type=submit]");
      page.waitForSelector("#f-body-error");
    }));
  }

  @Test
  void theReplyForm() {
    assertAccessibleEverywhereAs(app, signIn, "/comments/" + othersComment + "/reply");
  }

  @Test
  void tellingStaffAboutAComment() {
    assertAccessibleEverywhereAs(app, signIn, "/comments/" + othersComment + "/flag");
  }

  @Test
  void theModerationQueue() {
    assertAccessibleEverywhere(app, Role.FACILITATOR, "/staff/rounds/" + round.roundId() + "/moderation");
  }
}
