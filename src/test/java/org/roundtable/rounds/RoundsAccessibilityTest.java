package org.roundtable.rounds;

import static org.roundtable.rounds.SessionFixtures.TUESDAY;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Chromium;
import org.roundtable.support.Fixtures;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** The rounds pages pass axe at phone and desktop size, in English and Spanish. */
class RoundsAccessibilityTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void staffHomeHasNoAxeViolations() {
    Fixtures.round(app);
    Chromium.assertAccessibleEverywhere(app, Role.FACILITATOR, "/staff");
  }

  @Test
  void newRoundFormHasNoAxeViolations() {
    Chromium.assertAccessibleEverywhere(app, Role.FACILITATOR, "/staff/rounds/new");
  }

  @Test
  void roundPageWithSessionsHasNoAxeViolations() {
    String roundId = Fixtures.round(app);
    SessionFixtures.eveningSession(app, roundId);
    SessionFixtures.create(app, roundId, SessionFixtures.sessionJson(TUESDAY + "T09:00", TUESDAY + "T11:00",
        "America/New_York"));
    Chromium.assertAccessibleEverywhere(app, Role.FACILITATOR, "/staff/rounds/" + roundId);
  }

  @Test
  void sessionFormWarningAboutWorkingHoursHasNoAxeViolations() {
    String sessionId = SessionFixtures.create(app, Fixtures.round(app), SessionFixtures.sessionJson(
        TUESDAY + "T16:59", TUESDAY + "T18:00", "America/Chicago")).getString("id");
    Chromium.assertAccessibleEverywhere(app, Role.FACILITATOR, "/staff/sessions/" + sessionId + "/edit");
  }
}
