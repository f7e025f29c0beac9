package org.roundtable.participants;

import static org.roundtable.support.Chromium.assertAccessibleEverywhereAfter;
import static org.roundtable.support.Chromium.assertAccessibleEverywhereAs;

import com.microsoft.playwright.Page;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;

/** Each participant page once, at phone and desktop size, in English and Spanish, with axe-core. */
class ParticipantAccessibilityTest {
  @RegisterExtension
  static final TestApp app = new TestApp();
  private static Consumer<Page> signIn;
  private static String proposalId;

  @BeforeAll
  static void aParticipantWithSomethingToRead() {
    String roundId = Participants.openRound(app);
    proposalId = ReadingFixtures.publishedWithSecondVersion(app, roundId);
    signIn = Participants.signIn(app, Participants.code(app, roundId));
  }

  @Test
  void joinWithAnErrorShown() {
    assertAccessibleEverywhereAfter(app, page -> {
      page.navigate(app.base() + "/join");
      page.fill("#f-code", "hello");
      page.click("form.form button[type=submit]");
      page.waitForSelector("#f-code-error");
    });
  }

  @Test
  void consent() {
    assertAccessibleEverywhereAs(app, signIn, "/consent");
  }

  @Test
  void profile() {
    assertAccessibleEverywhereAs(app, signIn, "/profile");
  }

  @Test
  void home() {
    assertAccessibleEverywhereAs(app, signIn, "/home");
  }

  @Test
  void readingAProposal() {
    assertAccessibleEverywhereAs(app, signIn, "/proposals/" + proposalId);
  }

  @Test
  void withdraw() {
    assertAccessibleEverywhereAs(app, signIn, "/withdraw");
  }
}
