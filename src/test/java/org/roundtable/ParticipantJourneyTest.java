package org.roundtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Chromium;
import org.roundtable.support.Fixtures;
import org.roundtable.support.Keyboard;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;

/**
 * The whole participant path in a real Chromium at phone size, once with the keyboard only and once with
 * JavaScript off: join with a code, consent, profile, home, read a proposal, and leave.
 */
class ParticipantJourneyTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void theWholePathWorksWithTheKeyboardOnly() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String code = Participants.code(app, roundId);
    try (BrowserContext context = Chromium.context(app, Chromium.VIEWPORTS.get(0), "en", true)) {
      Page page = context.newPage();
      page.navigate(app.base() + "/join");
      Keyboard.type(page, "#f-code", code);
      Keyboard.press(page, "form.form button[type=submit]");
      assertTrue(page.url().contains("/consent"), page.url());

      Keyboard.tick(page, "#f-takePart");
      Keyboard.press(page, "form.form button[type=submit]");
      assertTrue(page.url().contains("/profile"), page.url());

      Keyboard.tabTo(page, "#f-pseudonym");
      page.keyboard().press("Control+A");
      page.keyboard().type("Keyboard Kestrel 4");
      Keyboard.press(page, "form.form button[type=submit]");
      assertTrue(page.url().endsWith("/home"), page.url());
      assertTrue(page.textContent("main").contains("Keyboard Kestrel 4"));

      Keyboard.press(page, "a[href='/proposals/" + proposalId + "']");
      assertTrue(page.textContent("h1").contains("Call screening helper"));

      Keyboard.press(page, "nav a[href='/withdraw']");
      Keyboard.press(page, "form.form button[type=submit]");
      assertTrue(page.url().endsWith("/goodbye"), page.url());
    }
  }

  @Test
  void theWholePathWorksWithJavaScriptOff() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String code = Participants.code(app, roundId);
    try (BrowserContext context = Chromium.context(app, Chromium.VIEWPORTS.get(0), "es", false)) {
      Page page = context.newPage();
      page.navigate(app.base() + "/join");
      assertEquals("es", page.getAttribute("html", "lang"));
      page.fill("#f-code", code);
      page.click("form.form button[type=submit]");
      page.check("#f-takePart");
      page.click("form.form button[type=submit]");
      page.fill("#f-pseudonym", "Garza Tranquila 2");
      page.click("form.form button[type=submit]");
      assertTrue(page.url().endsWith("/home"), page.url());

      page.click("a[href='/proposals/" + proposalId + "']");
      assertTrue(page.textContent("h1").contains("Call screening helper"));

      page.click("nav a[href='/withdraw']");
      page.click("form.form button[type=submit]");
      assertTrue(page.url().endsWith("/goodbye"), page.url());
    }
  }
}
