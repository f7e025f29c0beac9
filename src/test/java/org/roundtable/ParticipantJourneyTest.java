package org.roundtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Chromium;
import org.roundtable.support.Fixtures;
import org.roundtable.support.Hands;
import org.roundtable.support.HttpResult;
import org.roundtable.support.Keyboard;
import org.roundtable.support.Participants;
import org.roundtable.support.Pointer;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/**
 * The whole participant path in a real Chromium at phone size, once with the keyboard only (JavaScript on, as
 * a screen-reader user has it) and once tapping with JavaScript off: join with a code, consent, profile, a seat
 * at a session, read a proposal, vote, answer a statement, comment, "me too" someone else's comment, leave.
 */
class ParticipantJourneyTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void theWholePathWorksWithTheKeyboardOnly() {
    walk(new Keyboard(), "en", true, "Keyboard Kestrel 4");
  }

  @Test
  void theWholePathWorksWithJavaScriptOff() {
    walk(new Pointer(), "es", false, "Garza Tranquila 2");
  }

  private static void walk(Hands hands, String lang, boolean javaScript, String pseudonym) {
    String roundId = Participants.openRound(app);
    String sessionId = Fixtures.session(app, roundId, 10);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String statementId = statement(proposalId, "The tool should explain every score.");
    String othersComment = comment(Participants.token(app, Participants.code(app, roundId)), proposalId);
    String code = Participants.code(app, roundId);

    try (BrowserContext context = Chromium.context(app, Chromium.VIEWPORTS.get(0), lang, javaScript)) {
      Page page = context.newPage();
      page.navigate(app.base() + "/join");
      hands.type(page, "#f-code", code);
      hands.press(page, "form.form button[type=submit]");
      assertTrue(page.url().contains("/consent"), page.url());

      hands.tick(page, "#f-takePart");
      hands.press(page, "form.form button[type=submit]");
      assertTrue(page.url().contains("/profile"), page.url());

      hands.type(page, "#f-pseudonym", pseudonym);
      hands.press(page, "form.form button[type=submit]");
      assertTrue(page.url().endsWith("/home"), page.url());
      assertTrue(page.textContent("main").contains(pseudonym));

      hands.press(page, "form[action='/sessions/" + sessionId + "/rsvp'] button");
      assertTrue(page.isVisible("form[action='/sessions/" + sessionId + "/rsvp/cancel']"), "the seat is taken");

      hands.press(page, "a[href='/proposals/" + proposalId + "']");
      assertTrue(page.textContent("h1").contains("Call screening helper"));

      hands.choose(page, "choice", "go_ahead_with_changes");
      hands.press(page, "form[action='/proposals/" + proposalId + "/vote'] button");
      assertTrue(page.isVisible("#ballot .notice--success"), "the vote is confirmed");
      assertTrue(page.isChecked("input[name=choice][value=go_ahead_with_changes]"));

      hands.choose(page, "statement." + statementId, "agree");
      hands.press(page, "form[action='/proposals/" + proposalId + "/statements'] button");
      assertTrue(page.isVisible("#statements .notice--success"), "the answer is confirmed");

      hands.choose(page, "topic", "workload");
      hands.type(page, "#f-body", "It adds forms we have no time to fill in.");
      hands.press(page, ".comment-form button[type=submit]");
      assertTrue(page.textContent("main").contains("It adds forms we have no time to fill in."));

      hands.press(page, "form[action='/comments/" + othersComment + "/endorse'] button");
      assertTrue(page.isHidden("form[action='/comments/" + othersComment + "/endorse']"), "me too is counted");

      hands.press(page, "nav a[href='/withdraw']");
      hands.press(page, "form.form button[type=submit]");
      assertTrue(page.url().endsWith("/goodbye"), page.url());
    }

    JsonObject tally = app.api().get("/api/v1/proposals/" + proposalId + "/tally", app.token(Role.FACILITATOR)).json();
    assertEquals(0, tally.getInteger("total"), "a vote leaves an open round with the person who left");
    HttpResult comments = app.api().get("/api/v1/proposals/" + proposalId + "/comments", app.token(Role.FACILITATOR));
    assertTrue(comments.body().contains("\"authorWithdrawn\":true"), "their comment stays, as a withdrawn participant");
  }

  private static String statement(String proposalId, String text) {
    HttpResult added = app.api().post("/api/v1/proposals/" + proposalId + "/statements", app.token(Role.FACILITATOR),
        new JsonObject().put("text", text));
    assertEquals(201, added.status(), added.toString());
    return added.json().getString("id");
  }

  private static String comment(String token, String proposalId) {
    HttpResult posted = app.api().send("POST", "/api/v1/proposals/" + proposalId + "/comments", token,
        new JsonObject().put("body", "Who checks the score when it is wrong?").put("topic", "reliability"),
        "Idempotency-Key", UUID.randomUUID().toString());
    assertEquals(201, posted.status(), posted.toString());
    return posted.json().getString("id");
  }
}
