package org.roundtable.attendance;

import static org.roundtable.support.Chromium.assertAccessibleEverywhereAfter;
import static org.roundtable.support.Chromium.assertAccessibleEverywhereAs;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.attendance.AttendanceFixtures.Person;
import org.roundtable.support.Chromium;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** The attendance parts of pages, at phone and desktop size, in English and Spanish, with axe-core. */
class AttendanceAccessibilityTest {
  @RegisterExtension
  static final TestApp app = new TestApp();
  private static String roundId;
  private static String nowSession;
  private static Person waiting;
  private static Person going;

  /** A round with a session on now (check-in open), one with places left, and one full with a waiting list. */
  @BeforeAll
  static void aRoundWithSessionsInEveryState() {
    roundId = Participants.openRound(app);
    nowSession = AttendanceFixtures.happeningNow(app, roundId);
    String roomy = AttendanceFixtures.upcoming(app, roundId, 10);
    String full = AttendanceFixtures.session(app, roundId, Duration.ofDays(21), 1);
    going = AttendanceFixtures.person(app, roundId);
    waiting = AttendanceFixtures.person(app, roundId);
    AttendanceFixtures.rsvp(app, going, roomy);
    AttendanceFixtures.rsvp(app, going, full);
    AttendanceFixtures.rsvp(app, waiting, full);
    AttendanceFixtures.staffCheckIn(app, nowSession, going.id());
  }

  @Test
  void homeWithPlacesLeftAndTheCheckInBox() {
    assertAccessibleEverywhereAs(app, Participants.signIn(app, Participants.code(app, roundId)), "/home");
  }

  @Test
  void homeOnTheWaitingListOfAFullSession() {
    assertAccessibleEverywhereAs(app, Participants.signIn(app, waiting.code()), "/home");
  }

  @Test
  void homeWithASeatAfterCheckingIn() {
    assertAccessibleEverywhereAs(app, Participants.signIn(app, going.code()), "/home");
  }

  @Test
  void selfCheckInWithAnErrorShown() {
    assertAccessibleEverywhereAfter(app, Participants.signIn(app, waiting.code()).andThen(page -> {
      page.navigate(app.base() + "/checkin");
      page.fill("#f-code", "hello");
      page.click("main form.form button[type=submit]");
      page.waitForSelector("#f-code-error");
    }));
  }

  @Test
  void staffCheckInPageWithSearchResults() {
    assertAccessibleEverywhereAfter(app, page -> {
      Chromium.signIn(app, page, Role.FACILITATOR);
      page.navigate(app.base() + "/staff/sessions/" + nowSession + "/checkin");
      page.fill("#f-q", pseudonymStart());
      page.click("form[role=search] button[type=submit]");
      page.waitForSelector(".attendance-people");
    });
  }

  /** The start of a suggested pseudonym ("Quiet Owl 7"): finds at least that person. */
  private static String pseudonymStart() {
    return app.api().get("/api/v1/me", waiting.token()).json().getString("pseudonym").substring(0, 3);
  }
}
