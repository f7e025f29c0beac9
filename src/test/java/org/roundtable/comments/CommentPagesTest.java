package org.roundtable.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.HttpResult;
import org.roundtable.support.PageClient;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** The comment pages without JavaScript: forms post, answer 303 and land on the comment. */
class CommentPagesTest {
  @RegisterExtension
  static final TestApp app = new TestApp();
  private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");

  @Test
  void aCommentFromTheProposalPageLandsOnTheCommentsPageOnceEvenWhenSentTwice() {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    PageClient browser = browser(round);
    HttpResult page = browser.get("/proposals/" + round.proposalId());
    assertEquals(200, page.status());
    assertTrue(page.body().contains("What people say"));
    String key = key(page);
    String csrf = PageClient.csrfToken(page);
    Map<String, String> form = Map.of("key", key, "topic", "privacy", "body", "Who can see my call records?");

    HttpResult first = browser.post("/proposals/" + round.proposalId() + "/comments", form, csrf);
    assertEquals(303, first.status(), first.toString());
    HttpResult again = browser.post("/proposals/" + round.proposalId() + "/comments", form, csrf);
    assertEquals(303, again.status(), "a double tap or a form sent again");
    assertEquals(first.header("Location"), again.header("Location"), "lands on the same comment");
    assertTrue(first.header("Location").matches("/proposals/" + round.proposalId() + "/comments\\?show=[0-9a-f-]{36}#comment-[0-9a-f-]{36}"),
        first.header("Location"));

    HttpResult comments = browser.follow(first);
    assertEquals(200, comments.status());
    assertTrue(comments.body().contains("Who can see my call records?"));
    assertTrue(comments.body().contains("Privacy and safety"));
    assertEquals(1, round.list(round.person()).json().getJsonArray("comments").size(), "posted once");
    assertFalse(key(comments).equals(key), "the next form has a fresh key");
  }

  @Test
  void aFormWithProblemsIsShownAgainWithWhatWasTyped() {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    PageClient browser = browser(round);
    String path = "/proposals/" + round.proposalId() + "/comments";
    HttpResult page = browser.get(path);
    String key = key(page);
    HttpResult empty = browser.post(path, Map.of("key", key, "topic", "fairness", "body", "  "), PageClient.csrfToken(page));
    assertEquals(400, empty.status());
    assertTrue(empty.body().contains("error-summary"));
    assertTrue(empty.body().contains("id=\"f-body-error\""));
    assertTrue(empty.body().contains("value=\"fairness\" checked"), "the topic they chose stays chosen");
    assertEquals(key, key(empty), "the same form, the same one-time key");

    String tooLong = "y".repeat(2001);
    HttpResult longOne = browser.post(path, Map.of("key", key, "topic", "nonsense", "body", tooLong), PageClient.csrfToken(page));
    assertEquals(400, longOne.status());
    assertTrue(longOne.body().contains("id=\"f-topic-error\""));
    assertTrue(longOne.body().contains(">" + tooLong + "</textarea>"), "what they typed is kept");
    assertEquals(0, round.list(round.person()).json().getJsonArray("comments").size());
  }

  @Test
  void repliesMeTooAndFlagsWorkAsPlainForms() {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    String parent = round.comment(round.person(), "Who fixes a wrong score?");
    PageClient browser = browser(round);
    String list = "/proposals/" + round.proposalId() + "/comments";

    HttpResult listPage = browser.get(list);
    assertTrue(listPage.body().contains("href=\"/comments/" + parent + "/reply\""));
    HttpResult replyPage = browser.get("/comments/" + parent + "/reply");
    assertEquals(200, replyPage.status());
    assertTrue(replyPage.body().contains("Who fixes a wrong score?"));
    HttpResult replied = browser.post(list, Map.of("key", key(replyPage), "topic", "reliability", "parentId", parent,
        "body", "A person should."), PageClient.csrfToken(replyPage));
    assertEquals(303, replied.status(), replied.toString());
    HttpResult afterReply = browser.follow(replied);
    assertTrue(afterReply.body().indexOf("A person should.") > afterReply.body().indexOf("Who fixes a wrong score?"),
        "the reply is under its comment");
    assertFalse(afterReply.body().contains("/comments/" + replyId(afterReply, parent) + "/reply"), "no replies to replies");

    HttpResult endorsed = browser.post("/comments/" + parent + "/endorse", Map.of("back", list), PageClient.csrfToken(listPage));
    assertEquals(303, endorsed.status(), endorsed.toString());
    assertEquals(list + "#comment-" + parent, endorsed.header("Location"));
    assertEquals(303, browser.post("/comments/" + parent + "/endorse", Map.of("back", list), PageClient.csrfToken(listPage)).status());
    HttpResult afterEndorse = browser.get(list);
    assertTrue(afterEndorse.body().contains("1 person said \"me too\"") || afterEndorse.body().contains("1 person said &quot;me too&quot;"),
        "counted once");
    assertTrue(afterEndorse.body().contains("You said"));

    HttpResult flagPage = browser.get("/comments/" + parent + "/flag?back=" + java.net.URLEncoder.encode(list, java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(200, flagPage.status());
    HttpResult flagged = browser.post("/comments/" + parent + "/flag", Map.of("back", list, "reason", "It blames a worker."),
        PageClient.csrfToken(flagPage));
    assertEquals(303, flagged.status(), flagged.toString());
    assertEquals(list + "?flagged=1#comment-" + parent, flagged.header("Location"));
    assertTrue(browser.follow(flagged).body().contains("Staff will look at the comment."));
    assertEquals(303, browser.post("/comments/" + parent + "/endorse", Map.of("back", "https://evil.example/"),
        PageClient.csrfToken(listPage)).status());
  }

  @Test
  void aClosedRoundShowsWhyAndNoForm() {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    String said = round.comment(round.person(), "Said while it was open.");
    PageClient browser = browser(round);
    HttpResult before = browser.get("/proposals/" + round.proposalId() + "/comments");
    round.close();
    for (String path : new String[] {"/proposals/" + round.proposalId(), "/proposals/" + round.proposalId() + "/comments"}) {
      HttpResult page = browser.get(path);
      assertEquals(200, page.status(), path);
      assertTrue(page.body().contains("This round has ended."), path);
      assertFalse(page.body().contains("name=\"body\""), "no comment form on " + path);
      assertFalse(page.body().contains("Me too"), "no me too on " + path);
      assertTrue(page.body().contains("Said while it was open."));
    }
    HttpResult flagPage = browser.get("/comments/" + said + "/flag");
    assertTrue(flagPage.body().contains("This round has ended."));
    assertFalse(flagPage.body().contains("name=\"reason\""), "no flag form");
    assertEquals(200, browser.get("/comments/" + said + "/reply").status());
    assertFalse(browser.get("/comments/" + said + "/reply").body().contains("name=\"body\""), "no reply form");
    HttpResult late = browser.post("/proposals/" + round.proposalId() + "/comments",
        Map.of("key", key(before), "topic", "other", "body", "Late"), PageClient.csrfToken(before));
    assertEquals(409, late.status());
    assertTrue(late.body().contains("This round has ended."));
  }

  @Test
  void anotherRoundsOrADraftProposalsCommentsAreNotFound() {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    CommentFixtures elsewhere = CommentFixtures.openRoundWithProposal(app);
    String theirs = elsewhere.comment(elsewhere.person(), "Elsewhere");
    PageClient browser = browser(round);
    assertEquals(404, browser.get("/proposals/" + elsewhere.proposalId() + "/comments").status());
    assertEquals(404, browser.get("/comments/" + theirs + "/reply").status());
    assertEquals(404, browser.get("/comments/" + theirs + "/flag").status());
    String draft = org.roundtable.support.Fixtures.draftProposal(app, round.roundId());
    assertEquals(404, browser.get("/proposals/" + draft + "/comments").status());
  }

  @Test
  void staffHideWithAReasonTheAuthorSeesAndOthersDoNot() {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    String code = Participants.code(app, round.roundId());
    PageClient author = Participants.browser(app, code);
    HttpResult page = author.get("/proposals/" + round.proposalId() + "/comments");
    HttpResult posted = author.post("/proposals/" + round.proposalId() + "/comments",
        Map.of("key", key(page), "topic", "workload", "body", "The night shift manager is lazy."), PageClient.csrfToken(page));
    String id = posted.header("Location").replaceAll(".*#comment-", "");
    PageClient other = browser(round);
    HttpResult flagPage = other.get("/comments/" + id + "/flag");
    assertEquals(303, other.post("/comments/" + id + "/flag", Map.of("reason", "It is about one person."),
        PageClient.csrfToken(flagPage)).status());

    PageClient staff = app.pagesAs(Role.FACILITATOR);
    String queue = "/staff/rounds/" + round.roundId() + "/moderation";
    HttpResult queuePage = staff.get(queue);
    assertEquals(200, queuePage.status());
    assertTrue(queuePage.body().contains("The night shift manager is lazy."));
    assertTrue(queuePage.body().contains("It is about one person."));
    assertTrue(queuePage.body().contains("New flag"));
    assertTrue(staff.get("/staff/rounds/" + round.roundId()).body().contains("href=\"" + queue + "\""), "linked from the round");

    HttpResult kept = staff.post("/staff/comments/" + id + "/keep", Map.of(), PageClient.csrfToken(queuePage));
    assertEquals(303, kept.status(), kept.toString());
    assertFalse(staff.follow(kept).body().contains("New flag"), "looked at");
    HttpResult noReason = staff.post("/staff/comments/" + id + "/hide", Map.of("reason", ""), PageClient.csrfToken(queuePage));
    assertEquals(400, noReason.status());
    assertTrue(noReason.body().contains("id=\"f-reason-" + id + "-error\""));
    HttpResult hidden = staff.post("/staff/comments/" + id + "/hide", Map.of("reason", "It names a worker"),
        PageClient.csrfToken(queuePage));
    assertEquals(303, hidden.status(), hidden.toString());
    HttpResult afterHide = staff.follow(hidden);
    assertTrue(afterHide.body().contains("The comment is hidden."));
    assertFalse(afterHide.body().contains("New flag"), "the decision answers the flag");

    String authorView = author.get("/proposals/" + round.proposalId() + "/comments").body();
    assertTrue(authorView.contains("Staff hid this comment: It names a worker"));
    assertTrue(authorView.contains("The night shift manager is lazy."));
    assertTrue(author.get("/proposals/" + round.proposalId()).body().contains("Staff hid this comment: It names a worker"),
        "on the proposal page too");
    assertFalse(other.get("/proposals/" + round.proposalId()).body().contains("lazy"));
    String otherView = other.get("/proposals/" + round.proposalId() + "/comments").body();
    assertFalse(otherView.contains("lazy"));
    assertFalse(otherView.contains("It names a worker"));

    HttpResult shown = staff.post("/staff/comments/" + id + "/unhide", Map.of(), PageClient.csrfToken(afterHide));
    assertEquals(303, shown.status());
    assertTrue(other.get("/proposals/" + round.proposalId() + "/comments").body().contains("lazy"));
  }

  @Test
  void aWithdrawnPersonsCommentStaysUnderWithdrawnParticipantInEachLanguage() {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    String leaver = round.person();
    String pseudonym = app.api().get("/api/v1/me", leaver).json().getString("pseudonym");
    round.comment(leaver, "I said this, then I left.");
    assertEquals(200, app.api().post("/api/v1/me/withdraw", leaver, new io.vertx.core.json.JsonObject()
        .put("confirm", true)).status());
    PageClient browser = browser(round);
    String en = browser.get("/proposals/" + round.proposalId() + "/comments").body();
    assertTrue(en.contains("I said this, then I left."));
    assertTrue(en.contains("Withdrawn participant"));
    assertFalse(en.contains(pseudonym), "their pseudonym is gone from the page");
    assertEquals(303, browser.get("/language/es?back=/home").status());
    assertTrue(browser.get("/proposals/" + round.proposalId()).body().contains("Participante que se retiró"));
  }

  @Test
  void theProposalPageWithManyCommentsStaysLight() throws IOException {
    CommentFixtures round = CommentFixtures.openRoundWithProposal(app);
    String writer = round.person();
    for (int i = 0; i < 30; i++) {
      round.comment(writer, ("Comment number " + i + ". ").repeat(40));
    }
    PageClient browser = browser(round);
    HttpResult page = browser.get("/proposals/" + round.proposalId());
    assertEquals(200, page.status());
    assertTrue(page.body().contains("Read all comments (30)"));
    String css = browser.get("/static/css/site.css").body();
    assertTrue(gzipped(page.body()) + gzipped(css) < 30_000, "under 30 KB compressed with its CSS");
    assertTrue(page.body().split("class=\"comment\"", -1).length - 1 <= CommentsPanel.SHOWN, "only the newest few");

    HttpResult list = browser.get("/proposals/" + round.proposalId() + "/comments");
    assertTrue(list.body().contains("Page 1 of 2"));
    assertTrue(list.body().contains("Comment number 29."));
    assertFalse(list.body().contains("Comment number 9."));
    assertTrue(browser.get("/proposals/" + round.proposalId() + "/comments?page=2").body().contains("Comment number 9."));
  }

  private static PageClient browser(CommentFixtures round) {
    return Participants.browser(app, Participants.code(app, round.roundId()));
  }

  private static String key(HttpResult page) {
    Matcher m = KEY.matcher(page.body());
    assertTrue(m.find(), "the form carries a one-time key");
    return m.group(1);
  }

  private static String replyId(HttpResult page, String parentId) {
    Matcher m = Pattern.compile("id=\"comment-([0-9a-f-]{36})\"").matcher(page.body());
    String last = null;
    while (m.find()) {
      if (!m.group(1).equals(parentId)) {
        last = m.group(1);
      }
    }
    return last;
  }

  private static int gzipped(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return out.size();
  }
}
